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
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.modekick.bindings.petsc.petsc_h;
import org.modekick.bindings.slepc.slepc_h;

/**
 * One configured EPS on H (Krylov-Schur, shift-and-invert, KSP preonly, Cholesky through the solver package
 * of the options), and what its solve found: converged eigenvalues, residuals, the order by eigenvalue. Its
 * checks (count by inertia, residuals) throw {@link NotConvergedException}; {@link #result} copies the chosen
 * pairs out with Rayleigh-quotient eigenvalues.
 */
final class EpsRun implements AutoCloseable {

    /** SLEPc's tolerance for spectrum slicing, unless the options ask for a tighter one (-eps_tol overrides). */
    static final double SLICING_TOLERANCE = 1e-15;

    private final EigenSolver.Options options;
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
    /** The package that factorised (PCFactorGetMatSolverType after set-up), e.g. "cholmod". */
    String factorPackage = "";
    /** Wall time of EPSSetUp (for shift-and-invert: the factorisation) and of EPSSolve (the iterations). */
    double setupSeconds;
    double solveSeconds;
    /** The process's CPU time in the same two calls. */
    double setupCpu;
    double solveCpu;
    /** Linear solves with the factor (KSPGetTotalIterations of the preonly KSP: one per application). */
    int solves;
    /** A package this run must factorise with whatever the options say, or null: the options decide. */
    private String forcedPackage;

