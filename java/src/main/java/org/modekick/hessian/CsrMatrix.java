package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Rows [firstRow, firstRow + rows) of a real square sparse matrix of order {@code columns} in compressed
 * sparse row form, in native memory: int rowPointers[rows + 1] (starting at 0), int columnIndices[nonZeros]
 * (global, strictly ascending within each row) and double values[nonZeros]. Every entry of the stored rows
 * is kept (both triangles of a symmetric matrix). This is exactly what PETSc's MatCreateSeqAIJWithArrays
 * (one rank, the whole matrix, no copy) and MatCreateMPIAIJWithArrays (each rank its own contiguous block
 * of rows, copied) take with 32-bit PetscInt. The segments belong to the arena the matrix was built in and
 * must stay alive, and unchanged, while PETSc reads them.
 * <p>
 * The eigensolver needs a symmetric matrix; the Cholesky factorisation reads one triangle, so an
 * unsymmetric input is not detected by PETSc and silently gives wrong modes: use {@link #symmetryError()}
 * when in doubt. {@link #validate()} checks everything PETSc would otherwise read out of bounds.
 *
 * @param firstRow      global index of the first stored row
 * @param rows          number of stored rows
 * @param columns       order of the whole matrix (columns are global indices)
 * @param rowPointers   int[rows + 1]
 * @param columnIndices int[nonZeros]
 * @param values        double[nonZeros]
 */
public record CsrMatrix(int firstRow, int rows, int columns, MemorySegment rowPointers, MemorySegment columnIndices,
                        MemorySegment values) {

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    public CsrMatrix {
        if (rows < 0 || firstRow < 0 || (long) firstRow + rows > columns) {
            throw new IllegalArgumentException("rows [" + firstRow + ", " + ((long) firstRow + rows)
                    + ") do not fit a matrix of order " + columns);
        }
        if (rowPointers == null || columnIndices == null || values == null) {
            throw new NullPointerException("rowPointers, columnIndices and values must not be null");
        }
        if (rowPointers.byteSize() < 4L * (rows + 1)) {
            throw new IllegalArgumentException("rowPointers holds " + rowPointers.byteSize() / 4
                    + " ints, needs rows + 1 = " + (rows + 1L));
        }
    }

    /** The whole square matrix of order {@code rows}. */
    public CsrMatrix(int rows, MemorySegment rowPointers, MemorySegment columnIndices, MemorySegment values) {
        this(0, rows, rows, rowPointers, columnIndices, values);
    }

    /** Copies Java arrays into native memory from {@code allocator}; for tests and small matrices. */
    public static CsrMatrix copyOf(SegmentAllocator allocator, int rows, int[] rowPointers, int[] columnIndices,
                                   double[] values) {
        return new CsrMatrix(rows, allocator.allocateFrom(INT, rowPointers), allocator.allocateFrom(INT, columnIndices),
                allocator.allocateFrom(DOUBLE, values));
    }

    /** True when this holds every row of the matrix. */
    public boolean complete() {
        return firstRow == 0 && rows == columns;
    }

    /** Number of stored entries, {@code rowPointers[rows]}. */
    public int nonZeros() {
        return rowPointers.getAtIndex(INT, rows);
    }

    /** Where stored row {@code localRow} (global row firstRow + localRow) starts in columnIndices and values. */
    public int rowStart(int localRow) {
        return rowPointers.getAtIndex(INT, localRow);
    }

    public int column(int entry) {
        return columnIndices.getAtIndex(INT, entry);
    }

    public double value(int entry) {
        return values.getAtIndex(DOUBLE, entry);
    }

    /** The entry (global row, column) of a stored row, 0 if it is not stored; binary search within the row. */
    public double get(int row, int column) {
        int local = row - firstRow;
        if (local < 0 || local >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " is not among the stored rows [" + firstRow + ", "
                    + (firstRow + rows) + ")");
        }
        int lo = rowStart(local), hi = rowStart(local + 1) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = column(mid);
            if (c < column) {
                lo = mid + 1;
            } else if (c > column) {
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
     * max_i sum_j |H_ij| over the stored rows (Gershgorin): its maximum over all rows bounds every
     * eigenvalue's magnitude.
     */
    public double gershgorinBound() {
        double bound = 0;
        for (int row = 0; row < rows; row++) {
            double sum = 0;
            for (int e = rowStart(row); e < rowStart(row + 1); e++) {
                sum += Math.abs(value(e));
            }
            bound = Math.max(bound, sum);
        }
        return bound;
    }

    /** True when stored row {@code localRow} holds only zeros (or nothing). */
    public boolean zeroRow(int localRow) {
        for (int e = rowStart(localRow); e < rowStart(localRow + 1); e++) {
            if (value(e) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Overwrites the stored diagonal entry of global row {@code row}; a row that stores none is an error. */
    public void setDiagonal(int row, double value) {
        int local = row - firstRow;
        if (local < 0 || local >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " is not among the stored rows [" + firstRow + ", "
                    + (firstRow + rows) + ")");
        }
        for (int e = rowStart(local); e < rowStart(local + 1); e++) {
            if (column(e) == row) {
                values.setAtIndex(DOUBLE, e, value);
                return;
            }
        }
        throw new IllegalStateException("the matrix stores no diagonal entry in row " + row);
    }

    /**
     * Checks everything PETSc would otherwise read out of bounds or misinterpret, in O(nnz): segment sizes,
     * {@code rowPointers[0] == 0}, non-decreasing row pointers, column indices in range and strictly
     * increasing within each row, finite values. Throws {@link IllegalArgumentException} naming the first
     * problem.
     */
    public CsrMatrix validate() {
        if (rowPointers.getAtIndex(INT, 0) != 0) {
            throw new IllegalArgumentException("rowPtr[0] = " + rowPointers.getAtIndex(INT, 0) + ", must be 0");
        }
        for (int i = 0; i < rows; i++) {
            if (rowPointers.getAtIndex(INT, i + 1) < rowPointers.getAtIndex(INT, i)) {
                throw new IllegalArgumentException("rowPtr decreases at stored row " + i + ": "
                        + rowPointers.getAtIndex(INT, i) + " > " + rowPointers.getAtIndex(INT, i + 1));
            }
        }
        long nnz = nonZeros();
        if (columnIndices.byteSize() < 4 * nnz) {
            throw new IllegalArgumentException("colIdx holds " + columnIndices.byteSize() / 4 + " ints, rowPtr[rows] = "
                    + nnz);
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
        if (x.length != columns || y.length != rows) {
            throw new IllegalArgumentException("x holds " + x.length + " doubles, y " + y.length + "; expected "
                    + columns + " and " + rows);
        }
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int p = rowStart(i), end = rowStart(i + 1); p < end; p++) {
                s += value(p) * x[column(p)];
            }
            y[i] = s;
        }
    }

    /** y = H x for native vectors: x holds {@code columns()} doubles, y {@code rows()}. */
    public void multiply(MemorySegment x, MemorySegment y) {
        checkLength(x, columns, "x");
        checkLength(y, rows, "y");
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int e = rowStart(r), end = rowStart(r + 1); e < end; e++) {
                sum += value(e) * x.getAtIndex(DOUBLE, column(e));
            }
            y.setAtIndex(DOUBLE, r, sum);
        }
    }

    /** The stored entries as a dense rows() x columns() array (only for small matrices). */
    public double[][] toDense() {
        if ((long) rows * columns > 50_000_000L) {
            throw new IllegalStateException("matrix too large for a dense copy: " + rows + " x " + columns);
        }
        double[][] dense = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int e = rowStart(r), end = rowStart(r + 1); e < end; e++) {
                dense[r][column(e)] = value(e);
            }
        }
        return dense;
    }

    /** A copy of this matrix in {@code arena}, e.g. to keep it alive beyond the caller's memory. */
    public CsrMatrix copyTo(Arena arena) {
        int nnz = nonZeros();
        MemorySegment r = arena.allocate(INT, rows + 1L).copyFrom(rowPointers.asSlice(0, 4L * (rows + 1)));
        MemorySegment c = arena.allocate(INT, nnz).copyFrom(columnIndices.asSlice(0, 4L * nnz));
        MemorySegment v = arena.allocate(DOUBLE, nnz).copyFrom(values.asSlice(0, 8L * nnz));
        return new CsrMatrix(firstRow, rows, columns, r, c, v);
    }

    private static void checkLength(MemorySegment s, long doubles, String name) {
        if (s.byteSize() != doubles * Double.BYTES) {
            throw new IllegalArgumentException(name + " holds " + s.byteSize() / Double.BYTES + " doubles, expected "
                    + doubles);
        }
    }
}
