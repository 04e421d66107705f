package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.lammps.FireSettings;
import org.modekick.potential.ForceField;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.potential.PairForces;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;
import org.modekick.testing.Glasses;
import org.modekick.testing.SmallGlass;

class RelaxerTest {

    @TempDir
    static Path dir;
    static Arena arena;
    static SmallGlass glass;

    @BeforeAll
    static void glass() throws Exception {
        arena = Arena.ofShared(); // lives as long as the test JVM: the segments are read from worker threads
        glass = SmallGlass.harmonic(dir, 500, 3, 3, arena);
    }

    private static FireSettings fire() {
        return glass.settings(true).fire();
    }

    @AfterAll
    static void close() {
        arena.close();
    }

    /** r0 + A sqrt(N) e_k. */
    private static MemorySegment kick(int k, double amplitude) {
        return glass.kick(k, amplitude, arena);
    }

    private static MemorySegment relaxed(Relaxer r, MemorySegment start, boolean early) {
        return new ParticleVector(r.relax(start, early).positions()).copy(arena).segment();
    }

    /** Thresholds that never stop a relaxation: delta ~ 0 and Phi0 - m far below any energy. */
    private static Thresholds never() {
        Thresholds t = glass.thresholds();
        return new Thresholds(t.forceTolerance(), t.initialForce(), 1e300, t.safety(), -1e200);
    }

    @Test
    void fixHaltOnlyObserves() {
        try (Relaxer r = Relaxer.open(glass.reference(), fire(), never(), dir.resolve("observe.log"))) {
            MemorySegment start = kick(1, 3e-3);
            Relaxation plain = r.relax(start, false);
            ParticleVector a = new ParticleVector(plain.positions()).copy(arena);
            Relaxation watched = r.relax(start, true);
            assertEquals(Relaxation.Ending.CONVERGED, watched.ending());
            assertEquals(plain.iterations(), watched.iterations());
            assertEquals(-1, a.segment().mismatch(watched.positions()), "the same trajectory, bit for bit");
        }
    }

    @Test
    void returningKickStopsOnceBackAndTheDecisionHolds() {
        try (Relaxer r = Relaxer.open(glass.reference(), fire(), glass.thresholds(), dir.resolve("back.log"))) {
            MemorySegment start = kick(1, 1e-3);
            Relaxation full = r.relax(start, false);
            assertEquals(Relaxation.Ending.CONVERGED, full.ending());
            assertTrue(full.distance() < glass.thresholds().returned(), "returns: " + full);
            Relaxation early = r.relax(start, true);
            assertTrue(early.ending() == Relaxation.Ending.BACK || early.ending() == Relaxation.Ending.CONVERGED, early.toString());
            assertTrue(early.distance() < glass.thresholds().returned(), early.toString());
            assertTrue(early.iterations() <= full.iterations(), early + " vs " + full);
        }
    }

    @Test
    void transitionBelowPhi0StopsEarlyAndIsConfirmedByFullRelaxation() {
        try (Relaxer r = Relaxer.open(glass.reference(), fire(), glass.thresholds(), dir.resolve("away.log"))) {
            Thresholds t = glass.thresholds();
            int found = 0;
            for (int k = 1; k <= 3; k++) {
                MemorySegment start = kick(k, 0.08);
                Relaxation full = r.relax(start, false);
                Relaxation early = r.relax(start, true);
                if (full.ending() == Relaxation.Ending.CONVERGED && full.energy() < t.transitionedBelow()) {
                    found++;
                    assertEquals(Relaxation.Ending.AWAY, early.ending(), "mode " + k);
                    assertTrue(early.iterations() < full.iterations(), early + " vs " + full);
                    assertTrue(early.energy() < t.transitionedBelow());
                } else {
                    assertTrue(early.ending() != Relaxation.Ending.AWAY, "mode " + k + ": " + early);
                }
            }
            assertTrue(found > 0, "no kick of this glass ends below Phi0: choose another seed");
        }
    }

