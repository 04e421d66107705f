package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.SegmentAllocator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.modekick.bindings.petsc.petsc_h;
import org.modekick.hessian.CsrMatrix;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/**
 * Vibrational modes of a Hessian H (real symmetric, 3N x 3N, {@link CsrMatrix}) with SLEPc: Krylov-Schur
 * with shift-and-invert, the inverse applied by a Cholesky factorisation ({@code -st_ksp_type preonly
 * -st_pc_type cholesky}): for the lowest K on one rank by CHOLMOD where PETSc has it, otherwise, and for
 * every indefinite shifted matrix (count checks, slicing, which need its inertia), by MUMPS; a
 * {@code -st_pc_factor_mat_solver_type} in the options wins ({@link LowestModes}). This class
 * checks the arguments, sets up one solve ({@link SolveSession}) and hands it to the method asked for:
 * <ul>
 *   <li>{@link #lowest}: the K lowest modes, translations deflated ({@link LowestModes}), their count
 *       verified by inertia and repaired by slicing where Krylov-Schur missed degenerate members
 *       ({@link CountCheck});</li>
 *   <li>{@link #belowFrequency}, {@link #inInterval}: every mode in a window by spectrum slicing
 *       ({@link SpectrumSlice}), from {@link Options#lowerBound}, by default {@code 1e-8 * max|H_ii|}, far
 *       above the rounding-level eigenvalues of translations (~1e-15 relative) and far below the lowest
 *       vibrational eigenvalue of any system of sensible size (~(2 pi / L)^2 times a stiffness).</li>
 * </ul>
 * Every returned pair's relative residual must be at most {@link Options#residualTolerance}, and its
 * eigenvalue is the Rayleigh quotient of its vector ({@link EpsRun#result}); fewer converged pairs than
 * asked, or a residual above the tolerance, throws {@link NotConvergedException} naming what converged.
 * PETSc errors are {@link PetscException}s with PETSc's message.
 *
 * <h2>One rank or several</h2>
 * A solver runs on a {@link Communicator}: by default MPI_COMM_SELF, where H (every row) is handed to PETSc
 * without copying ({@code MatCreateSeqAIJWithArrays}). On a communicator of P &gt; 1 ranks every rank calls
 * the same method with the same arguments except H and the deflation space, of which it passes its own
 * contiguous block of rows (rank order, global column indices: {@link CsrMatrix#firstRow()}); H becomes
 * MATMPIAIJ ({@code MatCreateMPIAIJWithArrays}), vectors get the same row layout, MUMPS factorises in
 * parallel, and {@code -st_mat_mumps_icntl_13 1} is added to the options (before the user's, which may
 * override it) because MUMPS's inertia, on which the count checks rest, is only right in parallel with
 * ScaLAPACK off for the root front. Eigenvalues, residuals and diagnostics are returned on every rank; the
 * eigenvectors are gathered (MPI_Gatherv, in global order) on rank 0 only
 * ({@link EigenResult#hasEigenvectors()}). Checks of the input that could fail on one rank only are agreed
 * on first, so every rank throws, and no rank is left waiting in a collective call. PETSc must have been
 * initialised by every rank of MPI_COMM_WORLD ({@link SlepcRuntime#ensureInitialized} is collective there;
 * the first solve does it).
 *
 * <h2>PETSc options</h2>
 * {@link Options#petscOptions} (e.g. {@code "-eps_tol 1e-12 -st_mat_mumps_icntl_14 50"}) override the
 * settings above for one solve ({@link OptionsScope}). Options that nothing read (misspelt ones) are
 * reported in {@link EigenResult.Diagnostics#unusedOptions()} and, by default, rejected with an
 * {@link IllegalArgumentException} ({@link Options#rejectUnusedOptions}).
 * <p>
 * Thread-safe: solves are serialised on {@link SlepcRuntime#lock()}.
 */
public final class EigenSolver {

