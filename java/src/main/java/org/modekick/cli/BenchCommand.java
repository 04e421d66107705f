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
import org.modekick.mpi.MpiRuntime;
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
 * <p>{@code modekick bench excite glass.data ... --workers 1,2 [--baseline LAUNCHER]}: the same excite run with
 * each number of workers in a fresh directory, timed; per mode the wall time (run wall time / modes), the
 * relaxations (LAMMPS minimisations) and the FIRE iterations, median and total; the time per FIRE iteration
 * (the modes' own times over their iterations) and per pair of LAMMPS's neighbour list (as its log counts them),
 * and the time of LAMMPS's Pair section alone per step and pair (from the log of each worker's last mode);
 * and whether every worker count gave byte-identical excitations.csv and trials.csv. With {@code --baseline}, the
 * same excite run of another build (its launcher, e.g. one built from main), side by side with each worker count,
 * and whether each mode's A_c is the same bit for bit and within the precision.
 */
final class BenchCommand implements Command {

    static final Flag NO_BASELINE = Flag.toggle("no-baseline", "modes: skip scipy's eigsh");
    static final Flag PLAN_ONLY = Flag.toggle("plan-only", "hessian: the colouring and the memory plan only, no"
            + " force evaluations");
    static final Flag BASELINE = Flag.of("baseline", "LAUNCHER", "excite: another build's modekick launcher, run"
            + " with the same options beside each worker count (for before/after figures)");

