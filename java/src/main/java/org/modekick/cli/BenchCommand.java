package org.modekick.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.ModeResult;
import org.modekick.io.OutputLock;
import org.modekick.pipeline.ExciteRun;
import org.modekick.pipeline.HessianSources;
import org.modekick.pipeline.InputGlass;
import org.modekick.store.ExcitationsCsv;
import org.modekick.store.RunManifest;
import org.modekick.store.TrialsCsv;

/**
 * Benchmarks print figures for people to compare; they assert nothing.
 *
 * <p>{@code modekick bench modes glass.data ... --count K}: time and peak memory of the lowest K modes,
 * and of scipy's eigsh on the same matrix ({@link ModesBenchmark}).
 *
 * <p>{@code modekick bench excite glass.data ... --workers 1,2}: the same excite run with each number of
 * workers in a fresh directory, timed; per mode the wall time (run wall time / modes), the relaxations
 * (LAMMPS minimisations) and the FIRE iterations, median and total; and whether every worker count gave
 * byte-identical excitations.csv and trials.csv.
 */
final class BenchCommand implements Command {

    static final Flag NO_BASELINE = Flag.toggle("no-baseline", "modes: skip scipy's eigsh");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmarks: 'bench modes' (lowest K modes against scipy's eigsh), 'bench excite' (1, 2, ... workers)";
    }

    @Override
    public String positional() {
        return "modes|excite glass.data";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("directory for the runs (default: a temporary"
                + " one, removed afterwards); each worker count runs afresh in OUT/workers-W"));
        ExciteCommand.addRunOptions(o);
        CommonOptions.WORKERS.describe(o, "excite: comma-separated worker counts to compare (default 1,2)");
        CommonOptions.PETSC_OPTIONS.addTo(o, "modes: PETSc/SLEPc options");
        CommonOptions.BLAS_THREADS.addTo(o, "modes: OpenBLAS threads for MUMPS (default 1)");
        NO_BASELINE.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<String> args = line.getArgList();
        if (args.size() == 2 && args.get(0).equals("modes")) {
            return modes(line, Path.of(args.get(1)), out);
        }
        if (args.size() != 2 || !args.get(0).equals("excite")) {
            throw new UsageException("usage: modekick bench modes|excite glass.data [options]; got " + args);
        }
        requireOneProcess();
        int[] workers = workerCounts(CommonOptions.WORKERS.value(line, "1,2"));
        Path data = CommonOptions.dataFile(args.get(1));
        Path base = CommonOptions.OUTPUT.isSet(line) ? CommonOptions.outputDirectory(line)
                : Files.createTempDirectory("modekick-bench-");
        boolean temporary = !CommonOptions.OUTPUT.isSet(line);
        List<Row> rows = new ArrayList<>();
        try (OutputLock lock = OutputLock.directory(base, "modekick bench");
             Arena arena = Arena.ofShared()) {
            InputGlass glass = ExciteCommand.read(line, data, arena);
            for (int w : workers) {
                Path dir = base.resolve("workers-" + w);
                clear(dir);
                ExcitePlan plan = ExciteCommand.step(line, glass, dir).plan(arena);
                long start = System.nanoTime();
                ExciteRun.Report r = new ExciteRun(plan).run(dir, w, ExciteRun.Listener.NONE);
                double wall = (System.nanoTime() - start) * 1e-9;
                rows.add(new Row(w, wall, r.results(), RunManifest.sha256(concat(dir))));
                if (rows.size() == 1) {
                    out.printf(Locale.ROOT, "bench excite: N = %d, %d modes (k = %d..%d), early stop %s, FIRE dt %s tmax %s%n",
                            plan.reference().particles(), r.results().size(), plan.ks().get(0),
                            plan.ks().get(plan.ks().size() - 1), plan.settings().earlyStop() ? "on" : "off",
                            plan.settings().fire().timestep(), plan.settings().fire().tmax());
                    out.println("workers  wall_s  s/mode  mode_s(median)  minimisations/mode(median,total)"
                            + "  FIRE_steps/mode(median,total)  A_c(min..max)  identical");
                }
                out.println(rows.get(rows.size() - 1).format(rows.get(0)));
            }
        } finally {
            if (temporary) {
                delete(base);
            }
        }
        return 0;
    }

    /** bench excite compares thread counts of one process; rank counts are ci/mpi-bench.sh excite's job. */
    private static void requireOneProcess() {
        int ranks = org.modekick.mpi.MpiRuntime.world().size();
        if (ranks > 1) {
            throw new UsageException("bench excite compares worker threads in one process (" + ranks + " MPI ranks"
                    + " given): start it without mpirun; for MPI rank counts use ci/mpi-bench.sh excite");
        }
    }

    private static int modes(CommandLine line, Path data, PrintStream out) throws Exception {
        int count = CommonOptions.COUNT.intValue(line, 100, 1, Integer.MAX_VALUE, "a positive integer");
        try (Arena arena = Arena.ofShared()) {
            InputGlass glass = ExciteCommand.read(line, CommonOptions.dataFile(data.toString()), arena);
            // only a Hessian from LAMMPS's forces writes it
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "modekick-bench-hessian-"
                    + ProcessHandle.current().pid() + ".log");
            ModesBenchmark.run(glass.configuration(), HessianSources.of(glass.configuration(), glass.interaction(),
                    glass.masses(), log), count, CommonOptions.solverOptions(line),
                    !NO_BASELINE.isSet(line), out);
        }
        return 0;
    }

    /** One worker count's figures. */
    private record Row(int workers, double wall, List<ModeResult> results, String hash) {

        String format(Row first) {
            double[] seconds = results.stream().mapToDouble(ModeResult::seconds).toArray();
            double[] relax = results.stream().mapToDouble(ModeResult::relaxations).toArray();
            double[] steps = results.stream().mapToDouble(ModeResult::iterations).toArray();
            double[] ac = results.stream().mapToDouble(ModeResult::criticalAmplitude).filter(a -> !Double.isNaN(a)).toArray();
            return String.format(Locale.ROOT, "%7d  %6.1f  %6.2f  %14.2f  %9.1f %8.0f  %12.0f %10.0f  %.3g..%.3g  %s",
                    workers, wall, wall / results.size(), median(seconds), median(relax), sum(relax), median(steps),
                    sum(steps), ac.length > 0 ? Arrays.stream(ac).min().getAsDouble() : Double.NaN,
                    ac.length > 0 ? Arrays.stream(ac).max().getAsDouble() : Double.NaN,
                    hash.equals(first.hash) ? "yes" : "NO");
        }
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return Double.NaN;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }

    private static int[] workerCounts(String list) {
        try {
            int[] w = Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
            if (w.length == 0 || Arrays.stream(w).anyMatch(x -> x < 1)) {
                throw new NumberFormatException();
            }
            return w;
        } catch (NumberFormatException e) {
            throw new UsageException("--workers needs positive integers separated by commas, got '" + list + "'");
        }
    }

    /** excitations.csv and trials.csv together: what must not depend on the worker count. */
    private static byte[] concat(Path dir) throws IOException {
        byte[] a = Files.readAllBytes(dir.resolve(ExcitationsCsv.FILE));
        byte[] b = Files.readAllBytes(dir.resolve(TrialsCsv.FILE));
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A bench directory starts empty; only a directory that an excite run made is removed. */
    private static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.exists(dir.resolve(RunManifest.FILE))) {
            throw new UsageException(dir + " exists and is not an excite run: choose another -o");
        }
        delete(dir);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
