package org.modekick.pipeline;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.modekick.dispatch.TaskFarm;
import org.modekick.eigen.EigenSolver;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.Reference;
import org.modekick.excite.Thresholds;
import org.modekick.io.JsonFile;
import org.modekick.lammps.FireSettings;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeMasses;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.ModeSet;
import org.modekick.mpi.Communicator;
import org.modekick.store.ExciteSummary;
import org.modekick.store.FinalStates;
import org.modekick.store.RunManifest;
import org.modekick.store.ThermalFiles;
import org.modekick.thermal.Quench;
import org.modekick.thermal.ThermalSettings;
import org.modekick.thermal.ThermalTrajectory;

/**
 * The thermal test on worker threads or MPI ranks: every (T, seed) run on its worker's LAMMPS instance, taken in
 * order from a shared queue; a run depends only on r0, T, its seed and the settings, so the files do not depend
 * on the number of workers or ranks. A finished run is on disk at once; started again, only the missing runs are made.
 * With an excite directory its thresholds, T_c (and T_c from true barriers, if barriers ran) and known
 * transitions are used; without one the criterion comes from the glass's lowest mode, as excite derives it.
 */
public final class ThermalRun {

    public record Report(Path dir, List<ThermalFiles.Escape> escapes, double criticalTemperature,
                         double pathCriticalTemperature, double onset, int computed, int workers, int ranks,
                         double wallSeconds) {}

    private final Reference reference;
    private final FireSettings fire;
    private final double sameTolerance;
    private final Map<Integer, MemorySegment> known;
    private final double criticalTemperature;
    private final double pathCriticalTemperature;
    private final ThermalSettings settings;
    private final Path dir;
    private final Path exciteDir;

    private ThermalRun(Reference reference, FireSettings fire, double sameTolerance, Map<Integer, MemorySegment> known,
                       double tc, double tcTrue, ThermalSettings settings, Path dir, Path exciteDir) {
        this.reference = reference;
        this.fire = fire;
        this.sameTolerance = sameTolerance;
        this.known = known;
        this.criticalTemperature = tc;
        this.pathCriticalTemperature = tcTrue;
        this.settings = settings;
        this.dir = dir;
        this.exciteDir = exciteDir;
    }

    /**
     * @param exciteDir a finished excite run of the same glass, or null
     * @param arena holds r0 and the known final states (shared by the workers: a shared arena)
     */
    public static ThermalRun open(Path glass, InputGlass.Interactions interactions, Path exciteDir,
                                  ThermalSettings settings, Path dir, Arena arena) throws IOException {
        InputGlass input = InputGlass.read(glass, interactions, arena);
        Files.createDirectories(dir.resolve("lammps"));
        Reference ref = Reference.of(input.configuration(), input.interaction(), input.masses(),
                dir.resolve("lammps").resolve(RankLogs.name("reference")), arena);
        FireSettings fire = ExciteSettings.defaults(input.interaction()).fire();
        Map<Integer, MemorySegment> known = new TreeMap<>();
        double same;
        double tc = Double.NaN;
        double tcTrue = Double.NaN;
        if (exciteDir != null) {
            Path summaryFile = exciteDir.resolve(ExciteSummary.FILE);
            if (!Files.isRegularFile(summaryFile)) {
                throw new RequestException(exciteDir + " holds no " + ExciteSummary.FILE + ": give the directory of a"
                        + " finished 'modekick excite' run of " + glass);
            }
            JsonObject manifest = JsonFile.object(JsonFile.readObject(exciteDir.resolve(RunManifest.FILE)), "inputs");
            if (!JsonFile.text(manifest, "r0_sha256").equals(BarriersRun.sha256(ref.positions()))) {
                throw new RequestException(glass + " is not the glass of the excite run in " + exciteDir
                        + " (r0 differs from run.json's r0_sha256)");
            }
            JsonObject summary = JsonFile.readObject(summaryFile);
            same = JsonFile.number(JsonFile.object(summary, "thresholds"), "same_structure_delta");
            tc = JsonFile.number(summary, "T_c");
            tcTrue = JsonFile.number(JsonFile.object(summary, "true_barriers"), "T_c_true");
            FinalStates states = new FinalStates(exciteDir);
            for (ExciteSummary.Transition t : ExciteSummary.transitions(summary)) {
                known.put(t.id(), states.read(t.modes().getFirst(), arena));
            }
        } else {
            ModeSelection lowest = new ModeSelection.Lowest(1);
            ModeSet modes = ModeSet.of(new ModeAnalysis(ref.structure(), HessianSources.of(ref.structure(),
                    ref.interaction(), ref.masses(), dir.resolve("lammps").resolve(RankLogs.name("hessian"))),
                    new EigenSolver(EigenSolver.Options.defaults()), 100).compute(lowest, arena), lowest,
                    ModeMasses.UNRECORDED); // H's lowest curvature, in positions as the thresholds need it
            same = Thresholds.derive(fire.forceTolerance(), ref.forceNorm(), modes.lambdaMin(), ref.energy()).same();
        }
        return new ThermalRun(ref, fire, same, known, tc, tcTrue, settings, dir, exciteDir);
    }

