package org.modekick.eigen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

/**
 * Eigenpairs of H, ascending in eigenvalue. Eigenvector i is row i of {@code eigenvectors}, a native
 * segment of {@code count() * n} doubles, row-major (C order, as a {@code .npy} file of shape (count, n)
 * stores it), unit 2-norm, from the allocator the caller passed in. {@code eigenvalues[i]} is the Rayleigh
 * quotient of eigenvector i and {@code residuals[i]} its relative residual ||H x - lambda x|| / |lambda|,
 * computed with PETSc for the returned pair; SLEPc's own value of it ({@code EPSComputeError},
 * {@code EPS_ERROR_RELATIVE}), never smaller, was checked against the tolerance in force.
 * <p>
 * From a solve on several ranks every rank gets the eigenvalues, residuals and diagnostics, but only rank 0
 * the eigenvectors; elsewhere {@code eigenvectors} is {@link MemorySegment#NULL} ({@link #hasEigenvectors()}).
 *
 * @param n            order of H (length of each eigenvector)
 * @param eigenvalues  ascending
 * @param residuals    relative residual of each returned pair
 * @param eigenvectors {@code count * n} doubles, or NULL on a rank other than 0 of a parallel solve
 * @param diagnostics  how the result was obtained
 */
public record EigenResult(int n, double[] eigenvalues, double[] residuals, MemorySegment eigenvectors,
                          Diagnostics diagnostics) {

    /**
     * @param method         what ran, e.g. "krylovschur+sinvert" or "krylovschur+sinvert, then slicing"
     * @param iterations     iterations of the (last) SLEPc run
     * @param converged      pairs SLEPc reported converged in the (last) run
     * @param inertiaCount   eigenvalues below the verification shift by Sylvester inertia (-1: not checked)
     * @param unusedOptions  PETSc options given by the user that nothing read (e.g. misspelt)
     * @param seconds        wall time of the solve
     * @param phases         where the time of the (last) run went
     */
    public record Diagnostics(String method, int iterations, int converged, int inertiaCount,
                              List<String> unusedOptions, double seconds, Phases phases) {
        public Diagnostics {
            unusedOptions = List.copyOf(unusedOptions);
            phases = phases == null ? Phases.NONE : phases;
        }

        /** Without phases (a result not from one shift-and-invert run). */
        public Diagnostics(String method, int iterations, int converged, int inertiaCount, List<String> unusedOptions,
                           double seconds) {
            this(method, iterations, converged, inertiaCount, unusedOptions, seconds, Phases.NONE);
        }
    }

    /**
     * Where the time of a shift-and-invert solve went: the factorisation of H - target I (EPSSetUp), the
     * Krylov-Schur iterations (EPSSolve), each applying the factor once per solve, and the count check's
     * factorisation of H - sigma I above the K-th eigenvalue. For slicing the factorisations happen inside
     * the iterations, so there {@code factorSeconds} is only the first.
     *
     * @param factorPackage    the package that factorised for the shift-and-invert, e.g. "cholmod", "mumps"
     * @param factorSeconds    wall time of that factorisation
     * @param iterationSeconds wall time of the iterations
     * @param solves           solves with the factor (KSPGetTotalIterations of the preonly KSP)
     * @param countPackage     the package of the count check ("" when none ran), with " (factors discarded)"
     *                         where MUMPS had ICNTL(31) = 1
     * @param countSeconds     wall time of the count check's factorisation (0 when none ran)
     * @param cpuSeconds       CPU time of the process in the three phases, in the same order (factorisation,
     *                         iterations, count check): on a shared machine the wall times above depend on
     *                         the load, these far less
     */
    public record Phases(String factorPackage, double factorSeconds, double iterationSeconds, int solves,
                         String countPackage, double countSeconds, double[] cpuSeconds) {
        public static final Phases NONE = new Phases("", 0, 0, 0, "", 0, new double[3]);

        public Phases {
            cpuSeconds = cpuSeconds.clone();
            if (cpuSeconds.length != 3) {
                throw new IllegalArgumentException("three CPU times, not " + cpuSeconds.length);
            }
        }

        @Override
        public double[] cpuSeconds() {
            return cpuSeconds.clone();
        }

        Phases withCount(String pkg, double seconds, double cpu) {
            return new Phases(factorPackage, factorSeconds, iterationSeconds, solves, pkg, seconds,
                    new double[] {cpuSeconds[0], cpuSeconds[1], cpu});
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "factorisation %.3f s (cpu %.3f) by %s, iterations %.3f s "
                            + "(cpu %.3f) with %d solves, count check %.3f s (cpu %.3f) by %s", factorSeconds,
                    cpuSeconds[0], factorPackage.isEmpty() ? "none" : factorPackage, iterationSeconds, cpuSeconds[1],
                    solves, countSeconds, cpuSeconds[2], countPackage.isEmpty() ? "none" : countPackage);
        }
    }

    /** CPU time of this process so far, in seconds (all threads; NaN where the JVM cannot tell). */
    public static double processCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() * 1e-9).orElse(Double.NaN);
    }

    /**
     * The same pairs with the inertia count of a later verification (by {@code countPackage}, in
     * {@code countSeconds}) and the solve's time up to it.
     */
    EigenResult verified(int inertiaCount, double seconds, String countPackage, double countSeconds,
                         double countCpuSeconds) {
        Diagnostics d = diagnostics;
        return new EigenResult(n, eigenvalues, residuals, eigenvectors, new Diagnostics(d.method(), d.iterations(),
                d.converged(), inertiaCount, d.unusedOptions(), seconds, d.phases().withCount(countPackage,
                countSeconds, countCpuSeconds)));
    }

    /** The same pairs with the options nothing read in the whole solve (known only once it has ended). */
    EigenResult withUnusedOptions(List<String> unused) {
        Diagnostics d = diagnostics;
        return new EigenResult(n, eigenvalues, residuals, eigenvectors, new Diagnostics(d.method(), d.iterations(),
                d.converged(), d.inertiaCount(), unused, d.seconds(), d.phases()));
    }

    /** Number of eigenpairs. */
    public int count() {
        return eigenvalues.length;
    }

    public double eigenvalue(int i) {
        return eigenvalues[i];
    }

    /** Angular frequency sqrt(lambda) of mode i (unit masses). */
    public double omega(int i) {
        return Math.sqrt(eigenvalues[i]);
    }

    /** False on the ranks other than 0 of a solve on several ranks, which get no eigenvectors. */
    public boolean hasEigenvectors() {
        return count() == 0 || eigenvectors.byteSize() >= 8L * count() * n;
    }

    /** Eigenvector i as a segment of n doubles (a view, not a copy). */
    public MemorySegment eigenvector(int i) {
        if (!hasEigenvectors()) {
            throw new IllegalStateException("this rank holds no eigenvectors: a parallel solve gathers them on rank 0");
        }
        return eigenvectors.asSlice(8L * i * n, 8L * n);
    }

    /** Eigenvector i copied to a Java array. */
    public double[] eigenvectorArray(int i) {
        return eigenvector(i).toArray(ValueLayout.JAVA_DOUBLE);
    }

    /** The largest residual; 0 for an empty result. */
    public double maxResidual() {
        double m = 0;
        for (double r : residuals) {
            m = Math.max(m, r);
        }
        return m;
    }
}
