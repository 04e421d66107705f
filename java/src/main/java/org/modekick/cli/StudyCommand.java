package org.modekick.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.modekick.potential.AnalyticInteraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.forecast.MemoryCheck;
import org.modekick.forecast.ModeProgress;
import org.modekick.forecast.ProgressFile;
import org.modekick.io.OutputLock;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeSelection;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.thermal.ThermalSettings;
import org.modekick.mpi.TaskGroups;
import org.modekick.pipeline.ExciteRun;
import org.modekick.pipeline.Study;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.prepare.PreparationResult;
import org.modekick.store.Journal;

/**
 * {@code modekick study}: the paper's analysis in one command. Prepares glasses (or takes the user's),
 * computes their modes, excites them, and writes report/report.html with figures, tables and data
 * ({@link Study}), printing each step's progress and report as its command would, also into study.log.
 */
final class StudyCommand implements Command {

    static final Flag BARRIERS = Flag.toggle("barriers", "after excite, the true barriers of every distinct transition"
            + " (modekick barriers; beyond the paper)");
    static final Flag THERMAL = Flag.of("thermal", "F1,F2,...", "after excite, the thermal test (modekick thermal)"
            + " at temperatures F times each sample's T_c (Eq. 8); with thermal's --seeds, --interval, --quenches");
    static final Flag SIZES = Flag.of("sizes", "N,N,...", "system sizes to prepare (default 1000)");
    static final Flag SAMPLES = Flag.of("samples", "S", "glasses per size (default 1)");
    static final Flag DATA = Flag.of("data", "FILE", "study the user's own glass (a LAMMPS data file) instead of"
            + " preparing ones; give its interactions with --system or --pair-style/--pair-coeff");

    /** The modes step's selection when none is given. */
    private static final ModeSelection DEFAULT_SELECTION = new ModeSelection.Lowest(20);

    @Override
    public String name() {
        return "study";
    }

    @Override
    public String summary() {
        return "prepare, modes, excite and report for several sizes and samples, resumably";
    }

