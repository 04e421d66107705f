package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.modekick.eigen.EigenSolver;
import org.modekick.excite.ExciteSettings;
import org.modekick.forecast.MemoryCheck;
import org.modekick.forecast.ModeProgress;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.PhononOrderParameter;
import org.modekick.io.InputFormatException;
import org.modekick.io.TextLines;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.TaskGroups;
import org.modekick.potential.ForceField;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.prepare.PreparationResult;
import org.modekick.report.SampleLoader;
import org.modekick.report.SampleResult;
import org.modekick.report.StudyReport;
import org.modekick.store.ExciteSummary;
import org.modekick.store.PathFiles;
import org.modekick.thermal.ThermalSettings;
import org.modekick.store.Journal;

/**
 * The paper's analysis of several glasses: for each sample, prepare (unless the glass is the user's), modes and
 * excite, one sample after another, then the report. Every step is the one the command of its name runs, called
 * directly, so a study gives what the same commands typed by hand would. A step whose output is there is skipped
 * (prepare: the glass; modes and excite: their summary.json) and excite resumes from its journal, so a stopped
 * study continues where it was. Under MPI every rank runs every step, each as its command runs under MPI; a step
 * ends with an agreement of all ranks on whether it worked, so that a failure on one rank stops them all there.
 */
public final class Study {

    /** The study's log, the report's directory, and a prepared sample's glass, in the study directory. */
    public static final String LOG = "study.log";
    public static final String REPORT = "report";
    public static final String GLASS = "glass.data";

    /**
     * How every sample is treated beyond its own glass.
     *
     * @param interactions the force field for a data file's number of atom types
     * @param system the system summary.json names: "harmonic", "lj", or "custom"
     * @param selection the modes step's selection (excite then takes all its modes)
     * @param solver the modes step's eigensolver settings
     * @param workers excite's worker threads in one process (1 under MPI)
     * @param groups excite's MPI task groups
     * @param minimize relax the user's glass first (--minimize): the modes step relaxes it with excite's FIRE
     *     and writes MODES/relaxed.data, which the excite step then works on
     * @param barriers after excite, the true barriers of its transitions ({@link BarriersRun}, EXCITE/barriers)
     * @param thermal after excite (and barriers), the thermal test ({@link ThermalRun}, SAMPLE/thermal) at the
     *     temperatures {@code thermal.temperatures()} times the sample's T_c of Eq. (8); empty for none
     * @param memory the memory check of the modes and excite steps of each sample, before each runs
     */
    public record Settings(InputGlass.Interactions interactions, String system, ModeSelection selection,
                           EigenSolver.Options solver, int workers, TaskGroups groups, boolean minimize,
                           boolean barriers, Optional<ThermalSettings> thermal, MemoryCheck memory) {

        /** The paper's steps only, no memory check. */
        public Settings(InputGlass.Interactions interactions, String system, ModeSelection selection,
                        EigenSolver.Options solver, int workers, TaskGroups groups, boolean minimize) {
            this(interactions, system, selection, solver, workers, groups, minimize, false, Optional.empty(),
                    MemoryCheck.NONE);
        }
    }

    /** One glass: its report entry (system label, N, seed, directory), its data file, how it is made, if it is. */
    public record Sample(SampleResult result, Path glass, Optional<Preparation> preparation) {

        public Path modes() {
            return result.directory().resolve(SampleLoader.MODES);
        }

        public Path excite() {
            return result.directory().resolve(SampleLoader.EXCITE);
        }
    }

    /** A glass the study prepares: {@code protocol} with N = atoms and this seed. */
    public record Preparation(GlassPreparation protocol, int atoms, long seed) {}

    /** Told of each step as it goes, e.g. to print progress and the steps' own reports. */
    public interface Listener {
        void skipped(String step);

        void starting(String step);

        void prepared(PreparationResult result);

        /** On rank 0 only: the modes written to {@code dir}. */
        void computed(ModeAnalysisResult result, Path dir);

        /** On rank 0 only. */
        void excited(ExciteRun.Report report);

        void finished(String step);

