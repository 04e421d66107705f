package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;

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

    /** The options nothing has read so far ({@link OptionsScope#unused()}). */
    List<String> unusedOptions() {
        return scope.unused();
    }
}
