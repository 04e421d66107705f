package org.modekick.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modekick.hessian.CsrMatrix;

class EigenSolverTest {

    /** 5 x 6 x 7 periodic lattice, anisotropic springs: many 2-, 4- and 8-fold degenerate eigenvalues. */
    static final int[] L = {5, 6, 7};
    static final double[][] K = {{1.0, 1.3, 0.7}, {0.9, 1.1, 1.7}, {1.2, 0.8, 1.05}};
    static final int PARTICLES = 150;

    static Arena arena;
    static CsrMatrix lattice;
    static double[] latticeSpectrum;
    static CsrMatrix network;
    static TestMatrices.Dense networkDense;
    static DeflationSpace latticeTranslations;
    static DeflationSpace networkTranslations;

    @BeforeAll
    static void setUp() {
        arena = Arena.ofShared();
        lattice = TestMatrices.springLattice(L, K).build(arena);
        latticeSpectrum = TestMatrices.springLatticeSpectrum(L, K);
        latticeTranslations = DeflationSpace.translations(arena, L[0] * L[1] * L[2]);
        TestMatrices.Builder b = TestMatrices.randomNetwork(PARTICLES, 4, 42);
        network = b.build(arena);
        networkDense = TestMatrices.dense(b.dense());
        networkTranslations = DeflationSpace.translations(arena, PARTICLES);
    }

    @AfterAll
    static void tearDown() {
        arena.close();
    }

    /** max |<x_i, t>| over eigenvectors and deflation vectors. */
    static double overlapWith(EigenResult r, DeflationSpace space) {
        double worst = 0;
        for (int i = 0; i < r.count(); i++) {
            double[] x = r.eigenvectorArray(i);
            for (int t = 0; t < space.count(); t++) {
                worst = Math.max(worst, Math.abs(TestMatrices.dot(x, space.toArray(t))));
            }
        }
        return worst;
    }

    @Test
    void latticeLowestModesMatchAnalyticSpectrum() {
        int k = 30;
        try (Arena out = Arena.ofConfined()) {
            EigenResult r = new EigenSolver().lowest(lattice, k, latticeTranslations, out);
            assertEquals(k, r.count());
            double worst = 0;
            for (int i = 0; i < k; i++) {
                double exact = latticeSpectrum[i + 3];
                worst = Math.max(worst, Math.abs(r.eigenvalue(i) - exact) / exact);
            }
            double res = TestMatrices.residual(lattice, r);
            double orth = TestMatrices.orthonormalityError(r);
            double overlap = overlapWith(r, latticeTranslations);
            System.out.printf(Locale.ROOT, "lattice n=%d lowest %d: max rel eigenvalue error %.2e, residual %.2e, "
                            + "orthonormality %.2e, overlap with translations %.2e, method %s, %.3f s%n",
                    lattice.rows(), k, worst, res, orth, overlap, r.diagnostics().method(), r.diagnostics().seconds());
            assertTrue(worst < 1e-10, "eigenvalue error " + worst);
            assertTrue(res < 1e-8, "residual " + res);
            assertTrue(orth < 1e-10, "orthonormality " + orth);
            assertTrue(overlap < 1e-10, "overlap with translations " + overlap);
            // 4-fold degenerate levels make single-vector Krylov-Schur miss some: the inertia check catches it.
            assertTrue(r.diagnostics().inertiaCount() >= k + 3);
        }
    }

    @Test
    void latticeSlicingCountsEveryDegenerateMode() {
        double omegaMax = 1.5;
        int expected = 0;
        for (double ev : latticeSpectrum) {
            if (ev > 1e-6 && ev <= omegaMax * omegaMax) {
                expected++;
            }
        }
        try (Arena out = Arena.ofConfined()) {
            EigenResult r = new EigenSolver().belowFrequency(lattice, omegaMax, out);
            assertEquals(expected, r.count());
            double worst = 0;
            for (int i = 0; i < r.count(); i++) {
                worst = Math.max(worst, Math.abs(r.eigenvalue(i) - latticeSpectrum[i + 3]) / latticeSpectrum[i + 3]);
            }
            double orth = TestMatrices.orthonormalityError(r);
            System.out.printf(Locale.ROOT, "lattice slicing omega<=%.2f: %d modes (analytic %d), max rel error %.2e, "
                    + "orthonormality %.2e, %.3f s%n", omegaMax, r.count(), expected, worst, orth,
                    r.diagnostics().seconds());
            assertTrue(worst < 1e-10, "eigenvalue error " + worst);
            assertTrue(orth < 1e-10);
            assertTrue(r.eigenvalue(r.count() - 1) <= omegaMax * omegaMax);
        }
    }

