package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.eigen.EigenSolver;
import org.modekick.hessian.HessianBuilder;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.potential.PairForces;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;
import org.modekick.testing.Glasses;

/** The whole harmonic analysis (Hessian, SLEPc, observables) on systems whose answer is known. */
class ModeAnalysisTest {

    @TempDir
    Path dir;

    private Configuration relaxed(Configuration c, ForceField field, Arena arena) {
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("relax.log"))) {
            lammps.define(c, field, new double[] {1.0});
            assertTrue(lammps.minimize(FireSettings.harmonic()).converged());
            MemorySegment x = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * c.size());
            lammps.gatherPositions(x);
            return c.withPositions(x);
        }
    }

    /** The lowest 50 eigenpairs of a small glass's Hessian equal a dense solver's (EJML). */
    @Test
    void lowestModesOfASmallGlassEqualTheDenseSolvers() {
        try (Arena arena = Arena.ofShared()) {
            ForceField field = ForceField.single(new HarmonicContact(1.0, 1.0));
            Configuration glass = relaxed(Glasses.randomAtPackingFraction(arena, 150, 0.73, 41), field, arena);
            int n3 = 3 * glass.size();
            double[][] h = new HessianBuilder(glass, field).build(arena).toDense();
            DMatrixRMaj m = new DMatrixRMaj(h);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n3, true, true);
            assertTrue(eig.decompose(m));
            Integer[] order = new Integer[n3];
            for (int i = 0; i < n3; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(a).real, eig.getEigenvalue(b).real));
            double scale = Math.abs(eig.getEigenvalue(order[n3 - 1]).real);
            for (int z = 0; z < 3; z++) {
                assertEquals(0.0, eig.getEigenvalue(order[z]).real, 1e-10 * scale, "translation " + z);
            }

            ModeAnalysisResult r = new ModeAnalysis(glass, field, new EigenSolver(), 100)
                    .compute(new ModeSelection.Lowest(50), arena);
            assertEquals(50, r.count());
            for (int k = 1; k <= 50; k++) {
                double dense = eig.getEigenvalue(order[k + 2]).real;
                assertEquals(dense, r.modes().mode(k).lambda(), 1e-10 * Math.abs(dense), "lambda_" + k);
            }
            for (int k = 1; k <= 50; k++) {
                for (int l = k; l <= 50; l++) {
                    double dot = dot(r.modes().mode(k).vector(), r.modes().mode(l).vector());
                    assertEquals(k == l ? 1.0 : 0.0, dot, 1e-10, "e_" + k + " . e_" + l);
                }
                // non-degenerate modes equal the dense eigenvector up to sign
                double lambda = r.modes().mode(k).lambda();
                boolean isolated = (k == 1 || lambda - r.modes().mode(k - 1).lambda() > 1e-6 * scale)
                        && (k == 50 || r.modes().mode(k + 1).lambda() - lambda > 1e-6 * scale);
                if (isolated) {
                    DMatrixRMaj v = eig.getEigenVector(order[k + 2]);
                    double overlap = 0, norm = 0;
                    for (int i = 0; i < n3; i++) {
                        overlap += v.get(i) * r.modes().mode(k).vector().getAtIndex(ValueLayout.JAVA_DOUBLE, i);
                        norm += v.get(i) * v.get(i);
                    }
                    assertEquals(1.0, Math.abs(overlap) / Math.sqrt(norm), 1e-8, "eigenvector " + k);
                }
            }
            assertTrue(r.maxResidual() < 1e-8, "residual " + r.maxResidual());
        }
    }

    /**
     * A perfect LJ FCC crystal at zero pressure: its lowest modes are the [100]-type phonons with
     * q = 2 pi / L, 12 transverse ones at c_T q and 6 longitudinal at c_L q, where rho c_T^2 = C44 and
     * rho c_L^2 = C11 come from finite strains of the energy (at zero stress, Born terms alone).
     */
    @Test
    void fccCrystalModesArePhononsAtTheElasticFrequencies() {
        try (Arena arena = Arena.ofShared()) {
            ForceField field = ForceField.single(new LennardJonesSmoothLinear(1.0, 1.0, 2.5));
            int cells = 7;
            double a = zeroPressureLatticeConstant(field, arena);
            Configuration fcc = fcc(arena, cells, a);
            double volume = fcc.box().volume();
            double rho = fcc.size() / volume;
            double c11 = strainStiffness(fcc, field, arena, 0, 0) / volume;
            double c44 = strainStiffness(fcc, field, arena, 0, 1) / volume;
            double q = 2 * Math.PI / fcc.box().lx();
            double omegaT = Math.sqrt(c44 / rho) * q;
            double omegaL = Math.sqrt(c11 / rho) * q;

            ModeAnalysisResult r = new ModeAnalysis(fcc, field, new EigenSolver(), 100)
                    .compute(new ModeSelection.Lowest(18), arena);
            double[] omega = r.modes().omegas();
            Arrays.sort(omega);
            for (int k = 0; k < 12; k++) {
                // lattice dispersion lowers omega below c q by about (q a)^2 / 24 ~ 3% here
                assertEquals(omegaT, omega[k], 0.05 * omegaT, "transverse mode " + (k + 1));
                assertEquals(omega[0], omega[k], 1e-8 * omega[0], "12 degenerate transverse modes");
            }
            for (int k = 12; k < 18; k++) {
                assertEquals(omegaL, omega[k], 0.05 * omegaL, "longitudinal mode " + (k + 1));
            }
            for (int k = 0; k < 18; k++) {
                assertEquals(1.0, r.phononOrder()[k], 1e-6, "O of a crystal phonon");
                assertEquals(2.0 / 3.0, r.participation()[k], 0.2, "P of a plane wave");
            }
        }
    }

    /** Section II.B: quasi-localised modes (small P) appear below the boson peak of a glass. */
    @Test
    void glassHasQuasiLocalisedModesBelowTheBosonPeak() throws Exception {
        ModelSystem system = ModelSystem.HARMONIC;
        Path data = dir.resolve("glass.data");
        new GlassPreparation(system, system.fireSettings(), Map.of()).run(MpiRuntime.self(), 1000, 2, data);
        try (Arena arena = Arena.ofShared()) {
            Configuration glass = DataFile.read(data, arena).configuration();
            ModeAnalysisResult r = new ModeAnalysis(glass, system.forceField(), new EigenSolver(), 100)
                    .compute(new ModeSelection.BelowBosonPeak(), arena);
            assertNotNull(r.bosonPeak());
            double omegaBp = r.bosonPeak().omega();
            assertTrue(r.modes().mode(r.count()).omega() <= omegaBp);
            double smallestP = Arrays.stream(r.participation()).min().orElseThrow();
            assertTrue(smallestP < 0.1, "smallest P below omega_BP = " + smallestP);
            assertTrue(r.fit().debyeLevel() > 0, "Debye level " + r.fit().debyeLevel());
        }
    }

    private static double dot(MemorySegment x, MemorySegment y) {
        double s = 0;
        for (long i = 0; i < x.byteSize() / 8; i++) {
            s += x.getAtIndex(ValueLayout.JAVA_DOUBLE, i) * y.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
        }
        return s;
    }

    private static Configuration fcc(Arena arena, int cells, double a) {
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        Configuration c = Configuration.allocate(arena, Box.cube(cells * a), 1, 4 * cells * cells * cells);
        int i = 0;
        for (int x = 0; x < cells; x++) {
            for (int y = 0; y < cells; y++) {
                for (int z = 0; z < cells; z++) {
                    for (double[] b : basis) {
                        c.setX(i, 0, (x + b[0] + 0.25) * a);
                        c.setX(i, 1, (y + b[1] + 0.25) * a);
                        c.setX(i, 2, (z + b[2] + 0.25) * a);
                        i++;
                    }
                }
            }
        }
        return c;
    }

    /** Bisection on the lattice constant for zero pressure of the FCC crystal. */
    private static double zeroPressureLatticeConstant(ForceField field, Arena arena) {
        double lo = 1.45, hi = 1.75;
        for (int it = 0; it < 60; it++) {
            double mid = 0.5 * (lo + hi);
            double p = PairForces.compute(fcc(arena, 4, mid), field, null).pressure();
            if (p > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * d^2 E / d eps^2 for the homogeneous strain x_i -> x_i + eps x_j (i = j: uniaxial, i != j: simple
     * shear), box deformed with it, by a 5-point central difference.
     */
    private static double strainStiffness(Configuration c, ForceField field, Arena arena, int i, int j) {
        double h = 1e-4;
        double[] e = new double[5];
        for (int s = -2; s <= 2; s++) {
            e[s + 2] = energyUnderStrain(c, field, arena, i, j, s * h);
        }
        return (-e[0] + 16 * e[1] - 30 * e[2] + 16 * e[3] - e[4]) / (12 * h * h);
    }

    private static double energyUnderStrain(Configuration c, ForceField field, Arena arena, int i, int j, double eps) {
        // a simple shear of a periodic box keeps the box orthogonal only if applied to the
        // coordinates with the periodic image of each pair: evaluate pairs in the unstrained box,
        // then strain the separation vectors.
        double[] energy = {0};
        org.modekick.system.CellList.forEachPair(c, field.maxCutoff() * 1.01, (p, q, dx, dy, dz, r2) -> {
            double[] d = {dx, dy, dz};
            d[i] += eps * d[j];
            double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
            var pot = field.pair(c.type(p), c.type(q));
            if (r < pot.cutoff()) {
                energy[0] += pot.phi(r);
            }
        });
        return energy[0];
    }
}
