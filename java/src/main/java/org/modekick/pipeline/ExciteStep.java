package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modekick.eigen.EigenSolver;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.Reference;
import org.modekick.excite.Thresholds;
import org.modekick.forecast.MemoryCheck;
import org.modekick.forecast.MemoryEstimate;
import org.modekick.hessian.MassWeighting;
import org.modekick.io.OutputLock;
import org.modekick.lammps.InvalidSettingException;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.ModeSet;
import org.modekick.modes.PhononOrderParameter;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.prepare.GlassPreparation;
import org.modekick.store.ExciteSummary;
import org.modekick.store.RunManifest;
import org.modekick.system.Configuration;

/**
 * The excite step (sections II.C, III): the plan of an excite run of a glass (r0 read back by LAMMPS, the modes,
 * which of them to kick, the thresholds, the provenance summary.json records) and the run itself
 * ({@link ExciteRun}).
 *
 * @param system the glass's system for summary.json: "harmonic", "lj", or "custom" for a user's interactions
 * @param modes where the modes come from
 * @param seed the glass's preparation seed for summary.json; empty: what its preparation log records, if any
 * @param output the excite directory
 * @param minimize relax the glass first with the run's FIRE (--minimize) instead of refusing one that is not at a
 *     minimum ({@link GlassCheck}); the relaxed glass is written to OUTPUT/relaxed.data
 * @param adaptTimestep set FIRE's timestep from the glass's omega_max ({@link GlassCheck.Policy#adaptTimestep})
 * @param memory the memory estimate's check before anything runs (in one process; summary.json records it)
 */