    @Test
    void networkLowestModesMatchDenseSolver() {
        int k = 50;
        try (Arena out = Arena.ofConfined()) {
            EigenResult r = new EigenSolver().lowest(network, k, networkTranslations, out);
            assertEquals(k, r.count());
            double[] dv = networkDense.values();
            assertTrue(Math.abs(dv[2]) < 1e-12 * dv[dv.length - 1] && dv[3] > 1e-6, "null space is 3-dimensional");
            double worstValue = 0, worstVector = 0;
            for (int i = 0; i < k; i++) {
                double exact = dv[i + 3];
                worstValue = Math.max(worstValue, Math.abs(r.eigenvalue(i) - exact) / exact);
                double gap = Math.min(Math.abs(dv[i + 3] - dv[i + 2]), Math.abs(dv[i + 4] - dv[i + 3])) / exact;
                if (gap > 1e-6) {
                    double[] x = r.eigenvectorArray(i);
                    double[] y = networkDense.vectors()[i + 3];
                    double sign = Math.signum(TestMatrices.dot(x, y));
                    for (int j = 0; j < x.length; j++) {
                        worstVector = Math.max(worstVector, Math.abs(x[j] - sign * y[j]));
                    }
                }
            }
            double orth = TestMatrices.orthonormalityError(r);
            System.out.printf(Locale.ROOT, "network n=%d lowest %d: max rel eigenvalue error %.2e, max |x - y| %.2e, "
                            + "orthonormality %.2e, residual %.2e (SLEPc %.2e), method %s, %.3f s%n",
                    network.rows(), k, worstValue, worstVector, orth, TestMatrices.residual(network, r),
                    r.maxResidual(), r.diagnostics().method(), r.diagnostics().seconds());
            assertTrue(worstValue < 1e-10, "eigenvalue error " + worstValue);
            assertTrue(worstVector < 1e-8, "eigenvector difference " + worstVector);
            assertTrue(orth < 1e-10, "orthonormality " + orth);
            assertEquals("krylovschur+sinvert/cholmod", r.diagnostics().method());
        }
    }

    /**
     * On one rank the default factorises the definite H - target I with CHOLMOD, the count check (indefinite
     * H - sigma I) with MUMPS; naming the package in the options wins. Both agree with the dense solver and
     * with each other to 1e-10 relative.
     */
    @Test
    void cholmodByDefaultOnOneRankMumpsWhenTheOptionsSaySo() {
        int k = 40;
        double[] dv = networkDense.values();
        try (Arena out = Arena.ofConfined()) {
            EigenResult chol = new EigenSolver().lowest(network, k, networkTranslations, out);
            EigenResult mumps = new EigenSolver(EigenSolver.Options.defaults()
                    .withPetscOptions("-st_pc_factor_mat_solver_type mumps"))
                    .lowest(network, k, networkTranslations, out);
            EigenResult.Phases pc = chol.diagnostics().phases();
            EigenResult.Phases pm = mumps.diagnostics().phases();
            assertEquals("krylovschur+sinvert/cholmod", chol.diagnostics().method());
            assertEquals("krylovschur+sinvert/mumps", mumps.diagnostics().method());
            assertEquals("cholmod", pc.factorPackage());
            assertEquals("mumps", pm.factorPackage());
            assertEquals("mumps (factors discarded)", pc.countPackage(),
                    "CHOLMOD cannot give the inertia of an indefinite matrix; MUMPS needs no factors for it");
            assertEquals("mumps (factors discarded)", pm.countPackage());
            // every Krylov-Schur step solves with the factor at least once per new vector
            assertTrue(pc.solves() >= k && pm.solves() >= k, pc + " / " + pm);
            assertTrue(pc.factorSeconds() > 0 && pc.iterationSeconds() > 0 && pc.countSeconds() > 0, pc.toString());
            double worstDense = 0;
            double worstPair = 0;
            for (int i = 0; i < k; i++) {
                double exact = dv[i + 3];
                worstDense = Math.max(worstDense, Math.max(Math.abs(chol.eigenvalue(i) - exact),
                        Math.abs(mumps.eigenvalue(i) - exact)) / exact);
                worstPair = Math.max(worstPair, Math.abs(chol.eigenvalue(i) - mumps.eigenvalue(i)) / exact);
            }
            System.out.printf(Locale.ROOT, "network lowest %d: cholmod vs dense/mumps %.2e / %.2e; phases %s; %s%n", k,
                    worstDense, worstPair, pc, pm);
            assertTrue(worstDense < 1e-10, "against the dense solver " + worstDense);
            assertTrue(worstPair < 1e-10, "cholmod against mumps " + worstPair);
            assertEquals(chol.diagnostics().inertiaCount(), mumps.diagnostics().inertiaCount());
        }
    }

