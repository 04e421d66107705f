package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;

import org.modekick.bindings.petsc.petsc_h;

/**
 * What one solve holds while it runs, opened and closed by {@link EigenSolver}: the settings, the row
 * layout, the arena of its PETSc objects, its options scope and H as a PETSc matrix; {@code startNanos} is
 * when the solve began (for {@link EigenResult.Diagnostics#seconds()}).
 */
record SolveSession(EigenSolver.Options options, RowLayout layout, Arena arena, OptionsScope scope, MemorySegment mat,
                    long startNanos) {

    /** A new EPS on H in this session (close it before the session ends). */
    EpsRun newRun() {
        return new EpsRun(options, arena, mat, layout);
    }

    /**
     * The package to factorise a positive definite H - target I with: null where the user's options name one
     * (theirs wins), CHOLMOD on one rank where this PETSc has it (it is sequential), MUMPS otherwise.
     */
    String definitePackage() {
        if (scope.userNamesPackage()) {
            return null;
        }
        if (!layout.serial()) {
            return petsc_h.MATSOLVERMUMPS;
        }
        return choleskyAvailable(mat, petsc_h.MATSOLVERCHOLMOD) ? petsc_h.MATSOLVERCHOLMOD : petsc_h.MATSOLVERMUMPS;
    }

    /** Whether this PETSc can Cholesky-factorise {@code mat} (its type) with {@code solverPackage}. */
    static boolean choleskyAvailable(MemorySegment mat, String solverPackage) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment available = a.allocate(ValueLayout.JAVA_INT);
            SlepcRuntime.check(petsc_h.MatGetFactorAvailable(mat, a.allocateFrom(solverPackage),
                    petsc_h.MAT_FACTOR_CHOLESKY(), available), "MatGetFactorAvailable");
            return available.get(ValueLayout.JAVA_INT, 0) != 0;
        }
    }

    /** The options nothing has read so far ({@link OptionsScope#unused()}). */
    List<String> unusedOptions() {
        return scope.unused();
    }
}
