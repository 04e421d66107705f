package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

import org.modekick.bindings.petsc.petsc_h;
import org.modekick.bindings.slepc.slepc_h;
import org.modekick.hessian.CsrMatrix;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/**
 * Vibrational modes of a Hessian H (real symmetric, 3N x 3N, {@link CsrMatrix}) with SLEPc: Krylov-Schur
 * with shift-and-invert, the inverse applied by a MUMPS Cholesky (LDL^T) factorisation
 * ({@code -st_ksp_type preonly -st_pc_type cholesky -st_pc_factor_mat_solver_type mumps}). The solver
 * package is also put into the options database of every solve: spectrum slicing factorises through a KSP
 * of its own that reads the package from the options only (without it, PETSc's native Cholesky).
 *
 * <h2>One rank or several</h2>
 * A solver runs on a {@link Communicator}: by default MPI_COMM_SELF, where H (every row) is handed to PETSc
 * without copying ({@code MatCreateSeqAIJWithArrays}). On a communicator of P &gt; 1 ranks every rank calls
 * the same method with the same arguments except H and the deflation space, of which it passes its own
 * contiguous block of rows (rank order, global column indices: {@link CsrMatrix#firstRow()}); H becomes
 * MATMPIAIJ ({@code MatCreateMPIAIJWithArrays}), vectors get the same row layout, MUMPS factorises in
 * parallel, and {@code -st_mat_mumps_icntl_13 1} is added to the options (before the user's, which may
 * override it) because MUMPS's inertia, on which the count checks below rest, is only right in parallel
 * with ScaLAPACK off for the root front. Eigenvalues, residuals and diagnostics are returned on every rank;
 * the eigenvectors are gathered (MPI_Gatherv, in global order) on rank 0 only
 * ({@link EigenResult#hasEigenvectors()}). Checks of the input that could fail on one rank only are agreed
 * on first, so every rank throws, and no rank is left waiting in a collective call. PETSc must have been
 * initialised by every rank of MPI_COMM_WORLD ({@link SlepcRuntime#ensureInitialized} is collective there;
 * the first solve does it).
 *
 * <h2>Lowest K modes: {@link #lowest}</h2>
 * The zero modes (uniform translations of a periodic system) are removed by <b>deflation</b>: the caller
 * passes them as a {@link DeflationSpace} ({@code EPSSetDeflationSpace}), and SLEPc keeps its search space
 * orthogonal to them, so they are never computed nor returned. Deflation does not change the matrix that is
 * factorised, and H is singular, so the shift cannot be exactly 0: it is slightly negative, by default
 * {@code -1e-6 * max|H_ii|} ({@link Options#target}), and pairs are sought by distance to it
 * ({@code EPS_TARGET_MAGNITUDE}), which for a positive semi-definite H is ascending order. This was chosen
 * over a negative shift alone (asking for K + 3 pairs and dropping the three near-zero ones) because it
 * does not depend on recognising "zero" numerically and does not spend work on the null space.
 * <p>
 * A single-vector Krylov method can miss members of an exactly degenerate eigenvalue (a periodic lattice has
 * many). So after the run the result is <b>verified by inertia</b> (Sylvester's law): H - sigma I is
 * factorised at sigma just above the K-th eigenvalue (relative margin 1e-6), and its number of negative
 * pivots must equal the deflated dimension plus the converged eigenvalues below sigma. If eigenvalues are
 * missing, the interval (lowerBound, sigma] is solved again by spectrum slicing, which is exact in count,
 * and the K lowest are kept. This costs one more factorisation; {@link Options#verifyCount} turns it off.
 *
 * <h2>All modes up to a frequency: {@link #belowFrequency}, {@link #inInterval}</h2>
 * Spectrum slicing ({@code EPS_ALL} with {@code EPSSetInterval}, Krylov-Schur, shift-and-invert, MUMPS
 * Cholesky whose inertia gives the exact count). SLEPc does not combine slicing with a deflation space, so
 * the zero modes are excluded by the interval: it starts at {@link Options#lowerBound}, by default
 * {@code 1e-8 * max|H_ii|}, far above the rounding-level eigenvalues of translations (~1e-15 relative) and
 * far below the lowest vibrational eigenvalue of any system of sensible size (~(2 pi / L)^2 times a
 * stiffness). SLEPc checks that it found as many eigenvalues as the inertia says; so does this class.
 *
 * <h2>Checks and refinement</h2>
 * Every returned pair's relative residual ||H x - lambda x|| / |lambda| ({@code EPSComputeError},
 * {@code EPS_ERROR_RELATIVE}) must be at most {@link Options#residualTolerance}; fewer converged pairs than
 * asked, or a residual above it, throws {@link NotConvergedException} naming what converged. The returned
 * eigenvalue is then the Rayleigh quotient x^T H x of the returned unit vector (error quadratic in the
 * residual: ~1e-15 relative in the tests, where SLEPc's back-transformed value was off by up to 5e-11), and
 * the returned residual is recomputed for it. A returned
 * eigenvalue at or below {@code lowerBound} means H has a null space the deflation space did not cover
 * (rattlers, a wrong deflation space): {@link EigenSolverException}. PETSc errors are
 * {@link PetscException}s with PETSc's message.
 *
 * <h2>PETSc options</h2>
 * {@link Options#petscOptions} (e.g. {@code "-eps_tol 1e-12 -st_mat_mumps_icntl_14 50"}) go into a fresh
 * PETSc options database made the default for the duration of one solve ({@code PetscOptionsCreate},
 * {@code PetscOptionsInsertString}, {@code PetscOptionsPush} ... {@code PetscOptionsPop}), read by
 * {@code EPSSetFromOptions} after the settings above, so they override them. No prefix is needed and nothing
 * leaks into later solves. Options that nothing read (misspelt ones) are reported in
 * {@link EigenResult.Diagnostics#unusedOptions()} and, by default, rejected with an
 * {@link IllegalArgumentException} ({@link Options#rejectUnusedOptions}).
 * <p>
 * Thread-safe: solves are serialised on {@link SlepcRuntime#lock()}.
 */