    /**
     * The availability the default rests on is PETSc's answer, not a constant: CHOLMOD and MUMPS can
     * Cholesky-factorise H here (Debian's PETSc has both), SuperLU (LU only) and an unknown name cannot, so a
     * build without CHOLMOD gets MUMPS.
     */
    @Test
    void choleskyAvailabilityIsPetscsAnswer() {
        assertTrue(EigenSolver.choleskyAvailable(network, "cholmod"));
        assertTrue(EigenSolver.choleskyAvailable(network, "mumps"));
        assertTrue(!EigenSolver.choleskyAvailable(network, "superlu"));
        assertTrue(!EigenSolver.choleskyAvailable(network, "nosuchpackage"));
    }

    /** MUMPS options while CHOLMOD factorises and nothing else reads them: rejected, saying how to get MUMPS. */
    @Test
    void mumpsOptionsUnderCholmodAreRejectedWithTheRemedy() {
        try (Arena out = Arena.ofConfined()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new EigenSolver(EigenSolver.Options.defaults().withVerifyCount(false)
                            .withPetscOptions("-st_mat_mumps_icntl_14 50"))
                            .lowest(network, 5, networkTranslations, out));
            assertTrue(e.getMessage().contains("-st_mat_mumps_icntl_14")
                    && e.getMessage().contains("-st_pc_factor_mat_solver_type mumps"), e.getMessage());
            // with the count check on, MUMPS reads them there
            EigenResult r = new EigenSolver(EigenSolver.Options.defaults()
                    .withPetscOptions("-st_mat_mumps_icntl_14 50")).lowest(network, 5, networkTranslations, out);
            assertTrue(r.diagnostics().unusedOptions().isEmpty(), r.diagnostics().unusedOptions().toString());
            // the user's ICNTL(31) wins over the count check's
            EigenResult kept = new EigenSolver(EigenSolver.Options.defaults()
                    .withPetscOptions("-st_mat_mumps_icntl_31 0")).lowest(network, 5, networkTranslations, out);
            assertEquals("mumps", kept.diagnostics().phases().countPackage());
        }
    }

    @Test
    void networkSlicingReturnsExactlyTheDenseCount() {
        double[] dv = networkDense.values();
        double omegaMax = Math.sqrt(0.5 * (dv[80] + dv[81]));
        double lb = 1e-8 * network.maxAbsDiagonal();
        int expected = 0;
        for (double ev : dv) {
            if (ev > lb && ev <= omegaMax * omegaMax) {
                expected++;
            }
        }
        try (Arena out = Arena.ofConfined()) {
            EigenResult r = new EigenSolver().belowFrequency(network, omegaMax, out);
            assertEquals(expected, r.count());
            double worst = 0;
            for (int i = 0; i < r.count(); i++) {
                worst = Math.max(worst, Math.abs(r.eigenvalue(i) - dv[i + 3]) / dv[i + 3]);
            }
            double orth = TestMatrices.orthonormalityError(r);
            System.out.printf(Locale.ROOT, "network slicing: %d modes (dense %d), max rel error %.2e, "
                    + "orthonormality %.2e%n", r.count(), expected, worst, orth);
            assertTrue(worst < 1e-10);
            assertTrue(orth < 1e-10);
            assertTrue(overlapWith(r, networkTranslations) < 1e-10);
        }
    }

    @Test
    void eigenvectorBlockIsRowMajorAndResultsAscend() {
        try (Arena out = Arena.ofConfined()) {
            EigenResult r = new EigenSolver().lowest(network, 10, networkTranslations, out);
            assertEquals(10L * network.rows() * 8, r.eigenvectors().byteSize());
            for (int i = 1; i < r.count(); i++) {
                assertTrue(r.eigenvalue(i) >= r.eigenvalue(i - 1));
            }
            for (double res : r.residuals()) {
                assertTrue(res <= 1e-8);
            }
        }
    }

    @Test
    void tooManyModesIsAnError() {
        try (Arena out = Arena.ofConfined()) {
            EigenSolver s = new EigenSolver();
            assertThrows(IllegalArgumentException.class,
                    () -> s.lowest(network, network.rows() - 2, networkTranslations, out));
            assertThrows(IllegalArgumentException.class, () -> s.lowest(network, 0, networkTranslations, out));
        }
    }

    @Test
    void nonConvergenceIsAnExceptionNotAShortList() {
        try (Arena out = Arena.ofConfined()) {
            EigenSolver s = new EigenSolver(EigenSolver.Options.defaults().withPetscOptions("-eps_max_it 1"));
            NotConvergedException e = assertThrows(NotConvergedException.class,
                    () -> s.lowest(network, 40, networkTranslations, out));
            assertEquals(40, e.requested());
            assertTrue(e.converged() < 40);
            assertEquals(e.converged(), e.convergedEigenvalues().length);
            assertTrue(e.getMessage().contains("EPS_DIVERGED_ITS"), e.getMessage());
        }
    }

    @Test
    void residualAboveToleranceIsAnException() {
        try (Arena out = Arena.ofConfined()) {
            EigenSolver s = new EigenSolver(EigenSolver.Options.defaults().withResidualTolerance(1e-30));
            NotConvergedException e = assertThrows(NotConvergedException.class,
                    () -> s.lowest(network, 5, networkTranslations, out));
            assertTrue(e.getMessage().contains("residual above"), e.getMessage());
        }
    }

    @Test
    void undeflatedZeroModesAreReported() {
        try (Arena out = Arena.ofConfined()) {
            EigenSolverException e = assertThrows(EigenSolverException.class,
                    () -> new EigenSolver().lowest(network, 5, DeflationSpace.none(network.rows()), out));
            assertTrue(e.getMessage().contains("null space"), e.getMessage());
        }
    }

    /**
     * H - target I is factorised without pivoting only while it is positive definite: with a negative
     * eigenvalue the factor has negative pivots, the solve falls back to the pivoting factorisation and reports
     * the negative modes as it always did.
     */
    @Test
    void negativeEigenvaluesFallBackToThePivotingFactorisation() {
        try (Arena out = Arena.ofConfined()) {
            CsrMatrix shifted = network.copyTo(out);
            double shift = 1e-3 * network.maxAbsDiagonal();
            for (int i = 0; i < shifted.rows(); i++) {
                shifted.setDiagonal(i, shifted.get(i, i) - shift);
            }
            EigenSolverException e = assertThrows(EigenSolverException.class,
                    () -> new EigenSolver().lowest(shifted, 5, DeflationSpace.none(shifted.rows()), out));
            assertTrue(e.getMessage().contains("zero-mode bound"), e.getMessage());
            assertTrue(e.getMessage().startsWith(String.format(java.util.Locale.ROOT, "eigenvalue %.6e", -shift)),
                    e.getMessage());
        }
    }

    @Test
    void wrongDeflationSpaceIsRejected() {
        try (Arena out = Arena.ofConfined()) {
            DeflationSpace wrong = new DeflationSpace(1, network.rows(),
                    out.allocate(8L * network.rows()).fill((byte) 0));
            wrong.vectors().set(java.lang.foreign.ValueLayout.JAVA_DOUBLE, 0, 1.0);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new EigenSolver().lowest(network, 5, wrong, out));
            assertTrue(e.getMessage().contains("deflation vector 0"), e.getMessage());
        }
    }

    @Test
    void badOptionGivesPetscExceptionWithPetscsMessage() {
        try (Arena out = Arena.ofConfined()) {
            PetscException e = assertThrows(PetscException.class,
                    () -> new EigenSolver(EigenSolver.Options.defaults().withPetscOptions("-eps_type nosuchsolver"))
                            .lowest(network, 5, networkTranslations, out));
            assertEquals("EPSSetFromOptions", e.function());
            assertTrue(e.petscMessage().contains("Unknown EPS type given: nosuchsolver"), e.getMessage());
            assertTrue(e.petscStack().getFirst().startsWith("EPSSetType"), e.petscStack().toString());

            PetscException e2 = assertThrows(PetscException.class,
                    () -> new EigenSolver(EigenSolver.Options.defaults().withPetscOptions("-eps_tol abc"))
                            .lowest(network, 5, networkTranslations, out));
            assertTrue(e2.getMessage().contains("Input string abc has no numeric value"), e2.getMessage());

            PetscException e3 = assertThrows(PetscException.class,
                    () -> new EigenSolver(EigenSolver.Options.defaults()
                            .withPetscOptions("-st_pc_factor_mat_solver_type superlu"))
                            .lowest(network, 5, networkTranslations, out));
            assertEquals("EPSSetUp", e3.function());
            assertTrue(e3.getMessage().contains("does not support factorization type CHOLESKY"), e3.getMessage());
            System.out.println("PetscException message: " + e3.getMessage());

            // The failed solves left no options behind: a plain solve works.
            assertEquals(5, new EigenSolver().lowest(network, 5, networkTranslations, out).count());
        }
    }

    @Test
    void misspeltOptionIsRejected() {
        try (Arena out = Arena.ofConfined()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new EigenSolver(EigenSolver.Options.defaults().withPetscOptions("-eps_tl 1e-3"))
                            .lowest(network, 5, networkTranslations, out));
            assertTrue(e.getMessage().contains("-eps_tl"), e.getMessage());
            EigenResult r = new EigenSolver(EigenSolver.Options.defaults()
                    .withPetscOptions("-eps_tol 1e-12 -st_mat_mumps_icntl_14 50")).lowest(network, 5,
                    networkTranslations, out);
            assertTrue(r.diagnostics().unusedOptions().isEmpty(), r.diagnostics().unusedOptions().toString());
            assertEquals(5, r.count());
        }
    }

    @Test
    void invalidMatrixIsRejectedBeforePetscAndPetscsOwnCheckIsReported() {
        try (Arena a = Arena.ofConfined()) {
            CsrMatrix badColumn = CsrMatrix.copyOf(a, 2, new int[] {0, 2, 3}, new int[] {0, 5, 1},
                    new double[] {1, 1, 1});
            assertThrows(IllegalArgumentException.class, () -> new EigenSolver().lowest(badColumn, 1, null, a));
            // PETSc itself rejects a CSR whose row pointers do not start at 0 (bypassing validate()).
            SlepcRuntime.ensureInitialized();
            CsrMatrix badStart = CsrMatrix.copyOf(a, 2, new int[] {1, 2, 3}, new int[] {0, 1, 1},
                    new double[] {1, 1, 1});
            PetscException e = assertThrows(PetscException.class, () -> EigenSolver.wrapUnchecked(badStart, a));
            assertTrue(e.getMessage().contains("must start with 0"), e.getMessage());
        }
    }

    @Test
    void jvmSignalHandlingSurvivesPetscInitialisation() {
        SlepcRuntime.ensureInitialized();
        // Implicit null checks in JIT-compiled code rely on the JVM's SIGSEGV handler.
        int caught = 0;
        Object[] holder = new Object[1];
        for (int i = 0; i < 200_000; i++) {
            holder[0] = (i % 1000 == 0) ? null : "x";
            try {
                caught += ((String) holder[0]).length() - 1;
            } catch (NullPointerException e) {
                caught++;
            }
        }
        assertEquals(200, caught);
    }
}