    /** Options of this build that a baseline build may not know; they are not passed on to it. */
    private static final List<String> NEW_ONLY = List.of("scan-start", "verify-below");

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
        return "modes|excite|hessian glass.data";
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
        PLAN_ONLY.addTo(o);
        BASELINE.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<String> args = line.getArgList();
        if (args.size() == 2 && args.get(0).equals("modes")) {
            return modes(line, Path.of(args.get(1)), out);
        }
        if (args.size() == 2 && args.get(0).equals("hessian")) {
            return hessian(line, Path.of(args.get(1)), out);
        }
        if (args.size() != 2 || !args.get(0).equals("excite")) {
            throw new UsageException("usage: modekick bench modes|excite|hessian glass.data [options]; got " + args);
        }
        requireOneProcess();
        int[] workers = workerCounts(CommonOptions.WORKERS.value(line, "1,2"));
        Path data = CommonOptions.dataFile(args.get(1));
        Path base = CommonOptions.OUTPUT.isSet(line) ? CommonOptions.outputDirectory(line)
                : Files.createTempDirectory("modekick-bench-");
        boolean temporary = !CommonOptions.OUTPUT.isSet(line);
        List<Row> rows = new ArrayList<>();
        String baseline = BASELINE.value(line);
        if (baseline != null && !Files.isExecutable(Path.of(baseline))) {
            throw new UsageException(BASELINE + ": " + baseline + " is not an executable launcher");
        }
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
                Row row = new Row("this", w, wall, r.results(), RunManifest.sha256(concat(dir)), lammpsFigures(dir));
                if (rows.isEmpty()) {
                    out.printf(Locale.ROOT, "bench excite: N = %d, %d modes (k = %d..%d), early stop %s, scan start %s,"
                                    + " FIRE dt %s tmax %s, neighbour skin %s%n", plan.reference().particles(),
                            r.results().size(), plan.ks().get(0), plan.ks().get(plan.ks().size() - 1),
                            plan.settings().earlyStop() ? "on" : "off", plan.settings().scanStart().text(),
                            plan.settings().fire().timestep(), plan.settings().fire().tmax(),
                            org.modekick.lammps.LammpsSession.NEIGHBOUR_SKIN);
                    out.println("build     workers  wall_s  s/mode  mode_s(median)  relaxations/mode(median,total)"
                            + "  FIRE_steps/mode(median,total)  ms/step    pairs  ns/pair/step  Pair_ns/pair  A_c(min..max)"
                            + "  identical");
                }
                rows.add(row);
                out.println(row.format(rows.get(0)));
                if (baseline != null) {
                    Path bdir = base.resolve("baseline-workers-" + w);
                    clear(bdir);
                    Row b = runBaseline(baseline, line, args.get(1), w, bdir);
                    rows.add(b);
                    out.println(b.format(rows.stream().filter(x -> x.build.equals("baseline")).findFirst().orElseThrow()));
                    out.println(compare(row, b, plan.settings().precision()));
                }
            }
        } finally {
            if (temporary) {
                delete(base);
            }
        }
        return 0;
    }

    /** The baseline build's excite with this command's options (less those it may not know), timed. */
    private static Row runBaseline(String launcher, CommandLine line, String data, int workers, Path dir)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(launcher, "excite", data));
        for (org.apache.commons.cli.Option o : line.getOptions()) {
            String name = o.getLongOpt() == null ? o.getOpt() : o.getLongOpt();
            if (name.equals("output") || name.equals("o") || name.equals("workers") || name.equals(BASELINE.name())
                    || NEW_ONLY.contains(name)) {
                continue;
            }
            if (o.hasArg()) {
                for (String v : o.getValues()) {
                    cmd.add("--" + name);
                    cmd.add(v);
                }
            } else {
                cmd.add("--" + name);
            }
        }
        cmd.addAll(List.of("--workers", Integer.toString(workers), "-o", dir.toString()));
        Path log = dir.resolveSibling(dir.getFileName() + ".out");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        double wall = (System.nanoTime() - start) * 1e-9;
        if (code != 0) {
            throw new IllegalStateException("the baseline " + String.join(" ", cmd) + " ended with exit code " + code
                    + "; its output is in " + log);
        }
        List<ModeResult> results = new ArrayList<>();
        for (String json : Files.readAllLines(dir.resolve(org.modekick.store.Journal.FILE))) {
            if (!json.isBlank()) {
                results.add(org.modekick.store.Journal.fromJson(json));
            }
        }
        results.sort(Comparator.comparingInt(ModeResult::k));
        return new Row("baseline", workers, wall, results, RunManifest.sha256(concat(dir)), lammpsFigures(dir));
    }

    /** Mode by mode: A_c of this build against the baseline's, bit for bit and within the precision. */
    private static String compare(Row now, Row before, double precision) {
        java.util.Map<Integer, Double> b = new java.util.HashMap<>();
        before.results.forEach(r -> b.put(r.k(), r.criticalAmplitude()));
        int bitwise = 0;
        int within = 0;
        List<String> differ = new ArrayList<>();
        for (ModeResult r : now.results) {
            Double a = b.get(r.k());
            double x = r.criticalAmplitude();
            if (a == null) {
                differ.add(r.k() + " (not in the baseline)");
            } else if (Double.doubleToLongBits(a) == Double.doubleToLongBits(x)) {
                bitwise++;
                within++;
            } else if (Math.abs(x / a - 1) <= precision) {
                within++;
                differ.add(r.k() + String.format(Locale.ROOT, " (%.6g vs %.6g)", x, a));
            } else {
                differ.add(r.k() + String.format(Locale.ROOT, " (%.6g vs %.6g: beyond the precision)", x, a));
            }
        }
        return String.format(Locale.ROOT, "  against the baseline: A_c of %d of %d modes bitwise equal, %d within the"
                        + " precision %s; baseline / this: mode time %.2fx (the modes' own times, summed), wall %.2fx"
                        + " (the baseline's includes its JVM start and input checks), relaxations %.2fx, FIRE steps"
                        + " %.2fx, time per FIRE step %.2fx%s",
                bitwise, now.results.size(), within, precision, before.modeSeconds() / now.modeSeconds(),
                before.wall / now.wall, sum(before.relax()) / sum(now.relax()), before.steps() / now.steps(),
                before.msPerStep() / now.msPerStep(),
                differ.isEmpty() ? "" : "; differing: " + String.join(", ", differ));
    }

    /**
     * What the workers' LAMMPS logs (the last mode of each) say: the pairs of the neighbour list ("Total # of
     * neighbors", averaged over the logs) and the time of the Pair section per FIRE step and pair (the Pair times of
     * the log's minimisations over their steps and the pairs); NaN when no log says.
     */
    private record LammpsFigures(double pairs, double pairNs) {}

    private static LammpsFigures lammpsFigures(Path dir) throws IOException {
        Path logs = dir.resolve("lammps");
        if (!Files.isDirectory(logs)) {
            return new LammpsFigures(Double.NaN, Double.NaN);
        }
        double pairs = 0;
        double ns = 0;
        int counted = 0;
        try (Stream<Path> s = Files.list(logs)) {
            for (Path log : s.filter(p -> p.getFileName().toString().startsWith("worker-")).sorted().toList()) {
                double last = Double.NaN;
                double pairTime = 0;
                long steps = 0;
                for (String l : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                    if (l.startsWith("Total # of neighbors = ")) {
                        last = Double.parseDouble(l.substring("Total # of neighbors = ".length()).trim());
                    } else if (l.startsWith("Loop time of ") && l.contains(" steps ")) {
                        String[] w = l.split("\\s+");
                        for (int i = 1; i < w.length; i++) {
                            if (w[i].equals("steps")) {
                                steps += Long.parseLong(w[i - 1]);
                            }
                        }
                    } else if (l.startsWith("Pair ") && l.contains("|")) {
                        pairTime += Double.parseDouble(l.split("\\|")[2].trim()); // the average over ranks
                    }
                }
                if (!Double.isNaN(last) && steps > 0) {
                    pairs += last;
                    ns += 1e9 * pairTime / steps / last;
                    counted++;
                }
            }
        }
        return counted == 0 ? new LammpsFigures(Double.NaN, Double.NaN)
                : new LammpsFigures(pairs / counted, ns / counted);
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
            Path dir = CommonOptions.OUTPUT.isSet(line) ? CommonOptions.outputDirectory(line) : null;
            try (OutputLock lock = dir == null ? OutputLock.none()
                    : OutputLock.directory(MpiRuntime.world(), dir, "modekick bench")) {
                ModesBenchmark.run(glass.configuration(), HessianSources.of(glass.configuration(),
                        glass.interaction(), glass.masses(), log), count, CommonOptions.solverOptions(line),
                        !NO_BASELINE.isSet(line), dir, out);
            }
        }
        return 0;
    }

    private static int hessian(CommandLine line, Path data, PrintStream out) throws Exception {
        try (Arena arena = Arena.ofShared()) {
            InputGlass glass = ExciteCommand.read(line, CommonOptions.dataFile(data.toString()), arena);
            Path log = Path.of(System.getProperty("java.io.tmpdir"), "modekick-bench-hessian-"
                    + ProcessHandle.current().pid() + ".log");
            HessianBenchmark.run(glass.configuration(), glass.interaction(), glass.masses(), log,
                    PLAN_ONLY.isSet(line), out);
        }
        return 0;
    }

    /** One build's and worker count's figures. */
    private record Row(String build, int workers, double wall, List<ModeResult> results, String hash,
                       LammpsFigures lammps) {

        double[] relax() {
            return results.stream().mapToDouble(ModeResult::relaxations).toArray();
        }

        double modeSeconds() {
            return results.stream().mapToDouble(ModeResult::seconds).sum();
        }

        double steps() {
            return results.stream().mapToDouble(ModeResult::iterations).sum();
        }

        /** The modes' own wall times over their FIRE iterations (each on its worker), in ms. */
        double msPerStep() {
            return 1e3 * modeSeconds() / steps();
        }

        String format(Row first) {
            double[] seconds = results.stream().mapToDouble(ModeResult::seconds).toArray();
            double[] steps = results.stream().mapToDouble(ModeResult::iterations).toArray();
            double[] ac = results.stream().mapToDouble(ModeResult::criticalAmplitude).filter(a -> !Double.isNaN(a)).toArray();
            double ms = msPerStep();
            return String.format(Locale.ROOT, "%-8s  %7d  %6.1f  %6.2f  %14.2f  %9.1f %8.0f  %12.0f %10.0f  %7.3f  %7.0f"
                            + "  %12.1f  %12.1f  %.3g..%.3g  %s",
                    build, workers, wall, wall / results.size(), median(seconds), median(relax()), sum(relax()),
                    median(steps), sum(steps), ms, lammps.pairs(), 1e6 * ms / lammps.pairs(), lammps.pairNs(),
                    ac.length > 0 ? Arrays.stream(ac).min().getAsDouble() : Double.NaN,
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
