package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.modekick.dispatch.ModeDispatcher;
import org.modekick.dispatch.ModeQueue;
import org.modekick.dispatch.TaskGroupRun;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.KickRelaxer;
import org.modekick.excite.Landscape;
import org.modekick.excite.ModeExcitation;
import org.modekick.excite.ModeOutcome;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Relaxer;
import org.modekick.excite.Status;
import org.modekick.excite.TransitionGroups;
import org.modekick.excite.WatchedRelaxer;
import org.modekick.forecast.ModeProgress;
import org.modekick.forecast.ProgressFile;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.store.Journal;
import org.modekick.store.Ledger;
import org.modekick.store.OutputFiles;
import org.modekick.store.RunManifest;

/**
 * All modes of one glass on parallel workers, with output that survives a kill.
 *
 * <p><b>Workers.</b> Each worker thread opens its own LAMMPS instance (MPI is initialised with
 * MPI_THREAD_MULTIPLE, which concurrent instances need) with its own log, lammps/worker-W.log, and
 * takes the next mode in k order from a shared queue. A mode's result depends only on r0, the mode and
 * the settings (every minimisation starts afresh, see {@link Relaxer}), so results do not depend on
 * the number of workers or on which worker ran which mode.
 *
 * <p><b>MPI task groups.</b> Under mpirun the ranks split into groups of R ranks ({@link TaskGroups}), each
 * with one LAMMPS instance on its own communicator (lammps/group-G.log), domain-decomposed when R &gt; 1.
 * The modes still come from one queue: a {@link ModeDispatcher} on rank 0, which a thread of rank 0
 * serves to the other groups' leaders ({@link TaskGroupRun}); each request hands
 * in the group's last outcome, final state included, and rank 0 alone writes. With R = 1 every mode runs
 * as in one process and the files are byte-identical to a serial run's; with R &gt; 1 LAMMPS sums forces
 * and energies in another order, and the results agree with a serial run to FIRE's tolerance.
 *
 * <p><b>Durability.</b> Before anything runs, run.json records what the results depend on
 * ({@link RunManifest}); a directory holding another run is refused. Each finished mode goes to disk at
 * once: its final state (states/), then its line in journal.jsonl, forced to disk. Started again with
 * the same arguments, a run reads the journal and computes only the modes missing from it. The final
 * files (excitations.csv and trials.csv sorted by k, transition ids assigned in k order, decay profiles,
 * dumps, summary.json) are written from the journal once every mode is done, each atomically.
 */
public final class ExciteRun {

    /** Told about every mode as soon as it is on disk (a test may throw here to simulate a kill). */
    public interface Listener {
        void finished(ModeResult result) throws Exception;

        /** A line of the journal that was not kept when the run opened it ({@link Journal}), and why. */
        default void skipped(Journal.Skipped line) {}

        /** Where the run stands, once when it opens and after every mode (also in OUT/progress.json). */
        default void progress(ModeProgress.Report report) {}

        Listener NONE = r -> {};
    }

    /**
     * @param workers LAMMPS instances at work at once: threads of one process, or MPI task groups
     * @param taskGroups the MPI ranks and ranks per task (1 and 1 in one process)
     * @param computed modes computed in this session (the others came from the journal)
     * @param wallSeconds this session's wall time
     */
    public record Report(Path dir, int workers, TaskGroups taskGroups, int session, int computed, double wallSeconds,
                         List<ModeResult> results, TransitionGroups groups, double onsetTemperature) {}

    private final ExcitePlan plan;
    private final InstantSource clock;

    public ExciteRun(ExcitePlan plan) {
        this(plan, InstantSource.system());
    }

    /** A run whose progress.json projects its end on {@code clock}. */
    public ExciteRun(ExcitePlan plan, InstantSource clock) {
        this.plan = plan;
        this.clock = clock;
    }

