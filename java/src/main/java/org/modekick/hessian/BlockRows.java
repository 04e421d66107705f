package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A Hessian held as 3x3 blocks per particle (the finite-difference builders' form): for particle i the columns
 * {@code neighbours[i]} (ascending) and, 9 per neighbour, H_(i,a),(j,b) at 3a + b. Gives the scalar CSR rows of
 * any range of particles, as {@link HessianSource#rowRange} hands them out.
 */
record BlockRows(int[][] neighbours, double[][] blocks) {

    /** Scalar CSR rows [3 first, 3 end) of particles [first, end), every stored entry. */
    CsrMatrix rowRange(int first, int end, Arena arena) {
        int rows = 3 * (end - first);
        MemorySegment rowPointers = arena.allocate(ValueLayout.JAVA_INT, rows + 1L);
        long nnz = 0;
        for (int i = first; i < end; i++) {
            for (int a = 0; a < 3; a++) {
                rowPointers.setAtIndex(ValueLayout.JAVA_INT, 3L * (i - first) + a, Math.toIntExact(nnz));
                nnz += 3L * neighbours[i].length;
            }
        }
        rowPointers.setAtIndex(ValueLayout.JAVA_INT, rows, Math.toIntExact(nnz));
        MemorySegment columns = arena.allocate(ValueLayout.JAVA_INT, Math.max(nnz, 1));
        MemorySegment values = arena.allocate(ValueLayout.JAVA_DOUBLE, Math.max(nnz, 1));
        long e = 0;
        for (int i = first; i < end; i++) {
            for (int a = 0; a < 3; a++) {
                for (int n = 0; n < neighbours[i].length; n++) {
                    int j = neighbours[i][n];
                    for (int b = 0; b < 3; b++) {
                        columns.setAtIndex(ValueLayout.JAVA_INT, e, 3 * j + b);
                        values.setAtIndex(ValueLayout.JAVA_DOUBLE, e, blocks[i][9 * n + 3 * a + b]);
                        e++;
                    }
                }
            }
        }
        return new CsrMatrix(3 * first, rows, 3 * neighbours.length, rowPointers, columns, values);
    }
}