@SuppressWarnings("restricted") // reads C strings PETSc returns (reinterpret)
public final class EigenSolver {

    /** Relative margin above the K-th eigenvalue where the inertia is taken. */
    private static final double INERTIA_MARGIN = 1e-6;

    /**
     * Settings of a solver. NaN for {@code target} or {@code lowerBound} means "relative to max|H_ii|" (the
     * defaults described in {@link EigenSolver}).
     *
     * @param petscOptions        PETSc/SLEPc options string, inserted before {@code EPSSetFromOptions}
     * @param epsTolerance        SLEPc's convergence tolerance ({@code EPSSetTolerances}); -eps_tol overrides
     * @param residualTolerance   largest accepted relative residual ||H x - lambda x|| / |lambda|
     * @param target              shift of shift-and-invert for {@link #lowest}: must be below 0 and near it
     * @param lowerBound          eigenvalues at or below it count as zero modes
     * @param verifyCount         check the count of {@link #lowest} by inertia (and repair by slicing)
     * @param rejectUnusedOptions throw if some of {@code petscOptions} were not used
     * @param blasThreads         OpenBLAS threads for the factorisations and solves ({@link BlasThreads}); 0
     *                            leaves the process's setting (the launcher's OPENBLAS_NUM_THREADS, 1)
     */
    public record Options(String petscOptions, double epsTolerance, double residualTolerance, double target,
                          double lowerBound, boolean verifyCount, boolean rejectUnusedOptions, int blasThreads) {

        public Options {
            petscOptions = petscOptions == null ? "" : petscOptions;
            if (!(epsTolerance > 0) || !(residualTolerance > 0)) {
                throw new IllegalArgumentException("tolerances must be positive: eps " + epsTolerance + ", residual "
                        + residualTolerance);
            }
            if (!Double.isNaN(target) && !(target < 0)) {
                throw new IllegalArgumentException("target must be negative (H is singular at 0): " + target);
            }
            if (!Double.isNaN(lowerBound) && !(lowerBound > 0)) {
                throw new IllegalArgumentException("lowerBound must be positive: " + lowerBound);
            }
            BlasThreads.requireValid(blasThreads);
        }

        /**
         * SLEPc tolerance 1e-12 (no extra iterations against 1e-10 at n = 12288), residuals up to 1e-7
         * (spectrum slicing leaves relative residuals of 1e-10 to ~1e-8 whatever the tolerance; the
         * eigenvalues, Rayleigh quotients, are far more accurate than that), automatic target and lower
         * bound, checks on.
         */
        public static Options defaults() {
            return new Options("", 1e-12, 1e-7, Double.NaN, Double.NaN, true, true, 0);
        }

        public Options withPetscOptions(String options) {
            return new Options(options, epsTolerance, residualTolerance, target, lowerBound, verifyCount,
                    rejectUnusedOptions, blasThreads);
        }

        public Options withEpsTolerance(double tol) {
            return new Options(petscOptions, tol, residualTolerance, target, lowerBound, verifyCount,
                    rejectUnusedOptions, blasThreads);
        }

        public Options withResidualTolerance(double tol) {
            return new Options(petscOptions, epsTolerance, tol, target, lowerBound, verifyCount, rejectUnusedOptions,
                    blasThreads);
        }

        public Options withTarget(double t) {
            return new Options(petscOptions, epsTolerance, residualTolerance, t, lowerBound, verifyCount,
                    rejectUnusedOptions, blasThreads);
        }

        public Options withLowerBound(double b) {
            return new Options(petscOptions, epsTolerance, residualTolerance, target, b, verifyCount,
                    rejectUnusedOptions, blasThreads);
        }

        public Options withVerifyCount(boolean v) {
            return new Options(petscOptions, epsTolerance, residualTolerance, target, lowerBound, v,
                    rejectUnusedOptions, blasThreads);
        }

        public Options withBlasThreads(int threads) {
            return new Options(petscOptions, epsTolerance, residualTolerance, target, lowerBound, verifyCount,
                    rejectUnusedOptions, threads);
        }

        public Options withRejectUnusedOptions(boolean r) {
            return new Options(petscOptions, epsTolerance, residualTolerance, target, lowerBound, verifyCount, r,
                    blasThreads);
        }
    }

