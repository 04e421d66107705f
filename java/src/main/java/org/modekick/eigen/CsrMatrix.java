package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Rows of a real square sparse matrix in scalar CSR (compressed sparse row) form, in native memory: rows
 * [firstRow, firstRow + rows) of an order-{@code columns} matrix. {@code rowPtr} holds {@code rows + 1} ints
 * starting at 0, {@code colIdx} the global column of each stored entry (sorted, without repeats, within a
 * row) and {@code values} the entries, {@code nnz = rowPtr[rows]} of each.
 * <p>
 * On one rank this is the whole matrix (firstRow 0, rows == columns), which the eigensolver hands to PETSc
 * without copying ({@code MatCreateSeqAIJWithArrays}): the segments must then stay alive, and unchanged,
 * while a solve runs. On several ranks each holds its own contiguous block of rows, the blocks in rank order
 * ({@code MatCreateMPIAIJWithArrays}, which copies them).
 * <p>
 * For the eigensolver the matrix must be symmetric; both triangles are stored (the Cholesky factorisation
 * reads one of them, so an unsymmetric input is not detected by PETSc and silently gives wrong modes: use
 * {@link #symmetryError()} when in doubt).
 *
 * @param firstRow global index of the first stored row
 * @param rows     number of stored rows
 * @param columns  order of the whole matrix (columns are global indices)
 * @param rowPtr   int[rows + 1]
 * @param colIdx   int[nnz]
 * @param values   double[nnz]
 */
public record CsrMatrix(int firstRow, int rows, int columns, MemorySegment rowPtr, MemorySegment colIdx,
                        MemorySegment values) {

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    public CsrMatrix {
        if (rows < 0 || firstRow < 0 || (long) firstRow + rows > columns) {
            throw new IllegalArgumentException("rows [" + firstRow + ", " + ((long) firstRow + rows)
                    + ") do not fit a matrix of order " + columns);
        }
        if (rowPtr == null || colIdx == null || values == null) {
            throw new NullPointerException("rowPtr, colIdx and values must not be null");
        }
        if (rowPtr.byteSize() < 4L * (rows + 1)) {
            throw new IllegalArgumentException("rowPtr holds " + rowPtr.byteSize() / 4 + " ints, needs rows + 1 = "
                    + (rows + 1L));
        }
    }

    /** The whole square matrix of order {@code rows}. */
    public CsrMatrix(int rows, MemorySegment rowPtr, MemorySegment colIdx, MemorySegment values) {
        this(0, rows, rows, rowPtr, colIdx, values);
    }

    /** True when this holds every row of the matrix. */
    public boolean complete() {
        return firstRow == 0 && rows == columns;
    }

    /** Copies Java arrays into native memory from {@code allocator}; for tests and small matrices. */
    public static CsrMatrix copyOf(SegmentAllocator allocator, int rows, int[] rowPtr, int[] colIdx, double[] values) {
        return new CsrMatrix(rows, allocator.allocateFrom(INT, rowPtr), allocator.allocateFrom(INT, colIdx),
                allocator.allocateFrom(DOUBLE, values));
    }

    /** Number of stored entries, {@code rowPtr[rows]}. */
    public int nnz() {
        return rowPtr.getAtIndex(INT, rows);
    }

    /** Where stored row {@code localRow} (global row firstRow + localRow) starts in colIdx and values. */
    public int rowStart(int localRow) {
        return rowPtr.getAtIndex(INT, localRow);
    }

    public int column(int entry) {
        return colIdx.getAtIndex(INT, entry);
    }

    public double value(int entry) {
        return values.getAtIndex(DOUBLE, entry);
    }

    /** The entry (global row, col) of a stored row, 0 if it is not stored; binary search within the row. */
    public double get(int row, int col) {
        int local = row - firstRow;
        if (local < 0 || local >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " is not among the stored rows [" + firstRow + ", "
                    + (firstRow + rows) + ")");
        }
        int lo = rowStart(local), hi = rowStart(local + 1) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = column(mid);
            if (c < col) {
                lo = mid + 1;
            } else if (c > col) {
                hi = mid - 1;
            } else {
                return value(mid);
            }
        }
        return 0.0;
    }

    /** The largest |H_ii| of the stored rows: the scale used for default shifts and bounds. */
    public double maxAbsDiagonal() {
        double m = 0;
        for (int i = firstRow; i < firstRow + rows; i++) {
            m = Math.max(m, Math.abs(get(i, i)));
        }
        return m;
    }

    /**
     * Checks everything PETSc would otherwise read out of bounds or misinterpret, in O(nnz): segment sizes,
     * {@code rowPtr[0] == 0}, non-decreasing row pointers, column indices in range and strictly increasing
     * within each row, finite values. Throws {@link IllegalArgumentException} naming the first problem.
     */
    public CsrMatrix validate() {
        if (rowPtr.getAtIndex(INT, 0) != 0) {
            throw new IllegalArgumentException("rowPtr[0] = " + rowPtr.getAtIndex(INT, 0) + ", must be 0");
        }
        for (int i = 0; i < rows; i++) {
            if (rowPtr.getAtIndex(INT, i + 1) < rowPtr.getAtIndex(INT, i)) {
                throw new IllegalArgumentException("rowPtr decreases at stored row " + i + ": "
                        + rowPtr.getAtIndex(INT, i)
                        + " > " + rowPtr.getAtIndex(INT, i + 1));
            }
        }
        long nnz = nnz();
        if (colIdx.byteSize() < 4 * nnz) {
            throw new IllegalArgumentException("colIdx holds " + colIdx.byteSize() / 4 + " ints, rowPtr[rows] = " + nnz);
        }
        if (values.byteSize() < 8 * nnz) {
            throw new IllegalArgumentException("values holds " + values.byteSize() / 8 + " doubles, rowPtr[rows] = "
                    + nnz);
        }
        for (int i = 0; i < rows; i++) {
            int prev = -1;
            for (int p = rowStart(i), end = rowStart(i + 1); p < end; p++) {
                int c = column(p);
                if (c < 0 || c >= columns) {
                    throw new IllegalArgumentException("column index " + c + " out of range [0, " + columns
                            + ") in row " + (firstRow + i));
                }
                if (c <= prev) {
                    throw new IllegalArgumentException("column indices not strictly increasing in row " + (firstRow + i)
                            + ": " + prev + " then " + c);
                }
                prev = c;
                double v = value(p);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("entry (" + (firstRow + i) + ", " + c + ") is " + v);
                }
            }
        }
        return this;
    }

    /**
     * max |H_ij - H_ji| over stored entries, relative to {@link #maxAbsDiagonal()} (0 for a symmetric
     * matrix; an entry stored on one side only counts against the implicit 0 on the other). O(nnz log).
     * Needs the whole matrix.
     */
    public double symmetryError() {
        if (!complete()) {
            throw new IllegalStateException("the symmetry of rows [" + firstRow + ", " + (firstRow + rows)
                    + ") alone cannot be checked");
        }
        double worst = 0;
        for (int i = 0; i < rows; i++) {
            for (int p = rowStart(i), end = rowStart(i + 1); p < end; p++) {
                int j = column(p);
                if (j > i) {
                    worst = Math.max(worst, Math.abs(value(p) - get(j, i)));
                } else if (j < i && get(j, i) == 0.0) {
                    worst = Math.max(worst, Math.abs(value(p)));
                }
            }
        }
        double scale = maxAbsDiagonal();
        return scale > 0 ? worst / scale : worst;
    }

    /** y = H x for Java arrays, x of length columns, y of length rows (the stored rows); for checks and tests. */
    public void multiply(double[] x, double[] y) {
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int p = rowStart(i), end = rowStart(i + 1); p < end; p++) {
                s += value(p) * x[column(p)];
            }
            y[i] = s;
        }
    }

    /** A copy of this matrix in {@code arena}, e.g. to keep it alive beyond the caller's memory. */
    public CsrMatrix copyTo(Arena arena) {
        int nnz = nnz();
        MemorySegment r = arena.allocate(INT, rows + 1L).copyFrom(rowPtr.asSlice(0, 4L * (rows + 1)));
        MemorySegment c = arena.allocate(INT, nnz).copyFrom(colIdx.asSlice(0, 4L * nnz));
        MemorySegment v = arena.allocate(DOUBLE, nnz).copyFrom(values.asSlice(0, 8L * nnz));
        return new CsrMatrix(firstRow, rows, columns, r, c, v);
    }
}