    private record Task(double temperature, int seed) {}

    /**
     * Makes every missing run, then writes the tables; every rank of {@code world} calls this. In one process on
     * {@code workers} threads; under mpirun one run at a time per rank ({@link TaskFarm}: rank 0 hands them out in
     * order and alone writes), so the files are a serial run's. Rank 0 gets the report.
     */
    public Optional<Report> run(Communicator world, int workers) throws Exception {
        long t0 = System.nanoTime();
        ThermalFiles files = new ThermalFiles(dir);
        List<Task> all = new ArrayList<>();
        for (double t : settings.temperatures()) {
            for (int s : settings.seeds()) {
                all.add(new Task(t, s));
            }
        }
        boolean root = world.rank() == 0;
        List<Task> todo = new ArrayList<>();
        if (root) {
            for (Task task : all) {
                if (files.readRun(task.temperature(), task.seed()) == null) {
                    todo.add(task);
                }
            }
        }
        Path logs = dir.resolve("lammps");
        if (world.size() == 1) {
            WorkerPool.run(workers, todo.size(), "thermal", w -> trajectory(logs.resolve("worker-" + w + ".log")),
                    (md, i) -> {
                        Task task = todo.get(i);
                        files.writeRun(task.temperature(), task.seed(), md.run(task.temperature(), task.seed(),
                                settings));
                    });
        } else {
            // tasks by index into the runs, which every rank lists alike
            TaskFarm.run(world, todo.stream().map(all::indexOf).toList(),
                    () -> trajectory(logs.resolve(RankLogs.rank(world))), (md, i) -> {
                        Task task = all.get(i);
                        return ThermalFiles.encode(md.run(task.temperature(), task.seed(), settings));
                    }, (i, bytes) -> files.writeRun(all.get(i).temperature(), all.get(i).seed(),
                            ThermalFiles.decode(bytes)));
            workers = world.size();
        }
        if (!root) {
            return Optional.empty();
        }
        return Optional.of(tables(files, todo.size(), workers, world.size(), t0));
    }

    private ThermalTrajectory trajectory(Path log) {
        return new ThermalTrajectory(reference, fire, sameTolerance, known, log);
    }

    private Report tables(ThermalFiles files, int computed, int workers, int ranks, long t0) throws IOException {
        List<Quench> every = new ArrayList<>();
        List<ThermalFiles.Escape> escapes = new ArrayList<>();
        for (double t : settings.temperatures().stream().sorted().toList()) {
            int quenches = 0;
            int escaped = 0;
            int fresh = 0;
            TreeSet<Integer> seen = new TreeSet<>();
            for (int s : settings.seeds()) {
                for (Quench q : files.readRun(t, s)) {
                    every.add(q);
                    quenches++;
                    if (q.escaped()) {
                        escaped++;
                    }
                    if (q.state().equals("transition")) {
                        seen.add(q.transition());
                    } else if (q.state().equals("new")) {
                        fresh++;
                    }
                }
            }
            escapes.add(new ThermalFiles.Escape(t, t / criticalTemperature, t / pathCriticalTemperature,
                    settings.seeds().size(), quenches, escaped, seen, fresh));
        }
        double onset = escapes.stream().filter(e -> e.escaped() > 0).mapToDouble(ThermalFiles.Escape::temperature)
                .min().orElse(Double.NaN);
        double wall = (System.nanoTime() - t0) * 1e-9;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("N", reference.particles());
        summary.put("excite", exciteDir == null ? "" : exciteDir.toAbsolutePath().toString());
        summary.put("T_c", criticalTemperature);
        summary.put("T_c_true", pathCriticalTemperature);
        summary.put("T_onset", onset);
        summary.put("T_onset_definition", "the lowest temperature at which some quench ended outside r0's inherent"
                + " structure (not r0, not r0 relabelled)");
        summary.put("temperatures", settings.temperatures());
        summary.put("seeds", settings.seeds());
        summary.put("interval_steps", settings.interval());
        summary.put("quenches_per_run", settings.quenches());
        summary.put("timestep", settings.timestep());
        summary.put("nose_hoover_damping", settings.damping());
        summary.put("same_structure_delta", sameTolerance);
        summary.put("fire", fire);
        summary.put("workers", workers);
        summary.put("mpi_ranks", ranks);
        summary.put("computed_this_session", computed);
        summary.put("session_wall_s", wall);
        files.writeTables(every, escapes, summary);
        return new Report(dir, escapes, criticalTemperature, pathCriticalTemperature, onset, computed, workers, ranks,
                wall);
    }
}
