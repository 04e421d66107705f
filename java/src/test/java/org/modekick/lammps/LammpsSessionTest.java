package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.potential.PairPotential;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.testing.Glasses;

class LammpsSessionTest {

    @TempDir
    Path dir;

    /** Energy, forces and pressure by brute force over all minimum-image pairs. */
    private record Reference(double energy, double[] forces, double pressure) {

        static Reference of(Configuration c, PairPotential p) {
            int n = c.size();
            Box box = c.box();
            double energy = 0;
            double virial = 0;
            double[] f = new double[3 * n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double[] d = new double[3];
                    double r2 = 0;
                    for (int a = 0; a < 3; a++) {
                        d[a] = box.minimumImage(c.x(i, a) - c.x(j, a), a);
                        r2 += d[a] * d[a];
                    }
                    double r = Math.sqrt(r2);
                    if (r >= p.cutoff()) {
                        continue;
                    }
                    energy += p.phi(r);
                    double fr = -p.dphi(r) / r; // force on i along d = r_i - r_j, per unit length
                    for (int a = 0; a < 3; a++) {
                        f[3 * i + a] += fr * d[a];
                        f[3 * j + a] -= fr * d[a];
                    }
                    virial += fr * r2;
                }
            }
            return new Reference(energy, f, virial / (3 * box.volume()));
        }
    }

    private static double[] gatherForces(LammpsSession lammps, Arena arena, int n) {
        MemorySegment f = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
        lammps.gatherForces(f);
        return f.toArray(ValueLayout.JAVA_DOUBLE);
    }

    private void assertLammpsEqualsReference(Configuration c, PairPotential potential, double tolerance) {
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("lammps.log"))) {
            lammps.define(c, ForceField.single(potential), new double[] {1.0});
            lammps.evaluate();
            Reference ref = Reference.of(c, potential);
            assertEquals(ref.energy(), lammps.potentialEnergy(), tolerance * Math.abs(ref.energy()), "energy");
            // LAMMPS's pressure is (N T + W) / (3V) with T of the (zero) velocities
            assertEquals(ref.pressure(), lammps.pressure(), tolerance * Math.abs(ref.pressure()), "pressure");
            double[] f = gatherForces(lammps, arena, c.size());
            double scale = 0;
            for (double v : ref.forces()) {
                scale = Math.max(scale, Math.abs(v));
            }
            for (int k = 0; k < f.length; k++) {
                assertEquals(ref.forces()[k], f[k], tolerance * scale, "force component " + k);
            }
        }
    }

    @Test
    void harmonicContactStyleEqualsJavaPotential() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 300, 0.73, 11);
            assertLammpsEqualsReference(c, new HarmonicContact(1.0, 1.0), 1e-12);
        }
    }

    @Test
    void harmonicContactStyleWithOtherCoefficientsEqualsJavaPotential() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 250, 0.6, 12);
            assertLammpsEqualsReference(c, new HarmonicContact(2.5, 1.3), 1e-12);
        }
    }

    @Test
    void ljSmoothLinearEqualsJavaPotential() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.jitteredLattice(arena, 7, 0.997, 0.15, 13);
            assertLammpsEqualsReference(c, new LennardJonesSmoothLinear(1.0, 1.0, 2.5), 1e-12);
        }
    }

    /** The compiled style against Eq. (1) written out here, independent of the Java potential classes. */
    @Test
    void harmonicContactEnergyIsEquationOne() {
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("eq1.log"))) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 200, 0.73, 5);
            lammps.define(c, ForceField.single(new HarmonicContact(1.0, 1.0)), new double[] {1.0});
            lammps.evaluate();
            double expected = 0;
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    double r2 = 0;
                    for (int a = 0; a < 3; a++) {
                        double d = c.box().minimumImage(c.x(i, a) - c.x(j, a), a);
                        r2 += d * d;
                    }
                    double r = Math.sqrt(r2);
                    if (r < 1.0) {
                        expected += 0.5 * (1 - r) * (1 - r);
                    }
                }
            }
            assertTrue(expected > 1, "the random configuration has overlaps");
            assertEquals(expected, lammps.potentialEnergy(), 1e-14 * expected);
        }
    }

    @Test
    void scatterThenGatherReturnsThePositions() {
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("scatter.log"))) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 100, 0.5, 3);
            lammps.define(c, ForceField.single(new HarmonicContact(1.0, 1.0)), new double[] {1.0});
            MemorySegment x = arena.allocate(ValueLayout.JAVA_DOUBLE, 300);
            lammps.gatherPositions(x);
            for (int k = 0; k < 300; k++) {
                assertEquals(c.positions().getAtIndex(ValueLayout.JAVA_DOUBLE, k), x.getAtIndex(ValueLayout.JAVA_DOUBLE, k));
            }
            x.setAtIndex(ValueLayout.JAVA_DOUBLE, 7, 1.25);
            lammps.scatterPositions(x);
            MemorySegment y = arena.allocate(ValueLayout.JAVA_DOUBLE, 300);
            lammps.gatherPositions(y);
            assertEquals(1.25, y.getAtIndex(ValueLayout.JAVA_DOUBLE, 7));
            assertEquals(c.box(), lammps.box());
            assertEquals(100, lammps.atomCount());
            assertThrows(IllegalArgumentException.class, () -> lammps.scatterPositions(arena.allocate(ValueLayout.JAVA_DOUBLE, 299)));
        }
    }

    @Test
    void fireMinimisationConvergesAndCountsIterations() {
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("fire.log"))) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 300, 0.73, 21);
            lammps.define(c, ForceField.single(new HarmonicContact(1.0, 1.0)), new double[] {1.0});
            MinimizationResult result = lammps.minimize(FireSettings.harmonic().withForceTolerance(1e-9));
            assertTrue(result.converged(), result.toString());
            assertTrue(result.forceNorm() < 1e-9);
            assertTrue(result.iterations() > 10, result.toString());
            // LAMMPS's fnorm equals the norm of the gathered forces
            double[] f = gatherForces(lammps, arena, 300);
            double norm = 0;
            for (double v : f) {
                norm += v * v;
            }
            assertEquals(result.forceNorm(), Math.sqrt(norm), 1e-6 * result.forceNorm() + 1e-15);

            MinimizationResult capped = lammps.minimize(FireSettings.harmonic().withForceTolerance(1e-30).withMaxIterations(5));
            assertEquals(false, capped.converged());
            assertThrows(MinimizationNotConvergedException.class, () -> capped.requireConverged("capped"));
        }
    }
}
