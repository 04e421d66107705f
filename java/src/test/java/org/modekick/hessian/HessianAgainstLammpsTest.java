package org.modekick.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.system.Configuration;
import org.modekick.testing.Glasses;

/**
 * The analytic Hessian against central finite differences of the forces LAMMPS computes, at a
 * FIRE-relaxed configuration (the state the modes are computed at).
 */
class HessianAgainstLammpsTest {

    @TempDir
    Path dir;

    private void compare(Configuration initial, ForceField field, FireSettings fire, double step, double tolerance) {
        int n = initial.size();
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("fd.log"))) {
            lammps.define(initial, field, new double[] {1.0});
            assertTrue(lammps.minimize(fire).converged());
            MemorySegment x = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            lammps.gatherPositions(x);
            Configuration relaxed = initial.withPositions(x);
            double[][] h = new HessianBuilder(relaxed, field).build(arena).toDense();

            MemorySegment moved = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            MemorySegment plus = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            MemorySegment minus = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * n);
            double scale = 0;
            for (double[] row : h) {
                for (double v : row) {
                    scale = Math.max(scale, Math.abs(v));
                }
            }
            double worst = 0;
            for (int col = 0; col < 3 * n; col++) {
                moved.copyFrom(x);
                double x0 = x.getAtIndex(ValueLayout.JAVA_DOUBLE, col);
                moved.setAtIndex(ValueLayout.JAVA_DOUBLE, col, x0 + step);
                lammps.scatterPositions(moved);
                lammps.evaluate();
                lammps.gatherForces(plus);
                moved.setAtIndex(ValueLayout.JAVA_DOUBLE, col, x0 - step);
                lammps.scatterPositions(moved);
                lammps.evaluate();
                lammps.gatherForces(minus);
                for (int row = 0; row < 3 * n; row++) {
                    // H = -dF/dx
                    double fd = -(plus.getAtIndex(ValueLayout.JAVA_DOUBLE, row) - minus.getAtIndex(ValueLayout.JAVA_DOUBLE, row)) / (2 * step);
                    worst = Math.max(worst, Math.abs(fd - h[row][col]));
                }
            }
            System.out.printf("Hessian vs LAMMPS finite differences: max abs error %.3e, max |H| %.3e%n", worst, scale);
            assertTrue(worst < tolerance * scale, "largest |H - FD| = " + worst + " against max |H| = " + scale);
            assertEquals(0.0, worst / scale, tolerance);
        }
    }

    @Test
    void harmonicGlassHessianEqualsFiniteDifferencesOfLammpsForces() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 250, 0.73, 31);
            compare(c, ForceField.single(new HarmonicContact(1.0, 1.0)), FireSettings.harmonic(), 1e-6, 1e-7);
        }
    }

    @Test
    void ljGlassHessianEqualsFiniteDifferencesOfLammpsForces() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.jitteredLattice(arena, 6, 0.997, 0.2, 32);
            compare(c, ForceField.single(new LennardJonesSmoothLinear(1.0, 1.0, 2.5)), FireSettings.lennardJones(), 1e-6, 1e-7);
        }
    }
}
