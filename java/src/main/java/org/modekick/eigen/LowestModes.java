package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Locale;

import org.modekick.bindings.petsc.petsc_h;

/**
 * The K lowest eigenpairs of H outside its null space: Krylov-Schur with shift-and-invert at a slightly
 * negative target, pairs sought by distance to it ({@code EPS_TARGET_MAGNITUDE}), which for a positive
 * semi-definite H is ascending order.
 * <p>
 * The zero modes (uniform translations of a periodic system) are removed by <b>deflation</b>: the caller
 * passes them as a {@link DeflationSpace} ({@code EPSSetDeflationSpace}), and SLEPc keeps its search space
 * orthogonal to them, so they are never computed nor returned. Deflation does not change the matrix that is
 * factorised, and H is singular, so the shift cannot be exactly 0 ({@link EigenSolver.Options#target}).
 * This was chosen over a negative shift alone (asking for K + 3 pairs and dropping the three near-zero
 * ones) because it does not depend on recognising "zero" numerically and does not spend work on the null
 * space. The deflation vectors are checked to be null vectors first, and a returned eigenvalue at or below
 * the zero-mode bound means H has a null space they did not cover (rattlers, a wrong deflation space):
 * {@link EigenSolverException}. The count is then verified by {@link CountCheck}.
 * <p>
 * H - target I is positive definite for a positive semi-definite H, so it is factorised without pivoting,
 * which is cheaper than the pivoting LDL^T: on one rank by CHOLMOD where PETSc has it (supernodal Cholesky;
 * at N = 32,000, K = 100 the solve took 69-74 CPU s against MUMPS's 122-129, its triangular solves being
 * 2.3x cheaper), on several ranks, or without CHOLMOD, by MUMPS with SYM = 1
 * ({@link EpsRun#factoriseAsDefinite}); a PETSc option naming the package wins
 * ({@link SolveSession#definitePackage}). A negative pivot in that factor (an H with a negative eigenvalue)
 * or a failure (CHOLMOD's "not positive definite") sends the solve to MUMPS's pivoting factorisation.
 */
final class LowestModes {

    private LowestModes() {}

    static EigenResult solve(SolveSession session, int k, DeflationSpace space, double target, double lowerBound,
                             double scale, SegmentAllocator out) {
        checkNullSpace(session.arena(), session.mat(), session.layout(), space, scale);
        Found found;
        try {
            found = attempt(session, k, space, target, lowerBound, out, true);
        } catch (PetscException e) {
            found = null; // the factorisation without pivoting broke down
        }
        if (found == null) {
            // H - target I has a negative eigenvalue (H is not positive semi-definite): pivoting LDL^T
            found = attempt(session, k, space, target, lowerBound, out, false);
        }
        if (!session.options().verifyCount()) {
            return found.result();
        }
        return CountCheck.verify(session, found, space, lowerBound, out);
    }

    /**
     * The K lowest pairs of one run, copied out (and the run, with its factorisation, closed), with the
     * converged eigenvalues the count check compares against (SLEPc's, as is {@code lambdaK}, the K-th).
     */
    record Found(EigenResult result, double[] converged, double lambdaK) {}

    /**
     * One run; with {@code definite}, H - target I is factorised as positive definite
     * ({@link EpsRun#factoriseAsDefinite}), and null is returned if the factor shows it is not.
     */
    private static Found attempt(SolveSession session, int k, DeflationSpace space, double target,
                                 double lowerBound, SegmentAllocator out, boolean definite) {
        try (EpsRun run = session.newRun()) {
            run.configureLowest(k, target, space);
            if (definite) {
                String solverPackage = session.definitePackage();
                run.usePackage(solverPackage);
                if (!petsc_h.MATSOLVERCHOLMOD.equals(solverPackage)) {
                    run.factoriseAsDefinite(target); // CHOLMOD needs no flag, so no copy of H
                }
            }
            run.solve();
            if (definite && run.factorNegativePivots() != 0) {
                return null;
            }
            if (run.nconv < k) {
                double[] got = run.sortedEigenvalues();
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "only %d of %d requested eigenpairs converged (reason %s, %d iterations); converged "
                                + "eigenvalues: %s. Raise -eps_max_it or -eps_ncv, or relax -eps_tol.",
                        run.nconv, k, EpsRun.reasonName(run.reason), run.iterations, Arrays.toString(got)),
                        k, run.nconv, got);
            }
            int[] chosen = Arrays.copyOf(run.order, k);
            for (int idx : chosen) {
                if (run.lambda[idx] <= lowerBound) {
                    throw new EigenSolverException(String.format(Locale.ROOT,
                            "eigenvalue %.6e is at or below the zero-mode bound %.3e: H has a null space larger "
                                    + "than the %d deflation vectors (rattlers? a wrong deflation space?)",
                            run.lambda[idx], lowerBound, space.count()));
                }
            }
            run.checkResiduals(chosen, k);
            return new Found(run.result(chosen, out, CountCheck.METHOD + "/" + run.factorPackage, -1,
                    session.unusedOptions(), session.startNanos()), run.lambda.clone(), run.lambda[chosen[k - 1]]);
        }
    }

    /**
     * ||H v|| / ||v|| must be rounding-small against the scale of H for every deflation vector. With PETSc's
     * MatMult, so that on several ranks the norms are global and every rank reaches the same verdict.
     */
    private static void checkNullSpace(Arena arena, MemorySegment mat, RowLayout layout, DeflationSpace space,
                                       double scale) {
        MemorySegment norm = arena.allocate(ValueLayout.JAVA_DOUBLE);
        for (int i = 0; i < space.count(); i++) {
            try (PetscObject v = layout.vector(arena, space.vector(i));
                 PetscObject hv = new PetscObject(arena, "VecDestroy", petsc_h::VecDestroy)) {
                SlepcRuntime.check(petsc_h.VecDuplicate(v.handle(), hv.cell()), "VecDuplicate");
                SlepcRuntime.check(petsc_h.MatMult(mat, v.handle(), hv.handle()), "MatMult");
                SlepcRuntime.check(petsc_h.VecNorm(v.handle(), petsc_h.NORM_2(), norm), "VecNorm");
                double nv = norm.get(ValueLayout.JAVA_DOUBLE, 0);
                SlepcRuntime.check(petsc_h.VecNorm(hv.handle(), petsc_h.NORM_2(), norm), "VecNorm");
                double nhv = norm.get(ValueLayout.JAVA_DOUBLE, 0);
                if (!(nv > 0) || !Double.isFinite(nv)) {
                    throw new IllegalArgumentException("deflation vector " + i + " is zero or not finite");
                }
                double rel = nhv / nv / scale;
                if (!(rel <= 1e-8)) {
                    throw new IllegalArgumentException(String.format(Locale.ROOT,
                            "deflation vector %d is not a null vector of H: ||H v|| / (||v|| max|H_ii|) = %.3e", i,
                            rel));
                }
            }
        }
    }
}