    /**
     * Always added (before the user's options): spectrum slicing factorises through a KSP of its own that
     * inherits the PC type but not the solver package set on ours, so without this option it falls back to
     * PETSc's native Cholesky, ~10x slower than MUMPS at N = 8000 and with relative residuals up to 1e-6.
     */
    static final String DEFAULT_OPTIONS = "-st_pc_factor_mat_solver_type mumps";
    /** Added on several ranks: MUMPS's inertia is only right in parallel without ScaLAPACK at the root. */
    static final String PARALLEL_OPTIONS = "-st_mat_mumps_icntl_13 1";

    private final Options options;
    private final Communicator communicator;

    /** Default options, one rank. */
    public EigenSolver() {
        this(Options.defaults());
    }

    /** One rank (MPI_COMM_SELF). */
    public EigenSolver(Options options) {
        this(options, MpiRuntime.self());
    }

    /** Solves on {@code communicator}: every rank of it calls each method, with its own rows of H. */
    public EigenSolver(Options options, Communicator communicator) {
        this.options = options;
        this.communicator = Objects.requireNonNull(communicator);
    }

    public Options options() {
        return options;
    }

    public Communicator communicator() {
        return communicator;
    }

    /**
     * The K lowest eigenpairs of H in the orthogonal complement of {@code nullSpace}, ascending.
     *
     * @param h         symmetric positive semi-definite, its null space spanned by {@code nullSpace}; on several
     *                  ranks this rank's rows
     * @param k         number of modes, 1 &lt;= k &lt;= n - nullSpace.count()
     * @param nullSpace vectors with H v = 0 (checked), removed by deflation, on several ranks their entries in
     *                  this rank's rows; {@link DeflationSpace#none} for none
     * @param out       allocates the k x n eigenvector block (on rank 0)
     * @throws NotConvergedException fewer than k pairs converged, or a residual above the tolerance
     * @throws EigenSolverException  a mode at zero frequency survived deflation; inertia contradicts the input
     * @throws PetscException        PETSc/SLEPc reported an error
     */
    public EigenResult lowest(CsrMatrix h, int k, DeflationSpace nullSpace, SegmentAllocator out) {
        RowLayout layout = RowLayout.of(communicator, h);
        int n = layout.order();
        DeflationSpace space = nullSpace == null ? DeflationSpace.none(h.rows()) : nullSpace;
        int deflated = (int) layout.max(space.count());
        layout.agree("checking its deflation vectors", () -> {
            if (space.count() != deflated) {
                throw new IllegalArgumentException("this rank has " + space.count() + " deflation vectors, another "
                        + deflated);
            }
            if (space.count() > 0 && space.n() != h.rows()) {
                throw new IllegalArgumentException("deflation vectors have length " + space.n() + ", H has "
                        + (layout.serial() ? "order " : "local rows ") + h.rows());
            }
        });
        if (k < 1 || k > n - space.count()) {
            throw new IllegalArgumentException("cannot compute " + k + " modes of a " + n + " x " + n + " matrix with "
                    + space.count() + " deflated null vectors (at most " + (n - space.count()) + ")");
        }
        double scale = scale(h, layout);
        double target = Double.isNaN(options.target) ? -1e-6 * scale : options.target;
        double lowerBound = lowerBound(scale);

        SlepcRuntime.ensureInitialized();
        SlepcRuntime.lock().lock();
        long t0 = System.nanoTime();
        try (BlasThreads threads = BlasThreads.use(options.blasThreads);
             Arena arena = Arena.ofConfined();
             OptionsScope scope = new OptionsScope(arena, options.petscOptions, layout);
             PetscObject mat = layout.createMatrix(arena, h);
             Run run = new Run(arena, mat.handle(), layout)) {
            checkNullSpace(arena, mat.handle(), layout, space, scale);
            run.configureLowest(k, target, space);
            run.solve();
            if (run.nconv < k) {
                double[] got = run.sortedEigenvalues();
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "only %d of %d requested eigenpairs converged (reason %s, %d iterations); converged "
                                + "eigenvalues: %s. Raise -eps_max_it or -eps_ncv, or relax -eps_tol.",
                        run.nconv, k, reasonName(run.reason), run.iterations, Arrays.toString(got)),
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
            int inertia = -1;
            String method = "krylovschur+sinvert";
            if (options.verifyCount) {
                double lambdaK = run.lambda[chosen[k - 1]];
                double sigma = lambdaK + INERTIA_MARGIN * Math.abs(lambdaK);
                inertia = run.inertiaBelow(sigma);
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
                if (inertia > found) {
                    // Krylov-Schur missed members of degenerate eigenvalues: slicing counts exactly.
                    try (Run slice = new Run(arena, mat.handle(), layout)) {
                        slice.configureInterval(lowerBound, sigma);
                        slice.solve();
                        slice.checkCount();
                        if (slice.nconv < k) {
                            throw new NotConvergedException(String.format(Locale.ROOT,
                                    "slicing (%.3e, %.6e] found %d eigenvalues, %d requested: %s", lowerBound, sigma,
                                    slice.nconv, k, Arrays.toString(slice.sortedEigenvalues())),
                                    k, slice.nconv, slice.sortedEigenvalues());
                        }
                        int[] sliceChosen = Arrays.copyOf(slice.order, k);
                        slice.checkResiduals(sliceChosen, k);
                        List<String> unused = scope.unused();
                        return slice.result(sliceChosen, out, "krylovschur+sinvert (" + (found - space.count())
                                + " of " + (inertia - space.count()) + " eigenvalues below " + sigma
                                + "), then slicing", inertia, unused, t0);
                    }
                }
            }
            List<String> unused = scope.unused();
            return run.result(chosen, out, method, inertia, unused, t0);
        } finally {
            SlepcRuntime.lock().unlock();
        }
    }