public record ExciteStep(InputGlass glass, String system, ExciteSettings settings, ModeSource modes,
                         Optional<String> seed, Path output, boolean minimize, boolean adaptTimestep,
                         MemoryCheck memory) {

    /** A step that keeps FIRE's timestep as given and checks no memory estimate. */
    public ExciteStep(InputGlass glass, String system, ExciteSettings settings, ModeSource modes, Optional<String> seed,
                      Path output, boolean minimize) {
        this(glass, system, settings, modes, seed, output, minimize, false, MemoryCheck.NONE);
    }

    /** Where an excite run's modes come from. */
    public sealed interface ModeSource {

        /** A directory that {@code modekick modes} wrote; {@code selection} (null: all) picks from its modes. */
        record Directory(Path dir, ModeSelection selection) implements ModeSource {}

        /**
         * Computed by excite itself into OUTPUT/modes, or read from there when an earlier session did;
         * {@code selection} may be null only then.
         */
        record Computed(ModeSelection selection) implements ModeSource {}
    }

    /** The subdirectory of the output that holds the modes excite computes itself. */
    public static final String OWN_MODES = "modes";

    /**
     * Everything the run needs, on every rank of the job (the modes excite computes itself are computed by all
     * of them together); allocated in {@code arena}.
     */
    public ExcitePlan plan(Arena arena) throws IOException {
        try {
            return planned(arena);
        } catch (IllegalArgumentException | IOException | java.io.UncheckedIOException e) {
            // refused (the glass, a setting, the modes, a file): the logs of the refused session are no output
            GlassCheck.forget(referenceLog());
            GlassCheck.forget(GlassCheck.log(output));
            throw e;
        }
    }

    private ExcitePlan planned(Arena arena) throws IOException {
        checkBox(glass.configuration());
        Files.createDirectories(output);
        Path relaxed = output.resolve(GlassCheck.RELAXED);
        GlassCheck.Result check = GlassCheck.run(glass, new GlassCheck.Policy(settings.fire(), minimize, true,
                adaptTimestep), GlassCheck.log(output), relaxed, arena);
        ExciteSettings settings = this.settings.withFire(check.fire());
        Communicator world = MpiRuntime.world();
        Agreement.run(world, "writing " + relaxed, () -> {
            if (world.isRoot()) {
                try {
                    GlassCheck.writeRelaxed(relaxed, glass, check);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        Configuration input = check.structure();
        Reference reference = Reference.of(input, glass.interaction(), check.masses(), referenceLog(), arena);
        ModeSet set;
        List<Integer> ks;
        String source;
        ModeSelection selection;
        try {
            switch (modes) {
                case ModeSource.Directory d -> {
                    set = ModeSet.read(d.dir(), arena);
                    ks = set.select(d.selection());
                    source = d.dir().toAbsolutePath().toString();
                    selection = d.selection();
                }
                case ModeSource.Computed c -> {
                    Path dir = output.resolve(OWN_MODES);
                    set = ownModes(dir, c.selection(), reference, output.resolve("lammps"), arena);
                    ks = set.select(null);
                    source = "computed by excite: " + dir.toAbsolutePath();
                    selection = c.selection();
                }
            }
        } catch (ModeSelection.Unsatisfiable e) {
            throw new RequestException(e.getMessage(), e);
        }
        set.masses().mismatch(reference.masses()).ifPresent(why -> {
            throw new RequestException((modes instanceof ModeSource.Directory d ? d.dir() : output.resolve(OWN_MODES))
                    + ": these modes do not belong to the glass " + glass.file() + ": " + why + ". Compute its modes"
                    + " with modekick modes on this glass and interaction (or let excite compute them)");
        });
        if (set.modes().particleCount() != input.size()) {
            throw new RequestException("the modes are of N = " + set.modes().particleCount()
                    + " particles, the glass has " + input.size());
        }
        // lambda_min of the thresholds is a curvature in positions: m_min omega_min^2 bounds the curvature along every
        // mode's kick from below (d.H.d = omega^2 / sum_i e_i^2 / m_i), and is H's lambda_min for equal masses
        Thresholds thresholds = Thresholds.derive(settings.fire().forceTolerance(), reference.forceNorm(),
                MassWeighting.unit(reference.masses()) ? set.lambdaMin()
                        : MassWeighting.of(input, reference.masses()).lightest() * set.lambdaMin(), reference.energy());
        requireResolvable(thresholds, GlassCheck.spacing(input));
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put(ExciteSummary.SYSTEM, system);
        provenance.put(ExciteSummary.FORCE_FIELD, glass.interaction().provenance());
        provenance.put("units", glass.interaction().units());
        provenance.put("masses", reference.masses());
        provenance.put(MassWeighting.CONVENTION_KEY, MassWeighting.CONVENTION);
        seed.or(() -> GlassPreparation.seedOf(glass.file())).ifPresent(s -> provenance.put(ExciteSummary.SEED, s));
        provenance.put(ExciteSummary.INPUT, glass.file().toAbsolutePath().toString());
        provenance.put(ExciteSummary.GLASS_SHA256, RunManifest.sha256(glass.file()));
        provenance.put(ExciteSummary.INPUT_CHECK, check.describe(settings.fire().forceTolerance(), relaxed));
        provenance.put(ExciteSummary.MODES_SOURCE, source);
        provenance.put(ExciteSummary.MODES_SELECTION, selection == null ? set.selection() : selection.describe());
        if (!Double.isNaN(set.omegaBosonPeak())) {
            provenance.put(ExciteSummary.OMEGA_BP, set.omegaBosonPeak());
        }
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("modekick", Versions.modekick());
        versions.put("lammps", reference.lammpsVersion());
        versions.put("java", System.getProperty("java.version"));
        provenance.put(ExciteSummary.VERSIONS, versions);
        return new ExcitePlan(reference, set.modes(), set.participation(), set.phononOrder(), ks, thresholds, settings,
                provenance);
    }

    /**
     * Plans and runs: on {@code workers} threads in one process, or on the MPI task groups of {@code world}
     * ({@link ExciteRun}); rank 0 gets the report. A directory that holds another run is a {@link RequestException};
     * one that another run is writing now is refused ({@link OutputLock.HeldException}).
     */
    public Optional<ExciteRun.Report> run(Communicator world, TaskGroups groups, int workers,
                                          ExciteRun.Listener listener, Arena arena) throws Exception {
        // the directory is this run's alone from before anything is written into it (OutputLock)
        try (OutputLock lock = OutputLock.directory(world, output, "modekick excite")) {
            Optional<MemoryCheck.Result> fits = world.size() > 1 ? Optional.empty()
                    : Optional.of(memory.check(memoryEstimate(workers)));
            ExcitePlan plan = plan(arena);
            if (fits.isPresent()) {
                plan = plan.withProvenance(MemoryCheck.KEY, fits.get().describe());
            }
            ExciteRun run = new ExciteRun(plan);
            return groups.ranks() == 1 ? Optional.of(run.run(output, workers, listener))
                    : run.run(output, world, groups, listener);
        } catch (RunManifest.MismatchException e) {
            throw new RequestException(e.getMessage(), e);
        }
    }

    /** Lines counted as bytes, not decoded: a damaged modes.csv is named later, by the reader that parses it. */
    private static long lineCount(Path file) throws IOException {
        long lines = 0;
        for (byte b : Files.readAllBytes(file)) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /**
     * The memory the run will need on {@code workers}: K is the selection's count, else the modes on disk (all of a
     * modes directory, an upper bound of a selection from it), else {@link MemoryEstimate#modes}; the eigensolver
     * counts only when excite computes its own modes now.
     */
    private MemoryEstimate memoryEstimate(int workers) throws IOException {
        int n = glass.configuration().size();
        Path dir = switch (modes) {
            case ModeSource.Directory d -> d.dir();
            case ModeSource.Computed c -> output.resolve(OWN_MODES);
        };
        ModeSelection selection = switch (modes) {
            case ModeSource.Directory d -> d.selection();
            case ModeSource.Computed c -> c.selection();
        };
        Path csv = dir.resolve(ModeFiles.MODES_CSV);
        boolean solves = !Files.isRegularFile(csv);
        int k;
        if (selection instanceof ModeSelection.Lowest l) {
            k = l.count();
        } else if (!solves) {
            k = (int) Math.max(1, lineCount(csv) - 1);
        } else if (selection != null) {
            k = MemoryEstimate.modes(selection, n);
        } else { // no selection: refused once the run starts; until then the guess of a selection by frequency
            k = MemoryEstimate.modesBelowFrequency(n);
        }
        // excite's own modes are solved in this process with the default options (ownModes)
        MemoryEstimate.Factoriser factoriser = solves
                ? MemoryEstimate.Factoriser.of(selection, EigenSolver.Options.defaults(), 1)
                : MemoryEstimate.Factoriser.MUMPS; // not read: no factorisation
        return MemoryEstimate.of(glass.configuration(), glass.interaction(), k, workers, solves, factoriser);
    }

    /**
     * The thresholds must resolve a rearrangement: delta_same (which grows with the force tolerance) at or above a
     * tenth of the particle spacing could not tell a rearrangement of a few particles from a return to r0.
     */
    private static void requireResolvable(Thresholds t, double spacing) {
        if (!(t.same() < 0.1 * spacing)) {
            throw new InvalidSettingException("forceTolerance", String.format(java.util.Locale.ROOT, "force tolerance"
                    + " %s: with lambda_min = %.3g the thresholds become delta = %.3g and delta_same = %.3g, not below"
                    + " a tenth of the particle spacing %.3g, so a rearrangement could not be told from a return to"
                    + " r0: lower it", t.forceTolerance(), t.lambdaMin(), t.returned(), t.same(), spacing));
        }
    }

    /**
     * Java's cell lists and LAMMPS's minimum image agree only when every box edge exceeds twice the cutoff. This
     * concerns the Java formulas of the analytic styles; LAMMPS's own forces (every other interaction) are right in
     * any box LAMMPS accepts.
     */
    private void checkBox(Configuration c) {
        var field = glass.interaction().analytic();
        if (field.isEmpty()) {
            return;
        }
        for (int a = 0; a < 3; a++) {
            if (!(c.box().length(a) > 2 * field.get().maxCutoff())) {
                throw new RequestException("box edge " + c.box().length(a) + " is not more than twice the cutoff "
                        + field.get().maxCutoff() + ": use a larger system");
            }
        }
    }

    /**
     * The log of the LAMMPS instance that reads r0 back: every rank opens one in its own process (so that r0,
     * Phi0 and F0 are bit for bit a serial run's), each with its own log.
     */
    private Path referenceLog() {
        int rank = MpiRuntime.world().rank();
        return output.resolve("lammps").resolve(rank == 0 ? "reference.log" : "reference-rank-" + rank + ".log");
    }

    /**
     * OUTPUT/modes from an earlier session, or computed now (and kept there for a resumed run): under MPI by every
     * rank together, as the modes step does, written by rank 0 and read back by all.
     */
    private static ModeSet ownModes(Path dir, ModeSelection selection, Reference reference, Path logs, Arena arena)
            throws IOException {
        Communicator world = MpiRuntime.world();
        boolean exists = Files.isRegularFile(dir.resolve(ModeFiles.MODES_CSV));
        // rank 0's view decides: every rank must take the same branch (the computation is collective)
        if (world.broadcast(new int[] {exists ? 1 : 0}, 0)[0] == 1) {
            ModeSet set = ModeSet.read(dir, arena);
            if (selection != null && !selection.describe().equals(set.selection())) {
                throw new RequestException(dir + " holds the modes '" + set.selection() + "', not '"
                        + selection.describe() + "': use another -o directory");
            }
            return set;
        }
        if (selection == null) {
            throw new RequestException("give --modes DIR, or one of --count K, --omega-max W, --below-boson-peak");
        }
        EigenSolver solver = new EigenSolver(EigenSolver.Options.defaults(), world);
        Optional<ModeAnalysisResult> r = new ModeAnalysis(reference.structure(),
                HessianSources.of(reference.structure(), reference.interaction(), reference.masses(),
                        logs.resolve(RankLogs.name(world, "hessian"))),
                reference.masses(), solver, PhononOrderParameter.PAPER_NM).computeParallel(selection, arena);
        Agreement.run(world, "writing " + dir, () -> r.ifPresent(result -> {
            try {
                Map<String, Object> run = ModesStep.run(null, selection, PhononOrderParameter.PAPER_NM, null,
                        world.size());
                ModesStep.masses(run, reference.masses());
                ModeFiles.write(dir, result, run);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        return ModeSet.read(dir, arena); // the exact numbers a resumed run reads back
    }
}
