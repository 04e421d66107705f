package org.modekick.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

class PairForcesTest {

    private static MemorySegment forces(Arena arena, Configuration c) {
        return arena.allocate(Configuration.DOUBLE, 3L * c.size());
    }

    private static double f(MemorySegment forces, int i, int a) {
        return forces.getAtIndex(Configuration.DOUBLE, 3L * i + a);
    }

    @Test
    void threeHarmonicParticlesByHand() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Configuration.allocate(arena, Box.cube(10), 1, 3);
            c.setX(1, 0, 0.8); // 0-1 at 0.8: phi = (1/2)(0.2)^2 = 0.02, phi' = -0.2
            c.setX(2, 1, 0.9); // 0-2 at 0.9: phi = (1/2)(0.1)^2 = 0.005, phi' = -0.1; 1-2 at 1.2 > sigma
            MemorySegment fs = forces(arena, c);
            PairForces.Result r = PairForces.compute(c, TestSystems.HARMONIC, fs);
            assertEquals(0.025, r.energy(), 1e-16);
            double[][] expected = {{-0.2, -0.1, 0}, {0.2, 0, 0}, {0, 0.1, 0}};
            for (int i = 0; i < 3; i++) {
                for (int a = 0; a < 3; a++) {
                    assertEquals(expected[i][a], f(fs, i, a), 1e-16, "force " + i + " " + a);
                }
            }
            // W = -sum phi' r = 0.2 * 0.8 + 0.1 * 0.9
            assertEquals(0.25, r.virial(), 1e-16);
            assertEquals(0.25 / 3000, r.pressure(), 1e-18);
        }
    }

    @Test
    void twoLennardJonesParticlesAcrossThePeriodicBoundary() {
        try (Arena arena = Arena.ofConfined()) {
            Box box = new Box(-3, 4, 0, 7, 0, 7);
            Configuration c = Configuration.allocate(arena, box, 1, 2);
            // the direct separations (6.4, 6.3) exceed half the box; the nearest images are (0.6, 0.7) away
            c.setX(0, 0, -2.95);
            c.setX(1, 0, 3.45);
            c.setX(0, 1, 0.3);
            c.setX(1, 1, 6.6);
            double dx = -2.95 - (3.45 - 7), dy = 0.3 - (6.6 - 7);
            double r = Math.hypot(dx, dy);
            assertTrue(r > 0.5 && r < 2.5);
            double lj = 4 * (Math.pow(r, -12) - Math.pow(r, -6));
            double ljRc = 4 * (Math.pow(2.5, -12) - Math.pow(2.5, -6));
            double dljRc = 4 * (-12 * Math.pow(2.5, -13) + 6 * Math.pow(2.5, -7));
            double dlj = 4 * (-12 * Math.pow(r, -13) + 6 * Math.pow(r, -7));
            MemorySegment fs = forces(arena, c);
            PairForces.Result res = PairForces.compute(c, TestSystems.LJ, fs);
            assertEquals(lj - ljRc - (r - 2.5) * dljRc, res.energy(), 1e-12 * Math.abs(lj));
            double magnitude = -(dlj - dljRc); // along (r_0 - r_1)/r
            assertEquals(magnitude * dx / r, f(fs, 0, 0), 1e-12 * Math.abs(magnitude));
            assertEquals(magnitude * dy / r, f(fs, 0, 1), 1e-12 * Math.abs(magnitude));
            assertEquals(-magnitude * dx / r, f(fs, 1, 0), 1e-12 * Math.abs(magnitude));
            assertEquals(0.0, f(fs, 0, 2), 0);
            assertEquals(magnitude * r, res.virial(), 1e-12 * Math.abs(magnitude));
        }
    }

    /** Forces against minus Richardson-extrapolated central differences of Phi, coordinate by coordinate. */
    @Test
    void forcesAreMinusTheGradientOfTheEnergy() {
        try (Arena arena = Arena.ofConfined()) {
            check(TestSystems.harmonicRandom(arena, 400, 3), TestSystems.HARMONIC, arena);
            check(TestSystems.random(arena, Box.cube(8.5), 2, 400, 5), TestSystems.HARMONIC_BINARY, arena);
            check(TestSystems.ljPerturbedFcc(arena, 4, 0.08, 1, 7), TestSystems.LJ, arena);
            check(TestSystems.ljPerturbedFcc(arena, 4, 0.08, 2, 9), TestSystems.LJ_BINARY, arena);
        }
    }

    private static void check(Configuration c, ForceField ff, Arena arena) {
        MemorySegment fs = forces(arena, c);
        PairForces.compute(c, ff, fs);
        double scale = 0;
        for (int k = 0; k < 3 * c.size(); k++) {
            scale = Math.max(scale, Math.abs(fs.getAtIndex(Configuration.DOUBLE, k)));
        }
        double worst = 0;
        for (int i = 0; i < c.size(); i += 13) {
            for (int a = 0; a < 3; a++) {
                int particle = i;
                int axis = a;
                double x0 = c.x(i, a);
                double fd = -Derivatives.first(x -> {
                    c.setX(particle, axis, x);
                    return PairForces.energy(c, ff);
                }, x0, 1e-5);
                c.setX(i, a, x0);
                double deviation = Math.abs(fd - f(fs, i, a)) / scale;
                worst = Math.max(worst, deviation);
                assertTrue(deviation < 1e-8, "particle " + i + " axis " + a + ": force " + f(fs, i, a)
                        + ", -dPhi/dx " + fd);
            }
        }
        System.out.printf("forces vs -grad Phi: worst deviation %.1e of the largest force%n", worst);
    }

    /** p = -dPhi/dV under uniform scaling of box and positions: an independent check of the virial. */
    @Test
    void pressureIsMinusTheVolumeDerivativeOfTheEnergy() {
        try (Arena arena = Arena.ofConfined()) {
            for (var sys : new Object[][] {
                    {TestSystems.harmonicRandom(arena, 300, 1), TestSystems.HARMONIC},
                    {TestSystems.ljPerturbedFcc(arena, 4, 0.05, 2, 2), TestSystems.LJ_BINARY}}) {
                Configuration c = (Configuration) sys[0];
                ForceField ff = (ForceField) sys[1];
                PairForces.Result r = PairForces.compute(c, ff, null);
                double dPhiDLambda = Derivatives.first(lambda -> PairForces.energy(scaled(c, lambda, arena), ff), 1, 1e-5);
                // V = lambda^3 V0, so dPhi/dV = dPhi/dlambda / (3 V0) at lambda = 1
                double p = -dPhiDLambda / (3 * c.box().volume());
                assertEquals(p, r.pressure(), 1e-8 * Math.abs(p) + 1e-12);
            }
        }
    }

    private static Configuration scaled(Configuration c, double lambda, Arena arena) {
        Box b = c.box();
        Box box = new Box(lambda * b.xlo(), lambda * b.xhi(), lambda * b.ylo(), lambda * b.yhi(),
                lambda * b.zlo(), lambda * b.zhi());
        Configuration s = new Configuration(box, c.atomTypes(), arena.allocate(Configuration.DOUBLE, 3L * c.size()),
                c.types());
        for (int i = 0; i < c.size(); i++) {
            for (int a = 0; a < 3; a++) {
                s.setX(i, a, lambda * c.x(i, a));
            }
        }
        return s;
    }

    @Test
    void translationChangesNeitherEnergyNorForcesAndForcesSumToZero() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestSystems.ljPerturbedFcc(arena, 4, 0.1, 2, 4);
            MemorySegment fs = forces(arena, c);
            PairForces.Result r = PairForces.compute(c, TestSystems.LJ_BINARY, fs);
            double[] sum = new double[3];
            double scale = 0;
            for (int i = 0; i < c.size(); i++) {
                for (int a = 0; a < 3; a++) {
                    sum[a] += f(fs, i, a);
                    scale = Math.max(scale, Math.abs(f(fs, i, a)));
                }
            }
            for (int a = 0; a < 3; a++) {
                assertEquals(0, sum[a], 1e-12 * scale * c.size());
            }
            // shift everything, across the boundaries and out of the box: same energy and forces
            Configuration moved = c.copy(arena);
            double[] shift = {2.3, -4.1, 0.77};
            for (int i = 0; i < c.size(); i++) {
                for (int a = 0; a < 3; a++) {
                    moved.setX(i, a, c.x(i, a) + shift[a]);
                }
            }
            MemorySegment fm = forces(arena, c);
            PairForces.Result rm = PairForces.compute(moved, TestSystems.LJ_BINARY, fm);
            assertEquals(r.energy(), rm.energy(), 1e-11 * Math.abs(r.energy()));
            assertEquals(r.virial(), rm.virial(), 1e-11 * Math.abs(r.virial()));
            for (int k = 0; k < 3 * c.size(); k++) {
                assertEquals(fs.getAtIndex(Configuration.DOUBLE, k), fm.getAtIndex(Configuration.DOUBLE, k), 1e-11 * scale);
            }
        }
    }

    @Test
    void forcesAreOverwrittenAndSizesChecked() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestSystems.harmonicRandom(arena, 50, 8);
            MemorySegment fs = forces(arena, c);
            fs.fill((byte) 0x7f); // garbage
            PairForces.compute(c, TestSystems.HARMONIC, fs);
            MemorySegment clean = forces(arena, c);
            PairForces.compute(c, TestSystems.HARMONIC, clean);
            assertEquals(-1, fs.mismatch(clean));
            assertThrows(IllegalArgumentException.class,
                    () -> PairForces.compute(c, TestSystems.HARMONIC, arena.allocate(Configuration.DOUBLE, 3)));
            Configuration twoTypes = TestSystems.random(arena, Box.cube(5), 2, 10, 1);
            assertThrows(IllegalArgumentException.class, () -> PairForces.energy(twoTypes, TestSystems.HARMONIC));
        }
    }
}
