package org.modekick.eigen;

import java.lang.foreign.SegmentAllocator;

/**
 * Every eigenpair in an interval by spectrum slicing: {@code EPS_ALL} with {@code EPSSetInterval},
 * Krylov-Schur with shift-and-invert, MUMPS Cholesky factorisations whose inertia (Sylvester's law) gives
 * the exact number of eigenvalues in each sub-interval. SLEPc does not combine slicing with a deflation
 * space, so zero modes must be excluded by the interval ({@link EigenSolver#belowFrequency} starts it at
 * the zero-mode bound). SLEPc checks that it found as many eigenvalues as the inertia counts; so does
 * {@link EpsRun#checkCount()}.
 */
final class SpectrumSlice {

    private SpectrumSlice() {}

    /** A run that has found every eigenvalue in [a, b], as many as the inertia counts; close it after use. */
    static EpsRun solve(SolveSession session, double a, double b) {
        EpsRun run = session.newRun();
        try {
            run.configureInterval(a, b);
            run.solve();
            run.checkCount();
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    /** Every pair in [a, b], ascending, each with a residual within the tolerance. */
    static EigenResult all(SolveSession session, double a, double b, SegmentAllocator out) {
        try (EpsRun run = solve(session, a, b)) {
            int[] chosen = run.order.clone();
            run.checkResiduals(chosen, chosen.length);
            return run.result(chosen, out, "slicing", run.nconv, session.unusedOptions(), session.startNanos());
        }
    }
}
