package org.modekick.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test classpath under {@code mpirun -np P}, for the tests of what only several
 * ranks exercise (surefire's own JVM is a single MPI rank). The environment is what platform-notes.md says
 * OpenMPI needs here: running as root allowed, no single-copy shared memory, ranks that yield when idle,
 * one BLAS thread per rank; --oversubscribe so that P may exceed the cores.
 */
public final class MpiRun {

    /** Exit code and everything the ranks printed (stdout and stderr, interleaved). */
    public record Result(int code, String output) {}

    private MpiRun() {}

    public static Result java(int ranks, Class<?> main, Duration timeout, String... args)
            throws IOException, InterruptedException {
        return java(ranks, main, Map.of(), timeout, args);
    }

    /** The same with extra environment variables for every rank (mpirun passes its environment on). */
    public static Result java(int ranks, Class<?> main, Map<String, String> environment, Duration timeout,
                              String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("mpirun", "-np", Integer.toString(ranks), "--bind-to", "none",
                "--oversubscribe",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Dmodekick.native.dir=" + System.getProperty("modekick.native.dir", ""),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("OMPI_ALLOW_RUN_AS_ROOT", "1");
        env.put("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        env.put("OMPI_MCA_btl_vader_single_copy_mechanism", "none");
        env.put("OMPI_MCA_mpi_yield_when_idle", "1");
        env.put("OPENBLAS_NUM_THREADS", "1");
        env.putAll(environment);
        Path log = Files.createTempFile("modekick-mpirun", ".log");
        try {
            Process p = builder.redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                return new Result(-1, "timed out after " + timeout + ":\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
