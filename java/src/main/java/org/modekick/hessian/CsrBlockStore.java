package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * The rows of particles [first, end) of a finite-difference Hessian, written straight into the native segments of
 * the final {@link CsrMatrix} as the coloured force readings arrive: no Java array per column or per block.
 *
 * <p><b>Pattern.</b> Row block i holds, in ascending order, every particle j within the footprint of i (minimum
 * image): exactly the blocks a reading can fill, since displacing j changes forces only within its footprint, and
 * the footprint is symmetric. Scalar row 3i + a stores for each such j the three columns 3j + b, so the entry of
 * (i, a; j, b) sits at rowPointers[3i + a] + 3 m + b, m the position of j in the block row.
 *
 * <p><b>Readings.</b> For each colour the displaced particles' footprints are {@link #assign assigned} (particle i
 * to the one displaced j whose footprint holds it); each axis b then brings c = -dF_(i,a)/dx_(j,b) for every
 * assigned i, which is C_ij[a][b] in row i and C_ji^T[b][a] in row j. H_ij = (C_ij + C_ji^T) / 2 is formed in place:
 * the first of the two readings of an entry is stored, the second replaced by half the sum, the same floating-point
 * operations as (C_ij + C_ji^T) / 2 of stored columns. Which comes first is known from the order readings arrive in
 * (colour, then axis): C_ij[a][b] at (colour of j, b), C_ji[b][a] at (colour of i, a); both at once only on the
 * diagonal of a diagonal block, (x + x) / 2.
 *
 * <p><b>Finishing.</b> {@link #finish} drops the off-diagonal blocks that are exactly zero, moving the kept entries
 * to the left in place, and hands out the matrix; the unused tail of the segments stays allocated until the arena
 * closes.
 */
final class CsrBlockStore {

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    private final int particles;
    private final int first;
    private final int end;
    private final int[] colour;
    private final MemorySegment rowPointers;
    private final MemorySegment columns;
    private final MemorySegment values;
    private final long patternEntries;
    // per particle, for the colour being read: the displaced particle whose footprint holds it (-1: none), the
    // entry of (i, 0; j, 0) in row block i and of (j, 0; i, 0) in row block j (-1 where that row is not stored)
    private final int[] owner;
    private final int[] ijEntry;
    private final int[] jiEntry;
    private boolean finished;

    /** The number of entries and the bytes of a pattern, before zero blocks are dropped. */
    record Plan(int particles, int first, int end, long entries) {
        /** Native bytes of the three segments. */
        long bytes() {
            return 4L * (3L * (end - first) + 1) + 12L * entries;
        }
    }

    private CsrBlockStore(int particles, int first, int end, int[] colour, MemorySegment rowPointers,
            MemorySegment columns, MemorySegment values, long patternEntries) {
        this.particles = particles;
        this.first = first;
        this.end = end;
        this.colour = colour;
        this.rowPointers = rowPointers;
        this.columns = columns;
        this.values = values;
        this.patternEntries = patternEntries;
        owner = new int[particles];
        ijEntry = new int[particles];
        jiEntry = new int[particles];
        Arrays.fill(owner, -1);
    }

    /** Counts the pattern of rows [first, end) without allocating it (for a memory plan). */
    static Plan plan(CellGrid grid, int particles, int first, int end, double footprint) {
        check(particles, first, end);
        long blocks = 0;
        int[] count = new int[1];
        for (int i = first; i < end; i++) {
            count[0] = 0;
            grid.forEachWithin(i, footprint, j -> count[0]++);
            blocks += count[0];
        }
        return new Plan(particles, first, end, 9 * blocks);
    }

    /**
     * Allocates the pattern of rows [first, end) in {@code arena}, with every value 0.
     *
     * @param colour each particle's colour, the order in which the readings will arrive
     */
    static CsrBlockStore allocate(Arena arena, CellGrid grid, int[] colour, int first, int end, double footprint) {
        int n = colour.length;
        Plan plan = plan(grid, n, first, end, footprint);
        if (plan.entries() > Integer.MAX_VALUE) {
            throw new IllegalStateException("the Hessian rows [" + 3L * first + ", " + 3L * end + ") would store "
                    + plan.entries() + " entries, beyond the 2^31 - 1 of 32-bit CSR indices (PETSc's PetscInt)");
        }
        int rows = 3 * (end - first);
        MemorySegment rowPointers = arena.allocate(INT, rows + 1L);
        MemorySegment columns = arena.allocate(INT, Math.max(plan.entries(), 1));
        MemorySegment values = arena.allocate(DOUBLE, Math.max(plan.entries(), 1));
        int[] near = new int[64];
        int[] count = new int[1];
        int e = 0;
        for (int i = first; i < end; i++) {
            count[0] = 0;
            int[][] buffer = {near};
            grid.forEachWithin(i, footprint, j -> {
                if (count[0] == buffer[0].length) {
                    buffer[0] = Arrays.copyOf(buffer[0], 2 * buffer[0].length);
                }
                buffer[0][count[0]++] = j;
            });
            near = buffer[0];
            int degree = count[0];
            Arrays.sort(near, 0, degree);
            for (int a = 0; a < 3; a++) {
                rowPointers.setAtIndex(INT, 3L * (i - first) + a, e);
                for (int m = 0; m < degree; m++) {
                    for (int b = 0; b < 3; b++) {
                        columns.setAtIndex(INT, e++, 3 * near[m] + b);
                    }
                }
            }
        }
        if (e != plan.entries()) {
            throw new IllegalStateException("the pattern counted " + plan.entries() + " entries, then filled " + e);
        }
        rowPointers.setAtIndex(INT, rows, e);
        return new CsrBlockStore(n, first, end, colour, rowPointers, columns, values, plan.entries());
    }

    private static void check(int particles, int first, int end) {
        if (first < 0 || end > particles || first > end) {
            throw new IllegalArgumentException("particle range [" + first + ", " + end + ") outside [0, " + particles
                    + ")");
        }
    }

    /** Entries of the pattern (before zero blocks are dropped). */
    long patternEntries() {
        return patternEntries;
    }

    /** Native bytes the segments hold (the pattern's size; dropping zero blocks frees nothing). */
    long bytes() {
        return rowPointers.byteSize() + columns.byteSize() + values.byteSize();
    }

    private boolean stored(int i) {
        return i >= first && i < end;
    }

    /** The entry of (i, 0; j, 0): row 3i, the position of block j in row block i; -1 when j is not in it. */
    private int entry(int i, int j) {
        int row = 3 * (i - first);
        int lo = rowPointers.getAtIndex(INT, row);
        int length = (rowPointers.getAtIndex(INT, row + 1) - lo) / 3;
        int low = 0, high = length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = columns.getAtIndex(INT, lo + 3L * mid) / 3;
            if (c < j) {
                low = mid + 1;
            } else if (c > j) {
                high = mid - 1;
            } else {
                return lo + 3 * mid;
            }
        }
        return -1;
    }

    /** Scalar entries per row of block row i (3 x its blocks). */
    private int rowLength(int i) {
        int row = 3 * (i - first);
        return rowPointers.getAtIndex(INT, row + 1) - rowPointers.getAtIndex(INT, row);
    }

    /** For the present colour: particle i lies in the footprint of the displaced particle j. */
    void assign(int i, int j) {
        if (finished) {
            throw new IllegalStateException("the matrix has been handed out");
        }
        if (owner[i] >= 0) {
            throw new IllegalStateException("particle " + i + " lies in the footprints of both " + owner[i] + " and "
                    + j + ", displaced together");
        }
        if (i != j && colour[i] == colour[j]) { // put's order of arrival needs this
            throw new IllegalStateException("particles " + i + " and " + j + " share colour " + colour[i]
                    + " but lie within one footprint");
        }
        owner[i] = j;
        ijEntry[i] = stored(i) ? entry(i, j) : -1;
        jiEntry[i] = stored(j) ? entry(j, i) : -1;
        if ((stored(i) && ijEntry[i] < 0) || (stored(j) && jiEntry[i] < 0)) {
            throw new IllegalStateException("particles " + i + " and " + j + " are not in each other's footprint");
        }
    }

    /** Whether particle i has been assigned a displaced particle for the present colour. */
    boolean assigned(int i) {
        return owner[i] >= 0;
    }

    /** Ends the assignment of particle i (after the colour's three axes). */
    void release(int i) {
        owner[i] = -1;
    }

    /** The reading c = -dF_(i,a)/dx_(j,b) of the present colour, j the particle i is assigned to. */
    void put(int i, int a, int b, double c) {
        int j = owner[i];
        int here = 3 * colour[j] + b; // when C_ij[a][b] arrives (now)
        int there = 3 * colour[i] + a; // when C_ji[b][a] arrives
        if (here == there) { // i = j, a = b: both halves at once
            if (ijEntry[i] >= 0) {
                values.setAtIndex(DOUBLE, ijEntry[i] + (long) a * rowLength(i) + b, 0.5 * (c + c));
            }
            return;
        }
        boolean firstHalf = here < there;
        if (ijEntry[i] >= 0) {
            combine(ijEntry[i] + (long) a * rowLength(i) + b, c, firstHalf);
        }
        if (jiEntry[i] >= 0) {
            combine(jiEntry[i] + (long) b * rowLength(j) + a, c, firstHalf);
        }
    }

    private void combine(long e, double c, boolean firstHalf) {
        values.setAtIndex(DOUBLE, e, firstHalf ? c : 0.5 * (values.getAtIndex(DOUBLE, e) + c));
    }

    /** The largest |entry| of the stored rows. */
    double largest() {
        double largest = 0;
        long nnz = rowPointers.getAtIndex(INT, 3L * (end - first));
        for (long e = 0; e < nnz; e++) {
            largest = Math.max(largest, Math.abs(values.getAtIndex(DOUBLE, e)));
        }
        return largest;
    }

    /** Drops the off-diagonal blocks that are exactly zero (in place) and hands out the rows; no readings after. */
    CsrMatrix finish() {
        if (!finished) {
            compact();
            finished = true;
        }
        return new CsrMatrix(3 * first, 3 * (end - first), 3 * particles, rowPointers, columns, values);
    }

    private void compact() {
        boolean[] keep = new boolean[16];
        int w = 0;
        for (int i = first; i < end; i++) {
            int row = 3 * (i - first);
            int from = rowPointers.getAtIndex(INT, row);
            int length = rowPointers.getAtIndex(INT, row + 1) - from;
            int degree = length / 3;
            if (keep.length < degree) {
                keep = new boolean[Math.max(degree, 2 * keep.length)];
            }
            int kept = 0;
            for (int m = 0; m < degree; m++) {
                boolean zero = true;
                for (int a = 0; a < 3 && zero; a++) {
                    for (int b = 0; b < 3; b++) {
                        zero &= values.getAtIndex(DOUBLE, from + (long) a * length + 3 * m + b) == 0;
                    }
                }
                keep[m] = !zero || columns.getAtIndex(INT, from + 3L * m) / 3 == i;
                kept += keep[m] ? 1 : 0;
            }
            // entry (a, m) moves from from + a length + 3m to w + 3 a kept + 3 m' with w <= from, kept <= degree and
            // m' <= m: never past an entry not yet moved
            for (int a = 0; a < 3; a++) {
                rowPointers.setAtIndex(INT, row + a, w);
                for (int m = 0; m < degree; m++) {
                    if (keep[m]) {
                        long source = from + (long) a * length + 3 * m;
                        for (int b = 0; b < 3; b++) {
                            columns.setAtIndex(INT, w, columns.getAtIndex(INT, source + b));
                            values.setAtIndex(DOUBLE, w, values.getAtIndex(DOUBLE, source + b));
                            w++;
                        }
                    }
                }
            }
        }
        rowPointers.setAtIndex(INT, 3L * (end - first), w);
    }
}