    /**
     * All eigenpairs with omega = sqrt(lambda) &lt;= omegaMax, zero modes excluded: lambda in
     * (lowerBound, omegaMax^2], ascending, by spectrum slicing.
     */
    public EigenResult belowFrequency(CsrMatrix h, double omegaMax, SegmentAllocator out) {
        double lb = lowerBound(scale(h, RowLayout.of(communicator, h)));
        double top = omegaMax * omegaMax;
        if (!(omegaMax > 0) || !(top > lb)) {
            throw new IllegalArgumentException("omegaMax^2 = " + top + " must exceed the zero-mode bound " + lb);
        }
        return inInterval(h, lb, top, out);
    }

    /**
     * All eigenpairs with lambda in [lambdaMin, lambdaMax], ascending, by spectrum slicing. The interval
     * must not start at an eigenvalue (the factorisation there would be singular); to exclude zero modes
     * start it above them ({@link #belowFrequency} does).
     *
     * @throws NotConvergedException fewer pairs than the inertia counts, or a residual above the tolerance
     */
    public EigenResult inInterval(CsrMatrix h, double lambdaMin, double lambdaMax, SegmentAllocator out) {
        RowLayout layout = RowLayout.of(communicator, h);
        if (!(lambdaMin < lambdaMax) || !Double.isFinite(lambdaMin) || !Double.isFinite(lambdaMax)) {
            throw new IllegalArgumentException("bad interval [" + lambdaMin + ", " + lambdaMax + "]");
        }
        SlepcRuntime.ensureInitialized();
        SlepcRuntime.lock().lock();
        long t0 = System.nanoTime();
        try (BlasThreads threads = BlasThreads.use(options.blasThreads);
             Arena arena = Arena.ofConfined();
             OptionsScope scope = new OptionsScope(arena, options.petscOptions, layout);
             PetscObject mat = layout.createMatrix(arena, h);
             Run run = new Run(arena, mat.handle(), layout)) {
            run.configureInterval(lambdaMin, lambdaMax);
            run.solve();
            run.checkCount();
            int[] chosen = run.order.clone();
            run.checkResiduals(chosen, chosen.length);
            List<String> unused = scope.unused();
            return run.result(chosen, out, "slicing", run.nconv, unused, t0);
        } finally {
            SlepcRuntime.lock().unlock();
        }
    }

    /** max |H_ii| over all ranks (1 for a zero diagonal). */
    private static double scale(CsrMatrix h, RowLayout layout) {
        double s = layout.max(h.maxAbsDiagonal());
        return s > 0 ? s : 1.0;
    }

