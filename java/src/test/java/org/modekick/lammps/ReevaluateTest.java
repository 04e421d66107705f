package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.AnalyticInteraction;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.Interaction;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.potential.PotentialFile;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.testing.Glasses;

/**
 * {@link LammpsSession#reevaluate} (run 1 pre no) against {@link LammpsSession#evaluate} (run 0 with LAMMPS's full
 * set-up) over the same sequence of positions, in two sessions: small moves that keep the neighbour lists, then a
 * move large enough that a list kept from before would miss pairs now inside the cutoff (so agreement proves the
 * rebuild happened), then small moves around the new state; and the fallback to the full evaluation.
 */
class ReevaluateTest {

    @TempDir
    Path dir;

    @Test
    void harmonicMatchesTheFullEvaluation() {
        Configuration c = Glasses.randomAtPackingFraction(Arena.ofAuto(), 300, 0.73, 3);
        Interaction harmonic = new AnalyticInteraction(ForceField.single(new HarmonicContact(1, 1)), "harmonic");
        compare(c, harmonic, new double[] {1}, 0.3, 1e-14);
    }

    @Test
    void lennardJonesMatchesTheFullEvaluation() {
        Configuration c = Glasses.jitteredLattice(Arena.ofAuto(), 7, 0.997, 0.1, 5);
        Interaction lj = new AnalyticInteraction(ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5)), "lj");
        compare(c, lj, new double[] {1}, 0.3, 1e-14);
    }

    @Test
    void eamMatchesTheFullEvaluation() throws Exception {
        // Cu/Zr on a jittered fcc lattice of 4^3 cells (256 atoms), Angstrom; moves of 0.5 A exceed the 0.3 A skin
        Configuration c = fcc(Arena.ofAuto(), 3.61, 4, 0.1);
        PotentialFile f = PotentialFile.of(dir.resolve("cuzr.pot"), List.of("units metal", "pair_style eam/fs",
                "pair_coeff * * " + PotentialFile.DEBIAN_POTENTIALS.resolve("CuZr_mm.eam.fs") + " Cu Zr"), 2,
                Map.of());
        compare(c, new LammpsInteraction(f, 2, "cuzr"), new double[] {63.546, 91.224}, 0.5, 1e-14);
    }

    /**
     * Two sessions see the same positions; one evaluates in full every time, the other reevaluates. Forces and
     * energies must agree to {@code tolerance} relative (the order of summation may differ after a rebuild).
     */
    private void compare(Configuration c, Interaction interaction, double[] masses, double big, double tolerance) {
        int n = c.size();
        try (Arena arena = Arena.ofConfined();
             LammpsSession full = LammpsSession.open(MpiRuntime.self(), dir.resolve("full.log"));
             LammpsSession cheap = LammpsSession.open(MpiRuntime.self(), dir.resolve("cheap.log"))) {
            full.define(c, interaction, masses);
            cheap.define(c, interaction, masses);
            double cutoff = full.pairCutoff();
            double skin = LammpsSession.skin(interaction.units());
            Box box = c.box();
            double[] x0 = c.positions().toArray(ValueLayout.JAVA_DOUBLE);
            MemorySegment x = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            MemorySegment fFull = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            MemorySegment fCheap = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            SplittableRandom random = new SplittableRandom(11);
            double[] base = x0.clone();
            double worstForce = 0;
            double worstEnergy = 0;
            int shortWays = 0;
            for (int step = 0; step < 8; step++) {
                // steps 0-3 around x0 (1e-3: no rebuild), step 4 the big move, 5-7 around it
                double amplitude = step == 4 ? big : 1e-3;
                double[] now = new double[3 * n];
                for (int j = 0; j < 3 * n; j++) {
                    now[j] = base[j] + amplitude * (2 * random.nextDouble() - 1);
                }
                if (step == 4) {
                    // a list built at x0 (the last build: the small moves stayed within half the skin) must miss
                    // a pair that is now inside the cutoff, or this step would not test the rebuild
                    assertTrue(enteringPairs(box, x0, now, cutoff, skin) > 0, "the big move brings new pairs in");
                    base = now;
                }
                MemorySegment.copy(now, 0, x, ValueLayout.JAVA_DOUBLE, 0, 3 * n);
                full.scatterPositions(x);
                full.evaluate();
                cheap.scatterPositions(x);
                long before = cheap.timestep();
                boolean shortWay = cheap.reevaluate();
                // the first evaluation of a session has nothing to reuse; every later one may take the short way
                assertEquals(step > 0, shortWay, "step " + step);
                assertEquals(before + (shortWay ? 1 : 0), cheap.timestep(), "run 1 advances the timestep");
                if (shortWay) {
                    shortWays++;
                }
                full.gatherForces(fFull);
                cheap.gatherForces(fCheap);
                double scale = 0;
                double diff = 0;
                for (int j = 0; j < 3 * n; j++) {
                    double a = fFull.getAtIndex(ValueLayout.JAVA_DOUBLE, j);
                    scale = Math.max(scale, Math.abs(a));
                    diff = Math.max(diff, Math.abs(a - fCheap.getAtIndex(ValueLayout.JAVA_DOUBLE, j)));
                }
                double e = full.potentialEnergy();
                worstForce = Math.max(worstForce, diff / scale);
                worstEnergy = Math.max(worstEnergy, Math.abs(e - cheap.potentialEnergy()) / Math.abs(e));
                assertTrue(diff <= tolerance * scale, "step " + step + ": forces differ by " + diff + " of " + scale);
                assertEquals(e, cheap.potentialEnergy(), tolerance * Math.abs(e), "energy, step " + step);
                assertEquals(full.pressure(), cheap.pressure(), tolerance * Math.abs(full.pressure()) + 1e-300,
                        "pressure, step " + step);
                // the atoms stay where they were put (no fix integrates the step)
                double[] back = new double[3 * n];
                cheap.gatherPositions(fCheap);
                MemorySegment.copy(fCheap, ValueLayout.JAVA_DOUBLE, 0, back, 0, 3 * n);
                for (int j = 0; j < 3 * n; j++) {
                    assertEquals(0, box.minimumImage(back[j] - now[j], j % 3), 1e-12, "atoms did not move");
                }
            }
            assertEquals(7, shortWays);
            System.out.printf("reevaluate %s N=%d: max |dF|/max|F| = %.1e, |dE|/|E| = %.1e%n",
                    interaction.lammpsCommands().getFirst(), n, worstForce, worstEnergy);
        }
    }

    @Test
    void fallsBackToTheFullEvaluationAfterACommandOrWithAFix() {
        Configuration c = Glasses.jitteredLattice(Arena.ofAuto(), 5, 0.997, 0.1, 9);
        int n = c.size();
        Interaction lj = new AnalyticInteraction(ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5)), "lj");
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("fallback.log"))) {
            lammps.define(c, lj, new double[] {1});
            assertFalse(lammps.reevaluate(), "nothing evaluated yet");
            assertTrue(lammps.reevaluate());
            // reset_timestep: run 1 pre no after it would end the process ("Energy was not tallied on needed timestep")
            lammps.command("reset_timestep 0");
            assertFalse(lammps.reevaluate(), "a command came after the last evaluation");
            assertEquals(0, lammps.timestep());
            assertTrue(lammps.reevaluate());
            // fix nve would integrate the step of run 1 and move the atoms by dt^2 F / 2m
            MemorySegment before = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            MemorySegment after = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            lammps.gatherPositions(before);
            lammps.command("fix modekick_test all nve");
            assertFalse(lammps.reevaluate());
            assertFalse(lammps.reevaluate(), "a fix is defined");
            lammps.gatherPositions(after);
            assertArrayEquals(before.toArray(ValueLayout.JAVA_DOUBLE), after.toArray(ValueLayout.JAVA_DOUBLE));
            lammps.command("unfix modekick_test");
            assertFalse(lammps.reevaluate());
            assertTrue(lammps.reevaluate(), "the fix is gone");
            // a minimisation, a scattered velocity: the next one is full again
            lammps.minimize(FireSettings.lennardJones().withMaxIterations(5));
            assertFalse(lammps.reevaluate());
            lammps.gatherVelocities(after);
            lammps.scatterVelocities(after);
            assertFalse(lammps.reevaluate());
            assertTrue(lammps.reevaluate());
        }
    }

    @Test
    void reevaluationsKeepTheLogSmall() throws Exception {
        // each run 1 wrote ~207 bytes to the log (60 MB over a barriers run): they go to a step log, restarted every
        // STEP_LOG_RUNS runs, and the main log is back in place (appended to) for the next command
        Configuration c = Glasses.jitteredLattice(Arena.ofAuto(), 5, 0.997, 0.1, 9);
        Interaction lj = new AnalyticInteraction(ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5)), "lj");
        Path log = dir.resolve("small.log");
        Path steps;
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
            steps = lammps.stepLogFile();
            lammps.define(c, lj, new double[] {1});
            lammps.evaluate();
            lammps.reevaluate();
            long before = Files.size(log);
            int calls = 2 * LammpsSession.STEP_LOG_RUNS + 500;
            for (int k = 0; k < calls; k++) {
                assertTrue(lammps.reevaluate());
            }
            long grown = Files.size(log) - before;
            System.out.printf("reevaluate: main log +%d bytes over %d calls, step log %d bytes%n", grown, calls,
                    Files.size(steps));
            assertEquals(0, grown, "nothing in the main log while the step log is in place");
            assertTrue(Files.size(steps) < 300L * LammpsSession.STEP_LOG_RUNS, "step log restarted: "
                    + Files.size(steps));
            lammps.command("reset_timestep 0");
        }
        assertFalse(Files.exists(steps), "the step log goes on close");
        String text = Files.readString(log);
        assertTrue(text.contains("\nreset_timestep 0\n"), "the main log takes the next command");
        assertTrue(text.contains("Total wall time"), "LAMMPS's closing lines in the main log");
        assertEquals(1, text.split("small.steps.log", -1).length - 1, "one switch to the step log");
    }

    @Test
    void anInteractionWithItsOwnNeighbourCheckingIsAlwaysEvaluatedInFull() throws Exception {
        // neigh_modify every 10 check no would keep a stale list for nine steps: run 1 pre no could miss pairs
        Configuration c = Glasses.jitteredLattice(Arena.ofAuto(), 5, 0.997, 0.1, 9);
        PotentialFile f = PotentialFile.of(dir.resolve("own.pot"), List.of("pair_style lj/cut 2.5",
                "pair_coeff * * 1 1", "neigh_modify every 10 delay 0 check no"), 1, Map.of());
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("own.log"))) {
            lammps.define(c, new LammpsInteraction(f, 1, "own"), new double[] {1});
            assertFalse(lammps.reevaluate());
            assertFalse(lammps.reevaluate());
        }
    }

    /** Pairs closer than the cutoff at {@code now} that were farther than cutoff + skin at {@code built}. */
    private static int enteringPairs(Box box, double[] built, double[] now, double cutoff, double skin) {
        int n = built.length / 3;
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (distance(box, now, i, j) < cutoff && distance(box, built, i, j) > cutoff + skin) {
                    count++;
                }
            }
        }
        return count;
    }

    private static double distance(Box box, double[] x, int i, int j) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            double d = box.minimumImage(x[3 * i + a] - x[3 * j + a], a);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /** An fcc lattice of m^3 cells, spacing a, atoms moved by up to +-jitter per axis, types 1 and 2 at random. */
    private static Configuration fcc(Arena arena, double a, int m, double jitter) {
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        SplittableRandom random = new SplittableRandom(7);
        Configuration c = Configuration.allocate(arena, Box.cube(a * m), 2, 4 * m * m * m);
        int i = 0;
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                for (int z = 0; z < m; z++) {
                    int[] cell = {x, y, z};
                    for (double[] b : basis) {
                        for (int ax = 0; ax < 3; ax++) {
                            c.setX(i, ax, a * (cell[ax] + b[ax]) + jitter * (2 * random.nextDouble() - 1));
                        }
                        c.types().setAtIndex(Configuration.INT, i, 1 + random.nextInt(2));
                        i++;
                    }
                }
            }
        }
        return c;
    }
}
