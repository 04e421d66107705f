package org.modekick.eigen;

import java.lang.foreign.SegmentAllocator;
import java.util.Arrays;
import java.util.Locale;

/**
 * Verifies the count of a lowest-K solve by inertia. A single-vector Krylov method can miss members of an
 * exactly degenerate eigenvalue (a periodic lattice has many), so H - sigma I is factorised at sigma just
 * above the K-th eigenvalue (relative margin {@link #INERTIA_MARGIN}), and by Sylvester's law its number of
 * negative pivots must equal the deflated dimension plus the converged eigenvalues below sigma. If
 * eigenvalues are missing, (lowerBound, sigma] is solved again by {@link SpectrumSlice}, which is exact in
 * count, and the K lowest are kept. This costs one more factorisation;
 * {@link EigenSolver.Options#verifyCount} turns it off.
 */
final class CountCheck {

    /** The method a lowest-K solve reports when its count needed no repair. */
    static final String METHOD = "krylovschur+sinvert";
    /** Relative margin above the K-th eigenvalue where the inertia is taken. */
    private static final double INERTIA_MARGIN = 1e-6;

    private CountCheck() {}

    /**
     * The chosen pairs of {@code run} (the K lowest it converged, checked) when the inertia agrees, the K
     * lowest of a slicing solve when it counts more.
     *
     * @throws EigenSolverException the inertia counts fewer than were found (the deflation vectors are not
     *                              null vectors of H)
     */
    static EigenResult verify(SolveSession session, EpsRun run, int[] chosen, DeflationSpace space,
                              double lowerBound, SegmentAllocator out) {
        int k = chosen.length;
        double lambdaK = run.lambda[chosen[k - 1]];
        double sigma = lambdaK + INERTIA_MARGIN * Math.abs(lambdaK);
        int inertia = run.inertiaBelow(sigma);
        int found = space.count();
        for (int i = 0; i < run.nconv; i++) {
            if (run.lambda[i] < sigma) {
                found++;
            }
        }
        if (inertia < found) {
            throw new EigenSolverException(String.format(Locale.ROOT,
                    "H - %.6e I has %d negative eigenvalues, but %d deflation vectors and %d converged "
                            + "eigenvalues lie below: are the deflation vectors null vectors of H?",
                    sigma, inertia, space.count(), found - space.count()));
        }
        if (inertia == found) {
            return run.result(chosen, out, METHOD, inertia, session.unusedOptions(), session.startNanos());
        }
        // Krylov-Schur missed members of degenerate eigenvalues: slicing counts exactly.
        try (EpsRun slice = SpectrumSlice.solve(session, lowerBound, sigma)) {
            if (slice.nconv < k) {
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "slicing (%.3e, %.6e] found %d eigenvalues, %d requested: %s", lowerBound, sigma,
                        slice.nconv, k, Arrays.toString(slice.sortedEigenvalues())),
                        k, slice.nconv, slice.sortedEigenvalues());
            }
            int[] sliceChosen = Arrays.copyOf(slice.order, k);
            slice.checkResiduals(sliceChosen, k);
            return slice.result(sliceChosen, out, METHOD + " (" + (found - space.count()) + " of "
                    + (inertia - space.count()) + " eigenvalues below " + sigma + "), then slicing", inertia,
                    session.unusedOptions(), session.startNanos());
        }
    }
}
