package org.modekick.hessian;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Block rows [firstBlockRow, firstBlockRow + blockRows) of a sparse matrix of 3x3 blocks (one per
 * particle pair) in block CSR form, in native memory: int rowPointers[blockRows + 1] (from 0), int
 * columnIndices[blocks] (global block columns, ascending within a row) and double values[9 * blocks].
 * This is what PETSc's MatCreateSeqBAIJWithArrays / MatCreateMPIBAIJWithArrays (FULL) and
 * MatCreateSeqSBAIJWithArrays (UPPER) take with bs = 3. PETSc reads each block column-major by default;
 * every Hessian block is symmetric, so row- and column-major are the same numbers.
 */
public final class BlockCsrMatrix {

    public static final int BLOCK = 3;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    private final int firstBlockRow;
    private final int blockRows;
    private final int blockColumns;
    private final Triangle triangle;
    private final MemorySegment rowPointers;
    private final MemorySegment columnIndices;
    private final MemorySegment values;

    BlockCsrMatrix(int firstBlockRow, int blockRows, int blockColumns, Triangle triangle,
            MemorySegment rowPointers, MemorySegment columnIndices, MemorySegment values) {
        this.firstBlockRow = firstBlockRow;
        this.blockRows = blockRows;
        this.blockColumns = blockColumns;
        this.triangle = triangle;
        this.rowPointers = rowPointers;
        this.columnIndices = columnIndices;
        this.values = values;
    }

    public int firstBlockRow() { return firstBlockRow; }
    public int blockRows() { return blockRows; }
    public int blockColumns() { return blockColumns; }
    public Triangle triangle() { return triangle; }
    public MemorySegment rowPointers() { return rowPointers; }
    public MemorySegment columnIndices() { return columnIndices; }
    public MemorySegment values() { return values; }

    public int blocks() {
        return rowPointers.getAtIndex(INT, blockRows);
    }

    /** The stored entries as a dense (3 blockRows) x (3 blockColumns) array (only for small matrices). */
    public double[][] toDense() {
        long rows = (long) BLOCK * blockRows;
        long columns = (long) BLOCK * blockColumns;
        if (rows * columns > 50_000_000L) {
            throw new IllegalStateException("matrix too large for a dense copy: " + rows + " x " + columns);
        }
        double[][] dense = new double[(int) rows][(int) columns];
        for (int br = 0; br < blockRows; br++) {
            int end = rowPointers.getAtIndex(INT, br + 1);
            for (int b = rowPointers.getAtIndex(INT, br); b < end; b++) {
                int bc = columnIndices.getAtIndex(INT, b);
                for (int a = 0; a < BLOCK; a++) {
                    for (int c = 0; c < BLOCK; c++) {
                        dense[BLOCK * br + a][BLOCK * bc + c] = values.getAtIndex(DOUBLE, 9L * b + 3 * a + c);
                    }
                }
            }
        }
        return dense;
    }
}