        /** A journal line an excite step did not keep ({@link ExciteRun.Listener#skipped}). */
        default void skipped(Journal.Skipped line) {}

        /** Where an excite step stands ({@link ExciteRun.Listener#progress}). */
        default void progress(ModeProgress.Report report) {}

        /** A line on where the current step stands (a modes step's windows below the boson peak). */
        default void noted(String line) {}
    }

    private final List<Sample> samples;
    private final Settings settings;

    public Study(List<Sample> samples, Settings settings) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a study of no samples");
        }
        this.samples = List.copyOf(samples);
        this.settings = settings;
    }

    /**
     * {@code count} glasses of each size, prepared by {@code protocol} with the seeds firstSeed, firstSeed + 1, ...,
     * each in DIR/SYSTEM-NN-seedS; every (N, seed) is checked against the protocol first.
     */
    public static List<Sample> prepared(ModelSystem system, GlassPreparation protocol, List<Integer> sizes, int count,
                                        long firstSeed, Path dir) {
        List<Sample> samples = new ArrayList<>();
        for (int n : sizes) {
            for (int j = 0; j < count; j++) {
                long seed = firstSeed + j;
                protocol.validate(n, seed);
                Path sampleDir = dir.resolve(String.format(Locale.ROOT, "%s-N%d-seed%d", system.cliName(), n, seed));
                samples.add(new Sample(new SampleResult(system.cliName(), n, seed, sampleDir), sampleDir.resolve(GLASS),
                        Optional.of(new Preparation(protocol, n, seed))));
            }
        }
        return samples;
    }

    /** The user's own glass, labelled {@code label} in the report, in DIR/NAME for glass NAME.data. */
    public static Sample given(Path glass, String label, Path dir) throws IOException {
        Path file = glass.toAbsolutePath();
        return new Sample(new SampleResult(label, countAtoms(file), 0, dir.resolve(stripExtension(file))), file,
                Optional.empty());
    }

    public List<Sample> samples() {
        return samples;
    }

    /** Every step, done or not, in the order {@link #run} takes them, named as its listener hears them. */
    public List<String> steps() {
        List<String> steps = new ArrayList<>();
        for (Sample sample : samples) {
            String name = sample.result().name() + ": ";
            if (sample.preparation().isPresent()) {
                steps.add(name + "prepare");
            }
            steps.add(name + "modes");
            steps.add(name + "excite");
            if (settings.barriers()) {
                steps.add(name + "barriers");
            }
            if (settings.thermal().isPresent()) {
                steps.add(name + "thermal");
            }
        }
        return steps;
    }

    public List<SampleResult> results() {
        return samples.stream().map(Sample::result).toList();
    }

    /** Runs every step not yet done; every rank of {@code world} calls this. */
    public void run(Communicator world, Listener listener) throws Exception {
        for (Sample sample : samples) {
            String name = sample.result().name() + ": ";
            if (sample.preparation().isPresent()) {
                Preparation p = sample.preparation().get();
                step(world, name + "prepare", sample.glass(), listener, () -> {
                    PreparationResult r = p.protocol().run(world, p.atoms(), p.seed(), sample.glass());
                    listener.prepared(r);
                });
            }
            boolean relax = settings.minimize() && sample.preparation().isEmpty();
            step(world, name + "modes", sample.modes().resolve(ModeFiles.SUMMARY), listener, () -> {
                try (Arena arena = Arena.ofShared()) {
                    InputGlass glass = InputGlass.read(sample.glass(), settings.interactions(), arena);
                    boolean adapt = glass.interaction().analytic().isEmpty();
                    GlassCheck.Policy check = new GlassCheck.Policy(ExciteSettings.defaults(glass.interaction()).fire(),
                            relax, false, adapt);
                    new ModesStep(glass, settings.selection(), PhononOrderParameter.PAPER_NM, settings.solver(),
                            sample.modes(), check, settings.memory(), listener::noted).run(world, arena)
                            .ifPresent(r -> listener.computed(r, sample.modes()));
                }
            });
            Path excited = relax ? sample.modes().resolve(GlassCheck.RELAXED) : sample.glass();
            step(world, name + "excite", sample.excite().resolve(ExciteSummary.FILE), listener, () -> {
                try (Arena arena = Arena.ofShared()) {
                    InputGlass glass = InputGlass.read(excited, settings.interactions(), arena);
                    new ExciteStep(glass, settings.system(), ExciteSettings.defaults(glass.interaction()),
                            new ExciteStep.ModeSource.Directory(sample.modes(), null), Optional.empty(),
                            sample.excite(), false, glass.interaction().analytic().isEmpty(), settings.memory())
                            .run(world, settings.groups(), settings.workers(),
                            journalOf(listener), arena).ifPresent(listener::excited);
                }
            });
            if (settings.barriers()) {
                Path done = sample.excite().resolve(PathFiles.DIR).resolve(ExciteSummary.FILE);
                step(world, name + "barriers", done, listener, () -> {
                    try (Arena arena = Arena.ofShared()) {
                        BarriersRun.open(sample.excite(), settings.interactions(), null, arena).run(world,
                                settings.workers());
                    }
                });
            }
            if (settings.thermal().isPresent()) {
                Path thermalDir = sample.result().directory().resolve(SampleLoader.THERMAL);
                step(world, name + "thermal", thermalDir.resolve(ExciteSummary.FILE), listener, () -> {
                    ThermalSettings factors = settings.thermal().get();
                    double tc = ExciteSummary.read(sample.excite().resolve(ExciteSummary.FILE)).criticalTemperature();
                    if (!(tc > 0)) {
                        throw new RequestException(name + "no T_c (no mode transitioned): no thermal test");
                    }
                    ThermalSettings at = new ThermalSettings(factors.temperatures().stream().map(f -> f * tc).toList(),
                            factors.seeds(), factors.interval(), factors.quenches(), factors.timestep(),
                            factors.damping());
                    try (Arena arena = Arena.ofShared()) {
                        ThermalRun.open(excited, settings.interactions(), sample.excite(), at, thermalDir, arena)
                                .run(world, settings.workers());
                    }
                });
            }
        }
    }

    /** An excite step's listener that passes the journal lines it did not keep, and its progress, on to the study's. */
    private static ExciteRun.Listener journalOf(Listener listener) {
        return new ExciteRun.Listener() {
            @Override
            public void finished(org.modekick.excite.ModeResult result) {}

            @Override
            public void skipped(Journal.Skipped line) {
                listener.skipped(line);
            }

            @Override
            public void progress(ModeProgress.Report report) {
                listener.progress(report);
            }
        };
    }

    /** The report of every sample in DIR/report; rank 0 alone calls this. Returns the files written. */
    public List<Path> report(Path dir) throws IOException {
        return StudyReport.write(results(), dir.resolve(REPORT));
    }

    /** The work of one step. */
    private interface Work {
        void run() throws Exception;
    }

    /** Carries a checked exception of a step through {@link Agreement}. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(Exception cause) {
            super(cause);
        }
    }

    private static void step(Communicator world, String what, Path doneWhen, Listener listener, Work work)
            throws Exception {
        if (Files.exists(doneWhen)) {
            listener.skipped(what);
            return;
        }
        listener.starting(what);
        try {
            Agreement.run(world, what, () -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new Failure(e);
                }
            });
        } catch (Failure f) {
            throw (Exception) f.getCause();
        }
        listener.finished(what);
    }

    /** The header's atom count, for the report's labels (the data file itself is read by the steps). */
    private static int countAtoms(Path glass) throws IOException {
        try (TextLines in = TextLines.open(glass)) {
            String line;
            for (int number = 1; number <= 50 && (line = in.next()) != null; number++) {
                String l = line.trim();
                if (l.matches("\\d{1,9}\\s+atoms.*")) {
                    return Integer.parseInt(l.split("\\s+")[0]);
                }
            }
        } catch (TextLines.NotTextException e) {
            throw new InputFormatException(glass, e.line(), TextLines.NOT_TEXT);
        }
        throw new RequestException(glass + ": no 'N atoms' line in the header");
    }

    private static String stripExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
