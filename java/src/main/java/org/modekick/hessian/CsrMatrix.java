package org.modekick.hessian;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A block of rows [firstRow, firstRow + rows) of a square sparse matrix in compressed sparse row form,
 * in native memory: int rowPointers[rows + 1] (starting at 0), int columnIndices[nonZeros] (global,
 * ascending within each row) and double values[nonZeros]. This is exactly what PETSc's
 * MatCreateSeqAIJWithArrays / MatCreateMPIAIJWithArrays (FULL) and MatCreateSeqSBAIJWithArrays with block
 * size 1 (UPPER) take, with 32-bit PetscInt. The segments belong to the arena the matrix was built in.
 */
public final class CsrMatrix {

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    private final int firstRow;
    private final int rows;
    private final int columns;
    private final Triangle triangle;
    private final MemorySegment rowPointers;
    private final MemorySegment columnIndices;
    private final MemorySegment values;

    CsrMatrix(int firstRow, int rows, int columns, Triangle triangle, MemorySegment rowPointers,
            MemorySegment columnIndices, MemorySegment values) {
        this.firstRow = firstRow;
        this.rows = rows;
        this.columns = columns;
        this.triangle = triangle;
        this.rowPointers = rowPointers;
        this.columnIndices = columnIndices;
        this.values = values;
    }

    public int firstRow() { return firstRow; }
    public int rows() { return rows; }
    /** The global dimension 3N: columns are global indices. */
    public int columns() { return columns; }
    public Triangle triangle() { return triangle; }
    public MemorySegment rowPointers() { return rowPointers; }
    public MemorySegment columnIndices() { return columnIndices; }
    public MemorySegment values() { return values; }

    public int nonZeros() {
        return rowPointers.getAtIndex(INT, rows);
    }

    /** True when this holds every row of the matrix. */
    public boolean complete() {
        return firstRow == 0 && rows == columns;
    }

    /** The stored entry (global row, column), 0 where none is stored. */
    public double get(int row, int column) {
        int local = row - firstRow;
        if (local < 0 || local >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("(" + row + ", " + column + ") outside the stored rows");
        }
        int lo = rowPointers.getAtIndex(INT, local);
        int hi = rowPointers.getAtIndex(INT, local + 1) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = columnIndices.getAtIndex(INT, mid);
            if (c < column) {
                lo = mid + 1;
            } else if (c > column) {
                hi = mid - 1;
            } else {
                return values.getAtIndex(DOUBLE, mid);
            }
        }
        return 0;
    }

    /**
     * y = H x for the stored rows: x holds {@code columns()} doubles, y {@code rows()}. An UPPER matrix
     * stands for the whole symmetric matrix, so it must be complete.
     */
    public void multiply(MemorySegment x, MemorySegment y) {
        checkLength(x, columns, "x");
        checkLength(y, rows, "y");
        if (triangle == Triangle.FULL) {
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                int end = rowPointers.getAtIndex(INT, r + 1);
                for (int e = rowPointers.getAtIndex(INT, r); e < end; e++) {
                    sum += values.getAtIndex(DOUBLE, e) * x.getAtIndex(DOUBLE, columnIndices.getAtIndex(INT, e));
                }
                y.setAtIndex(DOUBLE, r, sum);
            }
            return;
        }
        if (!complete()) {
            throw new IllegalStateException("an upper triangle of some rows cannot multiply on its own");
        }
        y.fill((byte) 0);
        for (int r = 0; r < rows; r++) {
            double xr = x.getAtIndex(DOUBLE, r);
            double sum = 0;
            int end = rowPointers.getAtIndex(INT, r + 1);
            for (int e = rowPointers.getAtIndex(INT, r); e < end; e++) {
                int c = columnIndices.getAtIndex(INT, e);
                double v = values.getAtIndex(DOUBLE, e);
                sum += v * x.getAtIndex(DOUBLE, c);
                if (c != r) { // the mirrored lower entry
                    y.setAtIndex(DOUBLE, c, y.getAtIndex(DOUBLE, c) + v * xr);
                }
            }
            y.setAtIndex(DOUBLE, r, y.getAtIndex(DOUBLE, r) + sum);
        }
    }

    /** The stored entries as a dense rows() x columns() array (only for small matrices). */
    public double[][] toDense() {
        if ((long) rows * columns > 50_000_000L) {
            throw new IllegalStateException("matrix too large for a dense copy: " + rows + " x " + columns);
        }
        double[][] dense = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            int end = rowPointers.getAtIndex(INT, r + 1);
            for (int e = rowPointers.getAtIndex(INT, r); e < end; e++) {
                dense[r][columnIndices.getAtIndex(INT, e)] = values.getAtIndex(DOUBLE, e);
            }
        }
        return dense;
    }

    static void checkLength(MemorySegment s, long doubles, String name) {
        if (s.byteSize() != doubles * Double.BYTES) {
            throw new IllegalArgumentException(name + " holds " + s.byteSize() / Double.BYTES + " doubles, expected "
                    + doubles);
        }
    }
}