    EpsRun(EigenSolver.Options options, Arena arena, MemorySegment mat, RowLayout layout) {
        this.options = options;
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
            check(slepc_h.EPSSetTolerances(e, options.epsTolerance(), petsc_h.PETSC_DEFAULT()), "EPSSetTolerances");
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

    private MemorySegment pointer(ToIntFunction<MemorySegment> getter, String name) {
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
        // Slicing's smallest eigenvalues converge with residuals up to ~3e-7 at 1e-12 (harmonic and LJ, N = 2000,
        // below the boson peak), over the acceptance tolerance; at 1e-15 they reach 1.6e-10 and 1.7e-8.
        check(slepc_h.EPSSetTolerances(e, Math.min(options.epsTolerance(), SLICING_TOLERANCE), petsc_h.PETSC_DEFAULT()),
                "EPSSetTolerances");
        check(slepc_h.EPSSetWhichEigenpairs(e, slepc_h.EPS_ALL()), "EPSSetWhichEigenpairs");
        check(slepc_h.EPSSetInterval(e, a, b), "EPSSetInterval");
    }

    /**
     * Factorise with {@code solverPackage} (e.g. {@link petsc_h#MATSOLVERCHOLMOD}), set after the options are
     * read so that it overrides our default there; the caller passes null where the user's option must win.
     */
    void usePackage(String solverPackage) {
        forcedPackage = solverPackage;
    }

    /** EPSSetFromOptions, then the forced package, then set-up (the factorisation) and solve, each timed. */
    void solve() {
        MemorySegment e = eps.handle();
        check(slepc_h.EPSSetFromOptions(e), "EPSSetFromOptions");
        setUp();
        long t1 = System.nanoTime();
        double cpu1 = EigenResult.processCpuSeconds();
        check(slepc_h.EPSSolve(e), "EPSSolve");
        solveSeconds = (System.nanoTime() - t1) * 1e-9;
        solveCpu = EigenResult.processCpuSeconds() - cpu1;
        MemorySegment iv = arena.allocate(ValueLayout.JAVA_INT);
        check(petsc_h.KSPGetTotalIterations(ksp, iv), "KSPGetTotalIterations");
        solves = iv.get(ValueLayout.JAVA_INT, 0);
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

    /**
     * EPSSetUp (after the options are read) with the forced package, timed, and the package that factorised.
     * Errors of the factorisation (CHOLMOD's "not positive definite") surface here as {@link PetscException}.
     */
    @SuppressWarnings("restricted") // the package name is a C string PETSc owns
    private void setUp() {
        if (forcedPackage != null) {
            check(petsc_h.PCFactorSetMatSolverType(pc, arena.allocateFrom(forcedPackage)), "PCFactorSetMatSolverType");
        }
        long t0 = System.nanoTime();
        double cpu0 = EigenResult.processCpuSeconds();
        check(slepc_h.EPSSetUp(eps.handle()), "EPSSetUp");
        setupSeconds = (System.nanoTime() - t0) * 1e-9;
        setupCpu = EigenResult.processCpuSeconds() - cpu0;
        MemorySegment type = arena.allocate(ValueLayout.ADDRESS);
        check(petsc_h.PCFactorGetMatSolverType(pc, type), "PCFactorGetMatSolverType");
        MemorySegment p = type.get(ValueLayout.ADDRESS, 0);
        factorPackage = p.equals(MemorySegment.NULL) ? "" : p.reinterpret(256).getString(0);
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
            if (!(error[idx] <= options.residualTolerance())) {
                bad.add(idx);
            }
        }
        if (!bad.isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (int idx : bad) {
                b.append(String.format(Locale.ROOT, " lambda=%.10e residual=%.3e;", lambda[idx], error[idx]));
            }
            double[] good = Arrays.stream(chosen).filter(i -> error[i] <= options.residualTolerance())
                    .mapToDouble(i -> lambda[i]).toArray();
            String others = good.length == 0 ? "none"
                    : String.format(Locale.ROOT, "%d in [%.10e, %.10e]", good.length, good[0], good[good.length - 1]);
            throw new NotConvergedException(String.format(Locale.ROOT,
                    "%d of %d eigenpairs have a relative residual above %.1e:%s the others: %s",
                    bad.size(), chosen.length, options.residualTolerance(), b, others),
                    requested, good.length, good);
        }
    }

    /**
     * Factorises the shift-and-invert operator H - shift I as symmetric positive definite: MUMPS without
     * pivoting (SYM = 1), which reads the MAT_SPD flag of the matrix it factorises. The ST's own shifted
     * matrix cannot carry that flag, so a copy shifted alike is given as the preconditioner matrix
     * ({@code STSetPreconditionerMat}), which is what the preonly KSP factorises and applies. Valid only
     * while H - shift I is positive definite: {@link #factorNegativePivots()} tells after the solve. The
     * shift must not change afterwards (the copy would not follow).
     */
    void factoriseAsDefinite(double shift) {
        try (PetscObject p = new PetscObject(arena, "MatDestroy", petsc_h::MatDestroy)) {
            check(petsc_h.MatDuplicate(mat, petsc_h.MAT_COPY_VALUES(), p.cell()), "MatDuplicate");
            check(petsc_h.MatShift(p.handle(), -shift), "MatShift");
            check(petsc_h.MatSetOption(p.handle(), petsc_h.MAT_SPD(), petsc_h.PETSC_TRUE()), "MatSetOption(MAT_SPD)");
            // the ST keeps its own reference
            check(slepc_h.STSetPreconditionerMat(st, p.handle()), "STSetPreconditionerMat");
        }
    }

    /**
     * Negative pivots of the factor the solve used (MUMPS's INFOG(12)), without factorising again; 0 for a
     * package that gives no inertia, such as CHOLMOD, which factorises only positive definite matrices and
     * fails on any other.
     */
    int factorNegativePivots() {
        if (petsc_h.MATSOLVERCHOLMOD.equals(factorPackage)) {
            return 0; // it factorised, so the matrix is positive definite
        }
        MemorySegment factor = pointer(p -> petsc_h.PCFactorGetMatrix(pc, p), "PCFactorGetMatrix");
        MemorySegment neg = arena.allocate(ValueLayout.JAVA_INT);
        try {
            check(petsc_h.MatGetInertia(factor, neg, MemorySegment.NULL, MemorySegment.NULL), "MatGetInertia");
        } catch (PetscException e) {
            if (e.errorCode() == petsc_h.PETSC_ERR_SUP()) { // no inertia for this factor type
                return 0;
            }
            throw e;
        }
        return neg.get(ValueLayout.JAVA_INT, 0);
    }

    /**
     * Number of eigenvalues of H below sigma for a fresh run that solves nothing: sets it up at target sigma
     * (one MUMPS LDL^T factorisation with pivoting of H - sigma I, whatever solver package the options name
     * for the shift-and-invert: only MUMPS gives the inertia) and counts the negative pivots.
     */
    int inertiaAt(double sigma) {
        MemorySegment e = eps.handle();
        check(slepc_h.EPSSetDimensions(e, 1, petsc_h.PETSC_DEFAULT(), petsc_h.PETSC_DEFAULT()), "EPSSetDimensions");
        check(slepc_h.EPSSetWhichEigenpairs(e, slepc_h.EPS_TARGET_MAGNITUDE()), "EPSSetWhichEigenpairs");
        check(slepc_h.EPSSetTarget(e, sigma), "EPSSetTarget");
        check(slepc_h.EPSSetFromOptions(e), "EPSSetFromOptions");
        usePackage(petsc_h.MATSOLVERMUMPS);
        setUp();
        return inertiaBelow(sigma);
    }

    /** MUMPS's ICNTL(i) of the factor this run set up (MatMumpsGetIcntl): what MUMPS was really told. */
    int mumpsIcntl(int i) {
        MemorySegment factor = pointer(p -> petsc_h.PCFactorGetMatrix(pc, p), "PCFactorGetMatrix");
        MemorySegment value = arena.allocate(ValueLayout.JAVA_INT);
        check(petsc_h.MatMumpsGetIcntl(factor, i, value), "MatMumpsGetIcntl");
        return value.get(ValueLayout.JAVA_INT, 0);
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
                new EigenResult.Diagnostics(method, iterations, nconv, inertia, unused, seconds, phases()));
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

    /** This run's phases (no count check). */
    EigenResult.Phases phases() {
        return new EigenResult.Phases(factorPackage, setupSeconds, solveSeconds, solves, "", 0,
                new double[] {setupCpu, solveCpu, 0});
    }

    @Override
    public void close() {
        eps.close();
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

    private static void check(int rc, String function) {
        SlepcRuntime.check(rc, function);
    }
}
