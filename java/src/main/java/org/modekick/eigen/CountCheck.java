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
 * count, and the K lowest are kept. This costs one more factorisation, always by MUMPS (H - sigma I is
 * indefinite: only MUMPS gives its inertia, and CHOLMOD fails on it), with its factors discarded
 * ({@link #DISCARD_FACTORS}); {@link EigenSolver.Options#verifyCount} turns it off.
 */
final class CountCheck {

    /** The method of a lowest-K solve, followed by "/" and the package that factorised (e.g. "/cholmod"). */
    static final String METHOD = "krylovschur+sinvert";
    /** Relative margin above the K-th eigenvalue where the inertia is taken. */
    private static final double INERTIA_MARGIN = 1e-6;

    /**
     * MUMPS's ICNTL(31) = 1: the factors are discarded as they are computed, since only the inertia (INFOG(12))
     * is read and nothing is solved; at N = 32,000 this halved the count check's memory (1,515 to 806 MB).
     */
    static final String DISCARD_FACTORS = "-st_mat_mumps_icntl_31";

    private CountCheck() {}

    /** ICNTL(31) = 1 for the count check's factorisation only, unless the user's options set it. */
    private static OptionsScope.Temporary discardFactors(OptionsScope scope) {
        return scope.has(DISCARD_FACTORS) ? () -> { } : scope.temporarily(DISCARD_FACTORS, "1");
    }

    /**
     * The pairs found when the inertia agrees with them, the K lowest of a slicing solve when it counts more.
     * The inertia is taken by a run of its own (the run that found the pairs is closed, its factorisation
     * freed, so that two factors are never held at once); in the rare case of a repair the vectors found
     * first stay allocated in {@code out} beside the repaired ones.
     *
     * @throws EigenSolverException the inertia counts fewer than were found (the deflation vectors are not
     *                              null vectors of H)
     */
    static EigenResult verify(SolveSession session, LowestModes.Found found, DeflationSpace space,
                              double lowerBound, SegmentAllocator out) {
        EigenResult first = found.result();
        int k = first.count();
        double lambdaK = found.lambdaK();
        double sigma = lambdaK + INERTIA_MARGIN * Math.abs(lambdaK);
        int inertia;
        String countPackage;
        long t0 = System.nanoTime();
        double cpu0 = EigenResult.processCpuSeconds();
        try (EpsRun count = session.newRun();
             OptionsScope.Temporary discard = discardFactors(session.scope())) {
            inertia = count.inertiaAt(sigma);
            // as MUMPS has it, so that a test sees the option arrive
            countPackage = count.factorPackage + (count.mumpsIcntl(31) == 1 ? " (factors discarded)" : "");
        }
        double countSeconds = (System.nanoTime() - t0) * 1e-9;
        double countCpu = EigenResult.processCpuSeconds() - cpu0;
        int below = space.count();
        for (double lambda : found.converged()) {
            if (lambda < sigma) {
                below++;
            }
        }
        if (inertia < below) {
            throw new EigenSolverException(String.format(Locale.ROOT,
                    "H - %.6e I has %d negative eigenvalues, but %d deflation vectors and %d converged "
                            + "eigenvalues lie below: are the deflation vectors null vectors of H?",
                    sigma, inertia, space.count(), below - space.count()));
        }
        if (inertia == below) {
            return first.verified(inertia, (System.nanoTime() - session.startNanos()) * 1e-9, countPackage,
                    countSeconds, countCpu);
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
            return slice.result(sliceChosen, out, first.diagnostics().method() + " (" + (below - space.count()) + " of "
                    + (inertia - space.count()) + " eigenvalues below " + sigma + "), then slicing", inertia,
                    session.unusedOptions(), session.startNanos());
        }
    }
}