    private double lowerBound(double scale) {
        return Double.isNaN(options.lowerBound) ? 1e-8 * scale : options.lowerBound;
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
                check(petsc_h.VecDuplicate(v.handle(), hv.cell()), "VecDuplicate");
                check(petsc_h.MatMult(mat, v.handle(), hv.handle()), "MatMult");
                check(petsc_h.VecNorm(v.handle(), petsc_h.NORM_2(), norm), "VecNorm");
                double nv = norm.get(ValueLayout.JAVA_DOUBLE, 0);
                check(petsc_h.VecNorm(hv.handle(), petsc_h.NORM_2(), norm), "VecNorm");
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

    /**
     * Hands {@code h} to PETSc without {@link CsrMatrix#validate()} and frees it again: for tests of the
     * checks PETSc itself makes. Only for matrices whose segments are large enough to be read safely.
     */
    static void wrapUnchecked(CsrMatrix h, Arena arena) {
        SlepcRuntime.ensureInitialized();
        SlepcRuntime.lock().lock();
        RowLayout layout = new RowLayout(MpiRuntime.self(), 0, new int[] {h.rows()}, 0, h.rows());
        try (PetscObject mat = layout.createMatrix(arena, h)) {
            mat.handle();
        } finally {
            SlepcRuntime.lock().unlock();
        }
    }

    /** The name of an EPSConvergedReason, from the bindings' constants. */
    static String reasonName(int reason) {
        if (reason == slepc_h.EPS_CONVERGED_TOL()) {
            return "EPS_CONVERGED_TOL";
        } else if (reason == slepc_h.EPS_CONVERGED_USER()) {
            return "EPS_CONVERGED_USER";
        } else if (reason == slepc_h.EPS_DIVERGED_ITS()) {
            return "EPS_DIVERGED_ITS";
        } else if (reason == slepc_h.EPS_DIVERGED_BREAKDOWN()) {
            return "EPS_DIVERGED_BREAKDOWN";
        } else if (reason == slepc_h.EPS_DIVERGED_SYMMETRY_LOST()) {
            return "EPS_DIVERGED_SYMMETRY_LOST";
        } else if (reason == slepc_h.EPS_CONVERGED_ITERATING()) {
            return "EPS_CONVERGED_ITERATING";
        }
        return "EPSConvergedReason " + reason;
    }

    /** A fresh options database, the default while this scope is open. */
    private static final class OptionsScope implements AutoCloseable {
        private final PetscObject db;
        private boolean pushed;

        private final boolean parallel;

        /**
         * The user's {@code options}, after {@link #DEFAULT_OPTIONS} and, when the layout spans several ranks,
         * {@link #PARALLEL_OPTIONS}.
         */
        OptionsScope(Arena arena, String options, RowLayout layout) {
            parallel = !layout.serial();
            db = new PetscObject(arena, "PetscOptionsDestroy", petsc_h::PetscOptionsDestroy);
            SlepcRuntime.check(petsc_h.PetscOptionsCreate(db.cell()), "PetscOptionsCreate");
            try {
                SlepcRuntime.check(petsc_h.PetscOptionsInsertString(db.handle(), arena.allocateFrom(DEFAULT_OPTIONS)),
                        "PetscOptionsInsertString");
                if (parallel) {
                    SlepcRuntime.check(petsc_h.PetscOptionsInsertString(db.handle(),
                            arena.allocateFrom(PARALLEL_OPTIONS)), "PetscOptionsInsertString");
                }
                if (!options.isBlank()) {
                    SlepcRuntime.check(petsc_h.PetscOptionsInsertString(db.handle(), arena.allocateFrom(options)),
                            "PetscOptionsInsertString(\"" + options + "\")");
                }
                SlepcRuntime.check(petsc_h.PetscOptionsPush(db.handle()), "PetscOptionsPush");
                pushed = true;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }

        /** Options in this database that nothing has read, as "-name value" (not counting ours). */
        List<String> unused() {
            try (Arena a = Arena.ofConfined()) {
                MemorySegment count = a.allocate(ValueLayout.JAVA_INT);
                MemorySegment names = a.allocate(ValueLayout.ADDRESS);
                MemorySegment values = a.allocate(ValueLayout.ADDRESS);
                SlepcRuntime.check(petsc_h.PetscOptionsLeftGet(db.handle(), count, names, values),
                        "PetscOptionsLeftGet");
                int c = count.get(ValueLayout.JAVA_INT, 0);
                List<String> left = new ArrayList<>();
                MemorySegment np = names.get(ValueLayout.ADDRESS, 0).reinterpret(8L * c);
                MemorySegment vp = values.get(ValueLayout.ADDRESS, 0).reinterpret(8L * c);
                for (int i = 0; i < c; i++) {
                    String name = string(np.getAtIndex(ValueLayout.ADDRESS, i));
                    String value = string(vp.getAtIndex(ValueLayout.ADDRESS, i));
                    left.add("-" + name + (value.isEmpty() ? "" : " " + value));
                }
                SlepcRuntime.check(petsc_h.PetscOptionsLeftRestore(db.handle(), count, names, values),
                        "PetscOptionsLeftRestore");
                // ours, unread when the user picked another solver package
                left.remove(DEFAULT_OPTIONS);
                if (parallel) {
                    left.remove(PARALLEL_OPTIONS);
                }
                return left;
            }
        }

        @Override
        public void close() {
            try {
                if (pushed) {
                    pushed = false;
                    SlepcRuntime.check(petsc_h.PetscOptionsPop(), "PetscOptionsPop");
                }
            } finally {
                db.close();
            }
        }
    }

    private static String string(MemorySegment p) {
        return p.equals(MemorySegment.NULL) ? "" : p.reinterpret(Integer.MAX_VALUE).getString(0);
    }

    /** One configured EPS on H, and what its solve found. */
    private final class Run implements AutoCloseable {
        private final Arena arena;
        private final PetscObject eps;
        private final MemorySegment st;
        private final MemorySegment ksp;
        private final MemorySegment pc;
        private final MemorySegment mat;
        private final RowLayout layout;
        private final int n;
        int nconv;
        int reason;
        int iterations;
        /** Eigenvalue and relative residual of converged pair i (SLEPc's index). */
        double[] lambda;
        double[] error;
        /** SLEPc indices by ascending eigenvalue. */
        int[] order;

        Run(Arena arena, MemorySegment mat, RowLayout layout) {
            this.arena = arena;
            this.mat = mat;
            this.layout = layout;
            this.eps = new PetscObject(arena, "EPSDestroy", slepc_h::EPSDestroy);
            check(slepc_h.EPSCreate(layout.communicator().handle(), eps.cell()), "EPSCreate");
            try {
                MemorySegment e = eps.handle();
                check(slepc_h.EPSSetOperators(e, mat, MemorySegment.NULL), "EPSSetOperators");
                check(slepc_h.EPSSetProblemType(e, slepc_h.EPS_HEP()), "EPSSetProblemType");
                check(slepc_h.EPSSetType(e, arena.allocateFrom("krylovschur")), "EPSSetType");
                check(slepc_h.EPSSetTolerances(e, options.epsTolerance, petsc_h.PETSC_DEFAULT()), "EPSSetTolerances");
                st = pointer(p -> slepc_h.EPSGetST(e, p), "EPSGetST");
                check(slepc_h.STSetType(st, arena.allocateFrom("sinvert")), "STSetType");
                ksp = pointer(p -> slepc_h.STGetKSP(st, p), "STGetKSP");
                check(petsc_h.KSPSetType(ksp, arena.allocateFrom("preonly")), "KSPSetType");
                pc = pointer(p -> petsc_h.KSPGetPC(ksp, p), "KSPGetPC");
                check(petsc_h.PCSetType(pc, arena.allocateFrom("cholesky")), "PCSetType");
                check(petsc_h.PCFactorSetMatSolverType(pc, arena.allocateFrom("mumps")), "PCFactorSetMatSolverType");
                MemorySegment rows = arena.allocate(ValueLayout.JAVA_INT);
                check(petsc_h.MatGetSize(mat, rows, MemorySegment.NULL), "MatGetSize");
                n = rows.get(ValueLayout.JAVA_INT, 0);
            } catch (RuntimeException ex) {
                eps.close();
                throw ex;
            }
        }

        private MemorySegment pointer(java.util.function.ToIntFunction<MemorySegment> getter, String name) {
            MemorySegment cell = arena.allocate(ValueLayout.ADDRESS);
            check(getter.applyAsInt(cell), name);
            return cell.get(ValueLayout.ADDRESS, 0);
        }

        void configureLowest(int k, double target, DeflationSpace nullSpace) {
            MemorySegment e = eps.handle();
            check(slepc_h.EPSSetDimensions(e, k, petsc_h.PETSC_DEFAULT(), petsc_h.PETSC_DEFAULT()), "EPSSetDimensions");
            check(slepc_h.EPSSetWhichEigenpairs(e, slepc_h.EPS_TARGET_MAGNITUDE()), "EPSSetWhichEigenpairs");
            check(slepc_h.EPSSetTarget(e, target), "EPSSetTarget");
            if (nullSpace.count() > 0) {
                // Vecs over the caller's memory (no copy); SLEPc keeps references and copies them in EPSSetUp.
                List<PetscObject> vecs = new ArrayList<>();
                try {
                    MemorySegment array = arena.allocate(ValueLayout.ADDRESS, nullSpace.count());
                    for (int i = 0; i < nullSpace.count(); i++) {
                        PetscObject v = layout.vector(arena, nullSpace.vector(i));
                        vecs.add(v);
                        array.setAtIndex(ValueLayout.ADDRESS, i, v.handle());
                    }
                    check(slepc_h.EPSSetDeflationSpace(e, nullSpace.count(), array), "EPSSetDeflationSpace");
                } finally {
                    for (PetscObject v : vecs) {
                        v.close();
                    }
                }
            }
        }

        void configureInterval(double a, double b) {
            MemorySegment e = eps.handle();
            check(slepc_h.EPSSetWhichEigenpairs(e, slepc_h.EPS_ALL()), "EPSSetWhichEigenpairs");
            check(slepc_h.EPSSetInterval(e, a, b), "EPSSetInterval");
        }

        void solve() {
            MemorySegment e = eps.handle();
            check(slepc_h.EPSSetFromOptions(e), "EPSSetFromOptions");
            check(slepc_h.EPSSolve(e), "EPSSolve");
            MemorySegment iv = arena.allocate(ValueLayout.JAVA_INT);
            check(slepc_h.EPSGetConverged(e, iv), "EPSGetConverged");
            nconv = iv.get(ValueLayout.JAVA_INT, 0);
            check(slepc_h.EPSGetConvergedReason(e, iv), "EPSGetConvergedReason");
            reason = iv.get(ValueLayout.JAVA_INT, 0);
            check(slepc_h.EPSGetIterationNumber(e, iv), "EPSGetIterationNumber");
            iterations = iv.get(ValueLayout.JAVA_INT, 0);
            lambda = new double[nconv];
            error = new double[nconv];
            MemorySegment re = arena.allocate(ValueLayout.JAVA_DOUBLE);
            MemorySegment im = arena.allocate(ValueLayout.JAVA_DOUBLE);
            for (int i = 0; i < nconv; i++) {
                check(slepc_h.EPSGetEigenvalue(e, i, re, im), "EPSGetEigenvalue");
                lambda[i] = re.get(ValueLayout.JAVA_DOUBLE, 0);
                check(slepc_h.EPSComputeError(e, i, slepc_h.EPS_ERROR_RELATIVE(), re), "EPSComputeError");
                error[i] = re.get(ValueLayout.JAVA_DOUBLE, 0);
            }
            order = IntStream.range(0, nconv).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> lambda[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
        }

        double[] sortedEigenvalues() {
            return Arrays.stream(order).mapToDouble(i -> lambda[i]).toArray();
        }

        /** Spectrum slicing: the number found must be the one the inertia gives (EPSGetDimensions' nev). */
        void checkCount() {
            MemorySegment nev = arena.allocate(ValueLayout.JAVA_INT);
            check(slepc_h.EPSGetDimensions(eps.handle(), nev, MemorySegment.NULL, MemorySegment.NULL),
                    "EPSGetDimensions");
            int expected = nev.get(ValueLayout.JAVA_INT, 0);
            if (nconv != expected) {
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "spectrum slicing found %d eigenpairs, the inertia counts %d (reason %s); found: %s",
                        nconv, expected, reasonName(reason), Arrays.toString(sortedEigenvalues())),
                        expected, nconv, sortedEigenvalues());
            }
        }

        void checkResiduals(int[] chosen, int requested) {
            List<Integer> bad = new ArrayList<>();
            for (int idx : chosen) {
                if (!(error[idx] <= options.residualTolerance)) {
                    bad.add(idx);
                }
            }
            if (!bad.isEmpty()) {
                StringBuilder b = new StringBuilder();
                for (int idx : bad) {
                    b.append(String.format(Locale.ROOT, " lambda=%.10e residual=%.3e;", lambda[idx], error[idx]));
                }
                double[] good = Arrays.stream(chosen).filter(i -> error[i] <= options.residualTolerance)
                        .mapToDouble(i -> lambda[i]).toArray();
                throw new NotConvergedException(String.format(Locale.ROOT,
                        "%d of %d eigenpairs have a relative residual above %.1e:%s the others: %s",
                        bad.size(), chosen.length, options.residualTolerance, b, Arrays.toString(good)),
                        requested, good.length, good);
            }
        }

        /** Number of eigenvalues of H below sigma: negative pivots of the LDL^T factor of H - sigma I. */
        int inertiaBelow(double sigma) {
            check(slepc_h.STSetShift(st, sigma), "STSetShift");
            check(petsc_h.KSPSetUp(ksp), "KSPSetUp");
            MemorySegment factor = pointer(p -> petsc_h.PCFactorGetMatrix(pc, p), "PCFactorGetMatrix");
            MemorySegment neg = arena.allocate(ValueLayout.JAVA_INT);
            // Only nneg: asking for zero/positive counts requires MUMPS null-pivot detection (ICNTL(24)).
            check(petsc_h.MatGetInertia(factor, neg, MemorySegment.NULL, MemorySegment.NULL), "MatGetInertia");
            return neg.get(ValueLayout.JAVA_INT, 0);
        }

        /**
         * Copies the chosen pairs out, eigenvectors straight into the caller's block on one rank (no
         * intermediate copy); on several, each rank's part goes through one buffer of its rows and is gathered
         * into rank 0's block, one vector at a time, so no rank but 0 ever holds more than one vector.
         * Each eigenvalue is then replaced by the Rayleigh quotient x^T H x of its (unit) vector, and its
         * residual by ||H x - lambda x|| / |lambda| for that value, both computed here with PETSc: for a
         * symmetric H the quotient is the best eigenvalue for a given vector (error quadratic in the residual,
         * where the back-transformed shift-and-invert value is only linear), and the residual is no larger
         * than SLEPc's ({@code EPSComputeError}, already checked). Rows are kept in ascending order.
         */
        EigenResult result(int[] chosen, SegmentAllocator out, String method, int inertia, List<String> unused,
                           long t0) {
            if (options.rejectUnusedOptions && !unused.isEmpty()) {
                throw new IllegalArgumentException("PETSc options not used by the solver (misspelt?): " + unused
                        + " in \"" + options.petscOptions + "\"");
            }
            int k = chosen.length;
            MemorySegment vectors = layout.isRoot() ? out.allocate(ValueLayout.JAVA_DOUBLE, (long) k * n)
                    : MemorySegment.NULL;
            MemorySegment local = layout.serial() ? null : arena.allocate(ValueLayout.JAVA_DOUBLE, layout.localRows());
            double[] values = new double[k];
            double[] residuals = new double[k];
            MemorySegment scalar = arena.allocate(ValueLayout.JAVA_DOUBLE);
            try (PetscObject vec = layout.vector(arena, MemorySegment.NULL);
                 PetscObject hx = new PetscObject(arena, "VecDestroy", petsc_h::VecDestroy)) {
                check(petsc_h.VecDuplicate(vec.handle(), hx.cell()), "VecDuplicate");
                for (int r = 0; r < k; r++) {
                    int idx = chosen[r];
                    MemorySegment row = layout.serial() ? vectors.asSlice(8L * r * n, 8L * n) : local;
                    check(petsc_h.VecPlaceArray(vec.handle(), row), "VecPlaceArray");
                    try {
                        MemorySegment x = vec.handle();
                        check(slepc_h.EPSGetEigenvector(eps.handle(), idx, x, MemorySegment.NULL),
                                "EPSGetEigenvector");
                        check(petsc_h.MatMult(mat, x, hx.handle()), "MatMult");
                        check(petsc_h.VecDot(hx.handle(), x, scalar), "VecDot");
                        double xhx = scalar.get(ValueLayout.JAVA_DOUBLE, 0);
                        check(petsc_h.VecDot(x, x, scalar), "VecDot");
                        double rq = xhx / scalar.get(ValueLayout.JAVA_DOUBLE, 0);
                        check(petsc_h.VecAXPY(hx.handle(), -rq, x), "VecAXPY");
                        check(petsc_h.VecNorm(hx.handle(), petsc_h.NORM_2(), scalar), "VecNorm");
                        values[r] = rq;
                        residuals[r] = scalar.get(ValueLayout.JAVA_DOUBLE, 0) / Math.abs(rq);
                    } finally {
                        check(petsc_h.VecResetArray(vec.handle()), "VecResetArray");
                    }
                    if (!layout.serial()) {
                        layout.gatherToRoot(local,
                                layout.isRoot() ? vectors.asSlice(8L * r * n, 8L * n) : MemorySegment.NULL);
                    }
                }
            }
            sortRows(values, residuals, vectors);
            double seconds = (System.nanoTime() - t0) * 1e-9;
            return new EigenResult(n, values, residuals, vectors,
                    new EigenResult.Diagnostics(method, iterations, nconv, inertia, unused, seconds));
        }

        /**
         * Insertion sort by value, swapping rows: refined values may swap within (near-)degenerate levels. The
         * values are the same on every rank, so every rank sorts them alike; rows exist on rank 0 only.
         */
        private void sortRows(double[] values, double[] residuals, MemorySegment vectors) {
            MemorySegment tmp = null;
            for (int i = 1; i < values.length; i++) {
                for (int j = i; j > 0 && values[j] < values[j - 1]; j--) {
                    if (layout.isRoot()) {
                        if (tmp == null) {
                            tmp = arena.allocate(ValueLayout.JAVA_DOUBLE, n);
                        }
                        MemorySegment a = vectors.asSlice(8L * (j - 1) * n, 8L * n);
                        MemorySegment b = vectors.asSlice(8L * j * n, 8L * n);
                        tmp.copyFrom(a);
                        a.copyFrom(b);
                        b.copyFrom(tmp);
                    }
                    double v = values[j];
                    values[j] = values[j - 1];
                    values[j - 1] = v;
                    double e = residuals[j];
                    residuals[j] = residuals[j - 1];
                    residuals[j - 1] = e;
                }
            }
        }

        @Override
        public void close() {
            eps.close();
        }
    }

    private static void check(int rc, String function) {
        SlepcRuntime.check(rc, function);
    }
}
