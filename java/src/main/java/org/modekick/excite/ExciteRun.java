package org.modekick.excite;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.modekick.modes.Modes;

/**
 * All modes of one glass on parallel workers, with output that survives a kill.
 *
 * <p><b>Workers.</b> Each worker thread opens its own LAMMPS instance (MPI is initialised with
 * MPI_THREAD_MULTIPLE, which concurrent instances need) with its own log, lammps/worker-W.log, and
 * takes the next mode in k order from a shared queue. A mode's result depends only on r0, the mode and
 * the settings (every minimisation starts afresh, see {@link Relaxer}), so results do not depend on
 * the number of workers or on which worker ran which mode.
 *
 * <p><b>Durability.</b> Before anything runs, run.json records what the results depend on
 * ({@link RunManifest}); a directory holding another run is refused. Each finished mode goes to disk at
 * once: its final state (states/), then its line in journal.jsonl, forced to disk. Started again with
 * the same arguments, a run reads the journal and computes only the modes missing from it. The final
 * files (excitations.csv and trials.csv sorted by k, transition ids assigned in k order, decay profiles,
 * dumps, summary.json) are written from the journal once every mode is done, each atomically.
 */
public final class ExciteRun {

    /** What to compute. */
    public record Plan(Reference reference, Modes modes, double[] participation, double[] phononOrder,
                       List<Integer> ks, Thresholds thresholds, ExciteSettings settings,
                       Map<String, Object> provenance) {

        public Plan {
            ks = List.copyOf(ks);
            provenance = new LinkedHashMap<>(provenance);
            if (ks.isEmpty()) {
                throw new IllegalArgumentException("no modes to excite");
            }
        }
    }

    /** Told about every mode as soon as it is on disk (a test may throw here to simulate a kill). */
    public interface Listener {
        void finished(ModeResult result) throws Exception;

        Listener NONE = r -> {};
    }

    /**
     * @param computed modes computed in this session (the others came from the journal)
     * @param wallSeconds this session's wall time
     */
    public record Report(Path dir, int workers, int session, int computed, double wallSeconds,
                         List<ModeResult> results, TransitionGroups groups, double onsetTemperature) {}

    private final Plan plan;

    public ExciteRun(Plan plan) {
        this.plan = plan;
    }

    public Report run(Path dir, int workers, Listener listener) throws Exception {
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workers);
        }
        long start = System.nanoTime();
        Files.createDirectories(dir);
        RunManifest.claim(dir, fingerprintInputs());
        FinalStates states = new FinalStates(dir);
        List<ModeResult> results;
        int session;
        int computed;
        try (Journal journal = Journal.open(dir)) {
            session = journal.nextSession();
            Map<Integer, ModeResult> done = new HashMap<>();
            for (ModeResult r : journal.records()) {
                done.put(r.k(), r);
            }
            Queue<Integer> pending = new ConcurrentLinkedQueue<>();
            for (int k : plan.ks()) {
                if (!done.containsKey(k)) {
                    pending.add(k);
                }
            }
            computed = pending.size();
            if (!pending.isEmpty()) {
                runWorkers(dir, Math.min(workers, pending.size()), pending, journal, states, session, listener);
            }
            results = new ArrayList<>();
            for (ModeResult r : journal.records()) {
                if (plan.ks().contains(r.k())) {
                    results.add(r);
                }
            }
        }
        results.sort(Comparator.comparingInt(ModeResult::k));
        OutputFiles out = new OutputFiles(plan, dir, states);
        TransitionGroups groups = out.writeAll(results, workers, session, (System.nanoTime() - start) * 1e-9);
        double tc = OutputFiles.onsetTemperature(results);
        return new Report(dir, workers, session, computed, (System.nanoTime() - start) * 1e-9, results, groups, tc);
    }

    private void runWorkers(Path dir, int workers, Queue<Integer> pending, Journal journal, FinalStates states,
                            int session, Listener listener) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Object lock = new Object();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Path log = dir.resolve("lammps").resolve("worker-" + w + ".log");
            Thread t = Thread.ofPlatform().name("excite-worker-" + w).unstarted(() -> {
                try (Relaxer relaxer = Relaxer.open(plan.reference(), plan.settings().fire(), plan.thresholds(), log);
                     ModeExcitation excitation = new ModeExcitation(relaxer, plan.settings(), plan.thresholds())) {
                    Integer k;
                    while (!stop.get() && (k = pending.poll()) != null) {
                        relaxer.restartLog();
                        try (Arena arena = Arena.ofConfined()) {
                            ModeOutcome o = excite(excitation, k, session, arena);
                            synchronized (lock) {
                                if (stop.get()) {
                                    return;
                                }
                                if (o.finalState() != null) {
                                    states.write(k, o.finalState());
                                }
                                journal.append(o.result());
                                listener.finished(o.result());
                            }
                        }
                    }
                } catch (Throwable e) {
                    stop.set(true);
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        Throwable f = failure.get();
        if (f instanceof Exception e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
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
                    (System.nanoTime() - start) * 1e-9, 0, session);
            return new ModeOutcome(r, null);
        }
    }

    /** What the results depend on: run.json's inputs. */
    private Map<String, Object> fingerprintInputs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "modekick excite 1");
        Reference ref = plan.reference();
        MessageDigest positions = RunManifest.digest();
        RunManifest.update(positions, ref.positions());
        m.put("glass_sha256", plan.provenance().getOrDefault("glass_sha256", ""));
        m.put("r0_sha256", java.util.HexFormat.of().formatHex(positions.digest()));
        m.put("box", ref.structure().box().toString());
        m.put("N", ref.particles());
        m.put("force_field", ref.forceField().lammpsCommands());
        m.put("masses", Arrays.toString(ref.masses()));
        MessageDigest modes = RunManifest.digest();
        for (int k : plan.ks()) {
            modes.update(Long.toString(Double.doubleToLongBits(plan.modes().mode(k).lambda())).getBytes());
            RunManifest.update(modes, plan.modes().mode(k).vector());
        }
        m.put("modes", plan.ks());
        m.put("modes_sha256", java.util.HexFormat.of().formatHex(modes.digest()));
        ExciteSettings s = plan.settings();
        m.put("a_min", s.aMin());
        m.put("a_max", s.aMax());
        m.put("scan_factor", s.scanFactor());
        m.put("precision", s.precision());
        m.put("early_stop", s.earlyStop());
        m.put("fire", s.fire().toString());
        m.put("thresholds", plan.thresholds().toString());
        return m;
    }
}