    @Override
    public String positional() {
        return "";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("study directory (required)"));
        SIZES.addTo(o);
        SAMPLES.addTo(o);
        CommonOptions.SEED.addTo(o, "seed of the first sample; sample j uses SEED + j (default 1)");
        DATA.addTo(o);
        CommonOptions.withSelection(o);
        CommonOptions.BLAS_THREADS.addTo(o,
                "modes: OpenBLAS threads for MUMPS's factorisations and solves (default 1)");
        CommonOptions.PETSC_OPTIONS.addTo(o, "modes: PETSc/SLEPc options, as modes takes them");
        CommonOptions.WORKERS.addTo(o, "excite: parallel workers (default: all cores; 1 under MPI)");
        CommonOptions.RANKS_PER_TASK.addTo(o, "excite under MPI: ranks per task group (default 1)");
        CommonOptions.EQUILIBRATION.addTo(o, "lj: MD steps of the liquid (default 10000)");
        BARRIERS.addTo(o);
        THERMAL.addTo(o);
        ThermalCommand.SEEDS.addTo(o);
        ThermalCommand.INTERVAL.addTo(o);
        ThermalCommand.QUENCHES.addTo(o);
        CommonOptions.IGNORE_MEMORY.addTo(o);
        CommonOptions.MINIMIZE.addTo(o, "--data: relax the glass first with excite's FIRE instead of refusing one that"
                + " is not at a minimum (the modes step writes it to SAMPLE/modes/relaxed.data; excite works on it)");
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream console, PrintStream err) throws Exception {
        Path dir = CommonOptions.outputDirectory(line);
        Communicator world = MpiRuntime.world();
        Study study = study(line, dir, world, CommonOptions.memoryCheck(line, err));
        // Under mpirun every rank runs every step (each as its command runs under MPI); rank 0 alone writes the
        // log and the report, and holds the study directory's lock from before the log is opened.
        boolean root = world.rank() == 0;
        try (OutputLock lock = OutputLock.directory(world, dir, "modekick study");
             OutputStream log = root ? Files.newOutputStream(dir.resolve(Study.LOG), StandardOpenOption.CREATE,
                StandardOpenOption.APPEND) : OutputStream.nullOutputStream();
             PrintStream out = new PrintStream(new Tee(console, log), true, StandardCharsets.UTF_8)) {
            Printer printer = new Printer(new Progress(study.steps(), out), out, err, root, dir);
            try {
                study.run(world, printer);
            } catch (Exception e) {
                out.println("modekick study: step failed: " + printer.current + " (" + e.getMessage() + ")");
                throw e;
            }
            if (!root) {
                return 0;
            }
            List<Path> written = study.report(dir);
            out.printf(Locale.ROOT, "report: %s (%d files) after %s%n",
                    dir.resolve(Study.REPORT).resolve("report.html"), written.size(),
                    Progress.duration(printer.progress.elapsedSeconds()));
            if (!printer.failed.isEmpty()) {
                err.println("modekick study: error: every mode failed in " + String.join(", ", printer.failed)
                        + " (the reasons are listed above)");
                return Main.FAILED;
            }
        }
        return 0;
    }

    /** The study the command line describes: its samples and how each step runs. */
    private static Study study(CommandLine line, Path dir, Communicator world, MemoryCheck memory)
            throws IOException {
        ModeSelection selection = CommonOptions.hasSelection(line) ? CommonOptions.selection(line) : DEFAULT_SELECTION;
        var solver = CommonOptions.solverOptions(line);
        TaskGroups groups = CommonOptions.taskGroups(line, world.size());
        int workers = CommonOptions.workers(line, groups);
        if (DATA.isSet(line)) {
            if (SIZES.isSet(line) || SAMPLES.isSet(line)) {
                throw new UsageException("--data studies one given glass: --sizes and --samples do not apply");
            }
            if (!CommonOptions.hasInteraction(line)) {
                throw new UsageException("--data needs its interactions: --system harmonic|lj|ka, --potential FILE or"
                        + " --pair-style/--pair-coeff");
            }
            Path glass = CommonOptions.dataFile(DATA.value(line));
            String label = CommonOptions.SYSTEM.isSet(line) ? CommonOptions.system(line).cliName() : "user";
            boolean harmonic = CommonOptions.SYSTEM.isSet(line) && CommonOptions.system(line) == ModelSystem.HARMONIC;
            return new Study(List.of(Study.given(glass, label, dir)), new Study.Settings(
                    types -> CommonOptions.interaction(line, types), CommonOptions.systemLabel(line), selection, solver,
                    workers, groups, CommonOptions.MINIMIZE.isSet(line), BARRIERS.isSet(line),
                    thermal(line, harmonic), memory));
        }
        ModelSystem system = CommonOptions.system(line);
        if (CommonOptions.PAIR_STYLE.isSet(line) || CommonOptions.POTENTIAL.isSet(line)) {
            throw new UsageException((CommonOptions.PAIR_STYLE.isSet(line) ? "--pair-style" : "--potential")
                    + " applies to --data; prepared glasses use --system");
        }
        if (CommonOptions.MINIMIZE.isSet(line)) {
            throw new UsageException("--minimize applies to --data: prepared glasses are inherent structures already");
        }
        long seed = CommonOptions.SEED.longValue(line, 1);
        int count = SAMPLES.intValue(line, 1, 1, 10_000, "between 1 and 10000");
        GlassPreparation protocol = new GlassPreparation(system, system.fireSettings(),
                PrepareCommand.equilibration(line, system));
        List<Study.Sample> samples;
        try {
            samples = Study.prepared(system, protocol, sizes(line), count, seed, dir);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage()); // a size or seed the protocol cannot take
        }
        return new Study(samples, new Study.Settings(types -> system.interaction(), system.cliName(), selection,
                solver, workers, groups, false, BARRIERS.isSet(line),
                thermal(line, system == ModelSystem.HARMONIC), memory));
    }

    /** --thermal's factors of T_c, with thermal's default runs. */
    private static java.util.Optional<ThermalSettings> thermal(CommandLine line, boolean harmonic) {
        if (!THERMAL.isSet(line)) {
            return java.util.Optional.empty();
        }
        List<Double> factors = ThermalCommand.positives(THERMAL, line, "factor of T_c");
        return java.util.Optional.of(ThermalCommand.runs(line, factors, ThermalSettings.defaultTimestep(harmonic)));
    }

    private static List<Integer> sizes(CommandLine line) {
        List<Integer> sizes = new ArrayList<>();
        for (String s : SIZES.value(line, "1000").split(",")) {
            try {
                int n = Integer.parseInt(s.trim());
                if (n < 2) {
                    throw new NumberFormatException();
                }
                sizes.add(n);
            } catch (NumberFormatException e) {
                throw new UsageException(SIZES + " takes particle numbers separated by commas, got '" + s + "'");
            }
        }
        return sizes;
    }

    /** Prints the progress line of each step and, as the step's command would, its report. */
    private static final class Printer implements Study.Listener {
        final Progress progress;
        final PrintStream out;
        final PrintStream err;
        final boolean root;
        final Path dir;
        String current = "";
        /** The excite steps none of whose modes succeeded. */
        final List<String> failed = new ArrayList<>();

        Printer(Progress progress, PrintStream out, PrintStream err, boolean root, Path dir) {
            this.progress = progress;
            this.out = out;
            this.err = err;
            this.root = root;
            this.dir = dir;
        }

        @Override
        public void skipped(String step) {
            progress.skipped(step);
        }

        @Override
        public void starting(String step) {
            current = step;
            progress.starting(step);
        }

        @Override
        public void prepared(PreparationResult result) {
            if (root) {
                out.print(result.report());
            }
        }

        @Override
        public void computed(ModeAnalysisResult result, Path dir) {
            out.print(ModesCommand.report(result, dir));
        }

        @Override
        public void excited(ExciteRun.Report report) {
            out.print(ExciteCommand.report(report));
            if (ExciteCommand.noneSucceeded(report)) {
                failed.add(current);
            }
        }

        @Override
        public void finished(String step) {
            progress.finished();
        }

        @Override
        public void skipped(Journal.Skipped line) {
            out.println(ExciteCommand.describe(line));
        }

        @Override
        public void noted(String line) {
            err.println("modekick: " + current + ": " + line);
        }

        /** The excite step's progress on stderr and, with the step named, in the study's own progress.json. */
        @Override
        public void progress(ModeProgress.Report report) {
            err.println("modekick: " + current + ": " + ProgressFile.line(report));
            try {
                ProgressFile.write(dir.resolve(ProgressFile.FILE), report, current);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Writes to the console and the study log at once. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