    /** Results depend only on the kicked state: not on what the instance did before, nor on other threads. */
    @Test
    void concurrentInstancesAndAnyHistoryGiveIdenticalResults() throws Exception {
        List<MemorySegment> kicks = List.of(kick(2, 2e-2), kick(1, 5e-3), kick(3, 6e-2));
        List<MemorySegment> sequential = new ArrayList<>();
        try (Relaxer r = Relaxer.open(glass.reference(), fire(), glass.thresholds(), dir.resolve("seq.log"))) {
            for (MemorySegment k : kicks) {
                sequential.add(relaxed(r, k, true));
            }
        }
        // the last kick alone in a fresh instance: no history
        try (Relaxer r = Relaxer.open(glass.reference(), fire(), glass.thresholds(), dir.resolve("fresh.log"))) {
            assertEquals(-1, sequential.get(2).mismatch(relaxed(r, kicks.get(2), true)));
        }
        // two instances in two threads at once, in opposite orders
        List<List<MemorySegment>> out = List.of(new ArrayList<>(), new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().start(() -> {
                try (Relaxer r = Relaxer.open(glass.reference(), fire(), glass.thresholds(),
                        dir.resolve("thread-" + worker + ".log"))) {
                    for (int i = 0; i < kicks.size(); i++) {
                        int j = worker == 0 ? i : kicks.size() - 1 - i;
                        out.get(worker).add(relaxed(r, kicks.get(j), true));
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < kicks.size(); i++) {
            assertEquals(-1, sequential.get(i).mismatch(out.get(0).get(i)), "thread 0, kick " + i);
            assertEquals(-1, sequential.get(i).mismatch(out.get(1).get(kicks.size() - 1 - i)), "thread 1, kick " + i);
        }
    }

    /** Two particles that trade places: a minimum already, |dr| of order sigma, and the same structure. */
    @Test
    void swappedNeighboursRelaxToTheSameStructureRelabelled() {
        Reference ref = glass.reference();
        ParticleVector start = new ParticleVector(ref.positions()).copy(arena);
        int a = 0;
        int b = nearestNeighbour(ref.structure(), a);
        for (int c = 0; c < 3; c++) {
            start.set(3L * a + c, ref.structure().x(b, c));
            start.set(3L * b + c, ref.structure().x(a, c));
        }
        try (Relaxer r = Relaxer.open(ref, fire(), glass.thresholds(), dir.resolve("swap.log"))) {
            Relaxation x = r.relax(start.segment(), true);
            assertEquals(Relaxation.Ending.CONVERGED, x.ending());
            assertTrue(x.distance() > 0.5, "labelled |dr|: " + x.distance());
            assertEquals(ref.energy(), x.energy(), 1e-12 * Math.abs(ref.energy()));
            StructureMatch m = StructureMatch.compare(ref.structure().box(), ref.positions(), x.positions(),
                    glass.thresholds().same());
            assertEquals(StructureMatch.Kind.RELABELLED, m.kind());
            assertEquals(2, m.relabelled());
        }
    }

    private static int nearestNeighbour(Configuration c, int i) {
        int best = -1;
        double min = Double.MAX_VALUE;
        for (int j = 0; j < c.size(); j++) {
            if (j == i) {
                continue;
            }
            double s = 0;
            for (int a = 0; a < 3; a++) {
                double d = c.box().minimumImage(c.x(i, a) - c.x(j, a), a);
                s += d * d;
            }
            if (s < min) {
                min = s;
                best = j;
            }
        }
        return best;
    }

    /** A state whose largest force exceeds 0.5 dmax / dt^2 is relaxed in two stages, and converges. */
    @Test
    void largeForcesGetAReducedFirstStage() {
        try (Arena local = Arena.ofConfined()) {
            Configuration c = Glasses.jitteredLattice(local, 8, 0.997, 0.05, 4);
            ForceField ff = ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5));
            Reference ref = Reference.of(c, ff, new double[] {1}, dir.resolve("lj-ref.log"), local);
            FireSettings fire = FireSettings.lennardJones().withMaxIterations(100_000);
            Thresholds t = Thresholds.derive(fire.forceTolerance(), ref.forceNorm(), 1.0, ref.energy());
            ParticleVector start = new ParticleVector(ref.positions()).copy(local);
            // particle 0 towards its neighbour along x to 0.7 sigma: LJ force ~ 4700 > 0.5 dmax / dt^2 = 2000
            int b = nearestNeighbour(ref.structure(), 0);
            double[] d = new double[3];
            double r = 0;
            for (int a = 0; a < 3; a++) {
                d[a] = ref.structure().box().minimumImage(ref.structure().x(b, a) - ref.structure().x(0, a), a);
                r += d[a] * d[a];
            }
            r = Math.sqrt(r);
            for (int a = 0; a < 3; a++) {
                start.set(a, ref.structure().x(0, a) + d[a] * (r - 0.7) / r);
            }
            ParticleVector f = ParticleVector.allocate(local, c.size());
            PairForces.compute(ref.structure().withPositions(start.segment()), ff, f.segment());
            double fmax = 0;
            for (long k = 0; k < 3L * c.size(); k++) {
                fmax = Math.max(fmax, Math.abs(f.get(k)));
            }
            assertTrue(fmax > 0.5 * fire.dmax() / (fire.timestep() * fire.timestep()), "fmax " + fmax);
            try (Relaxer relaxer = Relaxer.open(ref, fire, t, dir.resolve("lj.log"))) {
                Relaxation x = relaxer.relax(start.segment(), false);
                assertEquals(2, x.minimizations());
                assertEquals(Relaxation.Ending.CONVERGED, x.ending(), x.toString());
            }
        }
    }
}