    /**
     * Settings of a solver. NaN for {@code target} or {@code lowerBound} means "relative to max|H_ii|" (the
     * defaults described in {@link EigenSolver}).
     *
     * @param petscOptions        PETSc/SLEPc options string, inserted before {@code EPSSetFromOptions}
     * @param epsTolerance        SLEPc's convergence tolerance ({@code EPSSetTolerances}); -eps_tol overrides
     * @param residualTolerance   largest accepted relative residual ||H x - lambda x|| / |lambda|
     * @param target              shift of shift-and-invert for {@link #lowest}: must be below 0 and near it (H
     *                            is singular); by default {@code -1e-6 * max|H_ii|}
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
         * SLEPc tolerance 1e-12 (no extra iterations against 1e-10 at n = 12288; spectrum slicing runs at
         * {@link EpsRun#SLICING_TOLERANCE}, its smallest pairs being left at residuals above 1e-7 otherwise),
         * residuals up to 1e-7 (the eigenvalues, Rayleigh quotients, are far more accurate than that),
         * automatic target and lower bound, checks on.
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
        return inSession(h, layout, session -> LowestModes.solve(session, k, space, target, lowerBound, scale, out));
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
        return inSession(h, layout, session -> SpectrumSlice.all(session, lambdaMin, lambdaMax, out));
    }

    /**
     * Runs {@code solve} holding SLEPc's lock, the BLAS threads asked for, a fresh options scope and H as a
     * PETSc matrix, all released when it returns.
     */
    private EigenResult inSession(CsrMatrix h, RowLayout layout, Function<SolveSession, EigenResult> solve) {
        SlepcRuntime.ensureInitialized();
        SlepcRuntime.lock().lock();
        long t0 = System.nanoTime();
        try (BlasThreads threads = BlasThreads.use(options.blasThreads);
             Arena arena = Arena.ofConfined();
             OptionsScope scope = new OptionsScope(arena, options.petscOptions, layout);
             PetscObject mat = layout.createMatrix(arena, h)) {
            EigenResult r = solve.apply(new SolveSession(options, layout, arena, scope, mat.handle(), t0));
            // At the end, not after the first run: the count check reads MUMPS options a CHOLMOD run does not.
            List<String> unused = scope.unused();
            if (options.rejectUnusedOptions && !unused.isEmpty()) {
                String hint = unused.stream().anyMatch(o -> o.contains("mumps"))
                        && !r.diagnostics().method().contains("mumps")
                        ? " (MUMPS options, but " + r.diagnostics().method() + " factorised: add "
                        + OptionsScope.PACKAGE_OPTION + " mumps)" : "";
                throw new IllegalArgumentException("PETSc options not used by the solver (misspelt?): " + unused
                        + " in \"" + options.petscOptions() + "\"" + hint);
            }
            return r.withUnusedOptions(unused);
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
     * The package that will factorise the shifted H of a solve with {@code options} on {@code ranks} ranks, known
     * before H is (for the memory estimate): the one the options name ({@link OptionsScope#PACKAGE_OPTION}), else
     * for the lowest K ({@code lowest}) on one rank CHOLMOD where this PETSc has it, else MUMPS (spectrum slicing's
     * always, {@link OptionsScope#DEFAULT_OPTIONS}). As {@link SolveSession#definitePackage} chooses, but the options
     * are read as words here, not by PETSc. The count check's factorisation is MUMPS's whatever this returns.
     */
    public static String factorPackage(Options options, boolean lowest, int ranks) {
        String[] words = options.petscOptions().trim().split("\\s+");
        for (int i = words.length - 2; i >= 0; i--) {
            if (words[i].equals(OptionsScope.PACKAGE_OPTION)) {
                return words[i + 1]; // the last one given, as PETSc keeps it
            }
        }
        if (!lowest || ranks > 1) {
            return petsc_h.MATSOLVERMUMPS;
        }
        try (Arena arena = Arena.ofConfined()) {
            // any 1 x 1 matrix: the answer depends on the matrix type (seqaij) only
            CsrMatrix one = CsrMatrix.copyOf(arena, 1, new int[] {0, 1}, new int[] {0}, new double[] {1});
            return choleskyAvailable(one, petsc_h.MATSOLVERCHOLMOD) ? petsc_h.MATSOLVERCHOLMOD
                    : petsc_h.MATSOLVERMUMPS;
        }
    }

    /**
     * Whether PETSc can Cholesky-factorise {@code h} (on one rank) with {@code solverPackage}, as the choice of
     * {@link SolveSession#definitePackage} asks it: for the tests, which cannot remove CHOLMOD from the build.
     */
    static boolean choleskyAvailable(CsrMatrix h, String solverPackage) {
        SlepcRuntime.ensureInitialized();
        SlepcRuntime.lock().lock();
        RowLayout layout = new RowLayout(MpiRuntime.self(), 0, new int[] {h.rows()}, 0, h.rows());
        try (Arena arena = Arena.ofConfined(); PetscObject mat = layout.createMatrix(arena, h)) {
            return SolveSession.choleskyAvailable(mat.handle(), solverPackage);
        } finally {
            SlepcRuntime.lock().unlock();
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
}
