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
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import org.modekick.eigen.EigenResult;
import org.modekick.eigen.EigenSolver;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.HessianSource;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.ModesSummaryJson;
import org.modekick.io.AtomicFile;
import org.modekick.io.CsvFile;
import org.modekick.io.CsvRecord;
import org.modekick.io.NpyWriter;
import org.modekick.modes.Mode;
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
 * The eigensolver's time is split into its phases ({@link EigenResult.Phases}: factorisation and package,
 * iterations and solves, count check), and with {@code -o DIR} the eigenvalues and figures are written
 * there, so that two runs (say CHOLMOD against {@code --petsc-options "-st_pc_factor_mat_solver_type mumps"})
 * can be compared digit by digit.
 */
final class ModesBenchmark {

    private ModesBenchmark() {}

    /** The files {@code bench modes -o DIR} writes. */
    static final String EIGENVALUES = "eigenvalues.csv";
    static final String SUMMARY = "summary.json";

    /**
     * @param dir where to write {@link #EIGENVALUES} and {@link #SUMMARY} (rank 0), or null: printed only
     */
    static void run(Configuration glass, HessianSource field, int count, EigenSolver.Options options, boolean baseline,
                    Path dir, PrintStream out) throws IOException, InterruptedException {
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
            EigenResult.Phases ph = r.eigenPhases();
            double cpu = EigenResult.processCpuSeconds();
            out.printf(Locale.ROOT, "modekick N=%d K=%d ranks=%d blas_threads=%s method=%s seconds=%.3f (hessian %.3f, "
                            + "eigensolver %.3f [%s], observables %.3f) cpu_s=%.1f (rank 0, process) peak_mb=%.0f "
                            + "(largest rank; all ranks %.0f) lambda_1=%.12e lambda_K=%.12e max_residual=%.1e%n",
                    glass.size(), count, world.size(), threads, r.method(), seconds, r.hessianSeconds(),
                    r.eigenSeconds(), ph, r.observableSeconds(), cpu, peakMax, peakSum, r.modes().mode(1).lambda(),
                    r.modes().mode(count).lambda(), r.maxResidual());
            if (dir != null) {
                write(dir, glass.size(), count, world.size(), seconds, cpu, peakMax, r);
                out.println("written " + dir.resolve(EIGENVALUES) + " and " + dir.resolve(SUMMARY));
            }
            if (baseline && world.size() > 1) {
                out.println("eigsh baseline skipped: a serial baseline, run it without mpirun");
            } else if (baseline) {
                eigsh(glass, field, count, out);
            }
        }
    }

    /**
     * The modes' eigenvalues (k, lambda, omega, residual; every digit, so that two runs can be compared) and
     * the figures printed, as JSON: one writer, read back by {@link #readEigenvalues} (and the tests).
     */
    static void write(Path dir, int n, int count, int ranks, double seconds, double cpu, double peakMb,
                      ModeAnalysisResult r) throws IOException {
        Files.createDirectories(dir);
        AtomicFile.writeText(dir.resolve(EIGENVALUES), w -> {
            w.write("k,lambda,omega,relative_residual\n");
            for (int k = 1; k <= r.count(); k++) {
                Mode m = r.modes().mode(k);
                w.write(k + "," + m.lambda() + "," + m.omega() + "," + r.residuals()[k - 1] + "\n");
            }
        });
        JsonObject o = new JsonObject();
        o.addProperty("N", n);
        o.addProperty("modes", count);
        o.addProperty("ranks", ranks);
        o.addProperty("method", r.method());
        o.addProperty("seconds", seconds);
        o.addProperty("cpu_seconds", cpu);
        o.addProperty("peak_mb", peakMb);
        o.addProperty("hessian_s", r.hessianSeconds());
        o.addProperty("eigensolver_s", r.eigenSeconds());
        ModesSummaryJson.addPhases(o, r.eigenPhases());
        o.addProperty("observables_s", r.observableSeconds());
        o.addProperty("max_relative_residual", r.maxResidual());
        String text = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(o);
        AtomicFile.writeText(dir.resolve(SUMMARY), w -> w.write(text + "\n"));
    }

    /** The eigenvalues of a {@link #EIGENVALUES} file, in its order. */
    static double[] readEigenvalues(Path file) throws IOException {
        List<CsvRecord> rows = CsvFile.read(file, List.of("lambda"));
        double[] values = new double[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.get(i).number("lambda");
        }
        return values;
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