    /** Runs every mode not yet in the journal on {@code workers} threads of this process, each with its own LAMMPS. */
    public Report run(Path dir, int workers, Listener listener) throws Exception {
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workers);
        }
        long start = System.nanoTime();
        Ledger ledger = Ledger.open(dir, RunManifest.inputs(plan), plan.ks());
        ledger.skipped().forEach(listener::skipped);
        try (ledger) {
            List<Integer> pending = ledger.pending();
            ModeProgress progress = progress(dir, pending, workers, listener);
            if (!pending.isEmpty()) {
                int threads = Math.min(workers, pending.size());
                ModeDispatcher dispatcher = new ModeDispatcher(pending, threads, recorder(ledger, listener, progress));
                List<Thread> started = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    Path log = dir.resolve("lammps").resolve("worker-" + w + ".log");
                    ModeQueue queue = dispatcher.local();
                    Thread t = Thread.ofPlatform().name("excite-worker-" + w).unstarted(() -> {
                        try {
                            work(MpiRuntime.self(), log, queue, ledger.session());
                        } catch (Throwable e) {
                            queue.failed(e); // the dispatcher stops the others and keeps it for below
                        }
                    });
                    started.add(t);
                    t.start();
                }
                for (Thread t : started) {
                    t.join();
                }
                dispatcher.rethrowFailure();
            }
        }
        return finish(ledger, workers, new TaskGroups(1, 1), start);
    }

    /**
     * Runs every mode not yet in the journal on the MPI task groups of {@code world}; every rank calls this.
     * Each group opens one LAMMPS on its own communicator ({@link Communicator#split}: color = group, key =
     * rank) and takes modes from one queue on rank 0, whose dispatcher (a thread of rank 0, which meanwhile
     * leads group 0) hands them out in k order as groups ask and records each result as it arrives. Rank 0
     * alone touches the directory (run.json, journal, states, final files) and gets the report; the other
     * ranks get an empty Optional. With one rank per task every mode runs exactly as in one process, so the
     * files are byte-identical to a serial run's.
     */
    public Optional<Report> run(Path dir, Communicator world, TaskGroups groups, Listener listener) throws Exception {
        long start = System.nanoTime();
        int rank = world.rank();
        boolean root = rank == 0;
        if (groups.ranks() != world.size()) {
            throw new IllegalArgumentException(groups.describe() + " for a communicator of " + world.size() + " ranks");
        }
        Map<String, Object> inputs = RunManifest.inputs(plan);
        // rank 0 claims the directory and reads the journal; everyone learns whether that worked
        Ledger ledger = Agreement.run(world, "opening " + dir,
                () -> root ? Ledger.openUnchecked(dir, inputs, plan.ks()) : null);
        if (root) {
            ledger.skipped().forEach(listener::skipped);
        }
        try {
            List<Integer> pending = root ? ledger.pending() : List.of();
            ModeProgress progress = root ? progress(dir, pending, groups.count(), listener) : null;
            int[] shared = world.broadcast(root ? new int[] {ledger.session(), pending.size()} : new int[2], 0);
            if (shared[1] > 0) {
                runGroups(dir, world, groups, ledger, pending, shared[0], listener, progress);
            }
        } finally {
            if (ledger != null) {
                ledger.close();
            }
        }
        return root ? Optional.of(finish(ledger, groups.count(), groups, start)) : Optional.empty();
    }

    /**
     * Records each finished mode durably ({@link Ledger#record}), then its progress (OUT/progress.json, the
     * listener), then tells the listener.
     */
    private static ModeDispatcher.Recorder recorder(Ledger ledger, Listener listener, ModeProgress progress) {
        return o -> {
            ledger.record(o);
            reportProgress(ledger.dir(), progress.finished(o.result().seconds()), listener);
            listener.finished(o.result());
        };
    }

    /** The progress of a run opened with {@code pending} modes left, reported once before any is computed. */
    private ModeProgress progress(Path dir, List<Integer> pending, int workers, Listener listener) throws IOException {
        int total = plan.ks().size();
        ModeProgress progress = new ModeProgress(total, total - pending.size(), Math.max(1, workers), clock);
        reportProgress(dir, progress.report(), listener);
        return progress;
    }

    private static void reportProgress(Path dir, ModeProgress.Report report, Listener listener) throws IOException {
        ProgressFile.write(dir.resolve(ProgressFile.FILE), report, null);
        listener.progress(report);
    }

    private void runGroups(Path dir, Communicator world, TaskGroups groups, Ledger ledger, List<Integer> pending,
                           int session, Listener listener, ModeProgress progress) throws Exception {
        TaskGroupRun.run(world, groups, pending, world.rank() == 0 ? recorder(ledger, listener, progress) : null,
                (lammps, group, queue) -> work(lammps, dir.resolve("lammps").resolve("group-" + group + ".log"), queue,
                        session));
    }

    /**
     * One worker: its own LAMMPS on {@code communicator} (this process alone, or its task group), modes from
     * {@code queue} until none is left.
     */
    private void work(Communicator communicator, Path log, ModeQueue queue, int session) throws Exception {
        try (KickRelaxer relaxer = relaxer(communicator, log);
             Landscape landscape = Landscape.of(plan.reference(), landscapeLog(log));
             ModeExcitation excitation = new ModeExcitation(relaxer, landscape, plan.settings(), plan.thresholds())) {
            OptionalInt k = queue.next(null);
            while (k.isPresent()) {
                relaxer.restartLog();
                try (Arena arena = Arena.ofConfined()) {
                    ModeOutcome o = excite(excitation, k.getAsInt(), session, arena);
                    k = queue.next(o);
                }
            }
        }
    }

    /**
     * Where a worker's relaxations run: in this process where Java screens every kick exactly (the analytic styles,
     * {@link org.modekick.excite.Divergence}), and for any other interaction in a watched child process, whose death
     * on a LAMMPS error fails only the mode being searched ({@link WatchedRelaxer}). A task group of several ranks
     * shares one domain-decomposed instance, which a child process cannot join: there the guard alone protects.
     */
    private KickRelaxer relaxer(Communicator communicator, Path log) {
        if (plan.reference().interaction().analytic().isEmpty() && communicator.size() == 1) {
            return WatchedRelaxer.open(plan.reference(), plan.settings().fire(), plan.thresholds(), log);
        }
        return Relaxer.open(plan.reference(), plan.settings().fire(), plan.thresholds(), communicator, log);
    }

    /** The log of a worker's landscape (LAMMPS energies and forces in this process, for non-analytic styles). */
    private static Path landscapeLog(Path log) {
        String name = log.getFileName().toString();
        return log.resolveSibling(name.replace(".log", "") + "-landscape.log");
    }

    /** The final files, written from the journal: what every session of the run computed. */
    private Report finish(Ledger ledger, int workers, TaskGroups groups, long start) throws IOException {
        List<ModeResult> results = new ArrayList<>();
        for (ModeResult r : ledger.records()) {
            if (plan.ks().contains(r.k())) {
                results.add(r);
            }
        }
        results.sort(Comparator.comparingInt(ModeResult::k));
        OutputFiles out = new OutputFiles(plan, ledger.dir(), ledger.states());
        TransitionGroups transitions = out.writeAll(results, workers, groups, ledger.session(),
                (System.nanoTime() - start) * 1e-9);
        double tc = OutputFiles.onsetTemperature(results);
        return new Report(ledger.dir(), workers, groups, ledger.session(), ledger.pending().size(),
                (System.nanoTime() - start) * 1e-9, results, transitions, tc);
    }

    /** Excites mode k; an exception in Java (not a LAMMPS crash, which ends the process) fails only this mode. */
    private ModeOutcome excite(ModeExcitation excitation, int k, int session, Arena arena) {
        long start = System.nanoTime();
        try {
            return excitation.excite(k, plan.modes().mode(k), plan.participation()[k - 1], plan.phononOrder()[k - 1],
                    session, arena);
        } catch (RuntimeException e) {
            ModeResult r = new ModeResult(k, plan.modes().mode(k).omega(), plan.participation()[k - 1],
                    plan.phononOrder()[k - 1], Status.FAILED, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    false, 0, e.getClass().getSimpleName() + ": " + e.getMessage(), List.of(), 0, 0,
                    (System.nanoTime() - start) * 1e-9, 0, session, Double.NaN);
            return new ModeOutcome(r, null);
        }
    }

}
