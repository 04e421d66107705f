package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.modekick.bindings.petsc.petsc_h;
import org.modekick.hessian.CsrMatrix;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.ReduceOp;

/**
 * How the rows of H are spread over the ranks of a solve: rank r holds rowCounts[r] contiguous rows, the
 * blocks in rank order, so that PETSc's default ownership of a vector of the same local sizes matches them.
 * With one rank this is the serial case, where PETSc objects are sequential and nothing is communicated.
 * <p>
 * Everything here that can fail on one rank only is made collective first ({@link Agreement}): otherwise the
 * failing rank would leave while the others wait forever in PETSc's next collective call.
 */
record RowLayout(Communicator communicator, int rank, int[] rowCounts, int firstRow, int order) {

    /** Validates the local rows and agrees on the layout: same order everywhere, blocks contiguous in rank order. */
    static RowLayout of(Communicator communicator, CsrMatrix h) {
        int rank = communicator.rank();
        int size = communicator.size();
        if (size == 1) {
            h.validate();
            if (!h.complete()) {
                throw new IllegalArgumentException("a solve on one rank needs every row; got rows [" + h.firstRow()
                        + ", " + (h.firstRow() + h.rows()) + ") of " + h.columns());
            }
            return new RowLayout(communicator, 0, new int[] {h.rows()}, 0, h.rows());
        }
        Agreement.run(communicator, "checking its rows of H", (Runnable) h::validate);
        int[] counts = communicator.allgather(h.rows());
        int[] firsts = communicator.allgather(h.firstRow());
        int[] orders = communicator.allgather(h.columns());
        long expected = 0;
        for (int r = 0; r < size; r++) {
            if (orders[r] != orders[0] || firsts[r] != expected) {
                // every rank sees the same arrays, so every rank throws
                throw new IllegalArgumentException("the ranks' rows of H are not contiguous blocks of one matrix in "
                        + "rank order: first rows " + Arrays.toString(firsts) + ", row counts "
                        + Arrays.toString(counts)
                        + ", orders " + Arrays.toString(orders));
            }
            expected += counts[r];
        }
        if (expected != orders[0]) {
            throw new IllegalArgumentException("the ranks hold " + expected + " rows of a matrix of order "
                    + orders[0]);
        }
        return new RowLayout(communicator, rank, counts, h.firstRow(), orders[0]);
    }

    /** Runs a local check on every rank; if it failed anywhere, it fails everywhere ({@link Agreement}). */
    void agree(String what, Runnable check) {
        Agreement.run(communicator, what, check);
    }

    boolean serial() {
        return rowCounts.length == 1;
    }

    boolean isRoot() {
        return rank == 0;
    }

    int localRows() {
        return rowCounts[rank];
    }

    /** The maximum of a local value over the ranks. */
    double max(double local) {
        return serial() ? local : communicator.allreduce(local, ReduceOp.MAX);
    }

    /**
     * H as a PETSc matrix. One rank: sequential AIJ over the caller's arrays (no copy). Several: MPIAIJ from each
     * rank's rows with global, sorted column indices; the local column count equals the local row count, so
     * the diagonal block is the rank's own square block and vectors get the same layout as the rows. PETSc
     * copies the arrays here.
     */
    PetscObject createMatrix(Arena arena, CsrMatrix h) {
        PetscObject mat = new PetscObject(arena, "MatDestroy", petsc_h::MatDestroy);
        if (serial()) {
            SlepcRuntime.check(petsc_h.MatCreateSeqAIJWithArrays(communicator.handle(), order, order, h.rowPointers(),
                    h.columnIndices(), h.values(), mat.cell()), "MatCreateSeqAIJWithArrays");
        } else {
            SlepcRuntime.check(petsc_h.MatCreateMPIAIJWithArrays(communicator.handle(), localRows(), localRows(), order,
                    order, h.rowPointers(), h.columnIndices(), h.values(), mat.cell()), "MatCreateMPIAIJWithArrays");
        }
        try {
            SlepcRuntime.check(petsc_h.MatSetOption(mat.handle(), petsc_h.MAT_SYMMETRIC(), petsc_h.PETSC_TRUE()),
                    "MatSetOption(MAT_SYMMETRIC)");
            SlepcRuntime.check(petsc_h.MatSetOption(mat.handle(), petsc_h.MAT_SYMMETRY_ETERNAL(),
                    petsc_h.PETSC_TRUE()), "MatSetOption(MAT_SYMMETRY_ETERNAL)");
        } catch (RuntimeException e) {
            mat.close();
            throw e;
        }
        return mat;
    }

    /** A vector over {@code localArray} (this rank's rows; NULL: place an array later), no copy. */
    PetscObject vector(Arena arena, MemorySegment localArray) {
        PetscObject vec = new PetscObject(arena, "VecDestroy", petsc_h::VecDestroy);
        if (serial()) {
            SlepcRuntime.check(petsc_h.VecCreateSeqWithArray(communicator.handle(), 1, order, localArray, vec.cell()),
                    "VecCreateSeqWithArray");
        } else {
            SlepcRuntime.check(petsc_h.VecCreateMPIWithArray(communicator.handle(), 1, localRows(), order, localArray,
                    vec.cell()), "VecCreateMPIWithArray");
        }
        return vec;
    }

    /** Gathers each rank's part of a vector into {@code whole} (order doubles) on rank 0; whole is NULL elsewhere. */
    void gatherToRoot(MemorySegment local, MemorySegment whole) {
        communicator.gather(local, whole, rowCounts, 0);
    }
}
