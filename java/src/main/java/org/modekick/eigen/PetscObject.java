package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.function.ToIntFunction;

/**
 * One PETSc object (Mat, Vec, EPS, PetscOptions) held in a native pointer cell, so that PETSc's
 * {@code XxxCreate(..., &obj)} can fill it and {@code XxxDestroy(&obj)} can free it. Closing destroys it
 * (once; PETSc sets the cell to NULL) and checks the return code.
 */
final class PetscObject implements AutoCloseable {

    private final MemorySegment cell;
    private final String destroyName;
    private final ToIntFunction<MemorySegment> destroy;

    /** An empty cell in {@code arena}; pass {@link #cell()} to the creating function. */
    PetscObject(Arena arena, String destroyName, ToIntFunction<MemorySegment> destroy) {
        this.cell = arena.allocate(ValueLayout.ADDRESS);
        this.cell.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
        this.destroyName = destroyName;
        this.destroy = destroy;
    }

    /** The address of the handle ({@code Mat *}), for create and destroy functions. */
    MemorySegment cell() {
        return cell;
    }

    /** The handle ({@code Mat}); NULL before creation and after destruction. */
    MemorySegment handle() {
        return cell.get(ValueLayout.ADDRESS, 0);
    }

    @Override
    public void close() {
        if (!handle().equals(MemorySegment.NULL)) {
            SlepcRuntime.check(destroy.applyAsInt(cell), destroyName);
        }
    }
}
