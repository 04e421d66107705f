package org.modekick.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modekick.eigen.EigenSolver;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.HessianSource;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeSelection;
import org.modekick.io.NpyWriter;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.ReduceOp;
import org.modekick.system.Configuration;

/**
 * {@code modekick bench modes}: time and peak memory of the lowest K modes of a glass, and of
 * scipy's eigsh (shift-invert, ARPACK + SuperLU) on the same matrix when python3 with scipy is there.
 * A benchmark, not a test: it prints figures and judges nothing. Under mpirun the modes are computed on
 * all ranks (as {@code modes} does); the time is rank 0's from a common start to the end of the slowest
 * rank, the memory the largest peak of one rank and the sum over ranks; eigsh, a serial baseline, runs
 * only without mpirun. ci/mpi-bench.sh runs it on 1 and more ranks and prints the parallel efficiency.
 */
final class ModesBenchmark {

    private ModesBenchmark() {}

    static void run(Configuration glass, HessianSource field, int count, EigenSolver.Options options, boolean baseline,
                    PrintStream out) throws IOException, InterruptedException {
        Communicator world = MpiRuntime.world();
        try (Arena arena = Arena.ofShared()) {
            ModeAnalysis analysis = new ModeAnalysis(glass, field,
                    new EigenSolver(options, world), 100);
            world.barrier();
            long t0 = System.nanoTime();
            Optional<ModeAnalysisResult> computed = analysis.computeParallel(new ModeSelection.Lowest(count), arena);
            world.barrier();
            double seconds = (System.nanoTime() - t0) * 1e-9;
            double peak = peakResidentMegabytes();
            double peakMax = world.allreduce(peak, ReduceOp.MAX);
            double peakSum = world.allreduce(peak, ReduceOp.SUM);
            if (computed.isEmpty()) {
                return;
            }
            ModeAnalysisResult r = computed.get();
            String threads = options.blasThreads() == 0 ? "default" : Integer.toString(options.blasThreads());
            out.printf(Locale.ROOT, "modekick N=%d K=%d ranks=%d blas_threads=%s seconds=%.3f (hessian %.3f, "
                            + "eigensolver %.3f, observables %.3f) peak_mb=%.0f (largest rank; all ranks %.0f) "
                            + "lambda_1=%.12e lambda_K=%.12e max_residual=%.1e%n",
                    glass.size(), count, world.size(), threads, seconds, r.hessianSeconds(), r.eigenSeconds(),
                    r.observableSeconds(), peakMax, peakSum, r.modes().mode(1).lambda(), r.modes().mode(count).lambda(),
                    r.maxResidual());
            if (baseline && world.size() > 1) {
                out.println("eigsh baseline skipped: a serial baseline, run it without mpirun");
            } else if (baseline) {
                eigsh(glass, field, count, out);
            }
        }
    }

    /** The process's peak resident memory (VmHWM), in MB; NaN where /proc is not readable. */
    static double peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    private static void eigsh(Configuration glass, HessianSource field, int count, PrintStream out)
            throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python) || new ProcessBuilder(python.toString(), "-c", "import scipy")
                .redirectErrorStream(true).start().waitFor() != 0) {
            out.println("eigsh baseline skipped: /usr/bin/python3 with scipy not found (apt-get install python3-scipy)");
            return;
        }
        Path dir = Files.createTempDirectory("modekick-bench");
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix h = field.rowRange(0, glass.size(), arena);
            NpyWriter.writeVector(dir.resolve("indptr.npy"), h.rowPointers(), ValueLayout.JAVA_INT, h.rows() + 1L);
            NpyWriter.writeVector(dir.resolve("indices.npy"), h.columnIndices(), ValueLayout.JAVA_INT, h.nonZeros());
            NpyWriter.writeVector(dir.resolve("data.npy"), h.values(), ValueLayout.JAVA_DOUBLE, h.nonZeros());
            double sigma = -1e-6 * h.maxAbsDiagonal();
            Path script = dir.resolve("eigsh_baseline.py");
            try (InputStream in = ModesBenchmark.class.getResourceAsStream("/bench/eigsh_baseline.py")) {
                Files.copy(in, script);
            }
            Process p = new ProcessBuilder(List.of(python.toString(), script.toString(), dir.toString(),
                    Integer.toString(count), Double.toString(sigma))).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int code = p.waitFor();
            out.println(code == 0 ? text : "eigsh baseline failed (exit " + code + "): " + text);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
