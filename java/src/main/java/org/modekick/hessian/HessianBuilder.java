package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;
import org.modekick.potential.ForceField;
import org.modekick.system.Configuration;

/**
 * Assembles the Hessian H = d^2 Phi / dr dr of Phi = sum_{i&lt;j} phi(r_ij) (minimum image) in O(N):
 * off-diagonal blocks K_ij = -[phi'' n n^T + (phi'/r)(I - n n^T)] for pairs with r &lt; cutoff, diagonal
 * blocks H_ii = -sum_j K_ij (see {@link PairBlock}, {@link ContactGraph}). Row i of particle i (rows 3i,
 * 3i + 1, 3i + 2) needs only i's own contacts, so the rows of particles [first, end) are assembled alone,
 * as one MPI rank would; their numbers are bitwise those of the full matrix.
 */
public final class HessianBuilder implements HessianSource {

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    private final Configuration configuration;
    private final ForceField field;

    public HessianBuilder(Configuration configuration, ForceField field) {
        this.configuration = Objects.requireNonNull(configuration);
        this.field = Objects.requireNonNull(field);
    }

    /** The whole matrix, every entry, in scalar CSR. */
    public CsrMatrix build(Arena arena) {
        return rowRange(0, configuration.size(), Triangle.FULL, arena);
    }

    /** Scalar CSR rows [3 first, 3 end) of particles [first, end). */
    @Override
    public CsrMatrix rowRange(int first, int end, Triangle triangle, Arena arena) {
        ContactGraph g = ContactGraph.build(configuration, field, first, end);
        int count = end - first;
        int rows = 3 * count;
        MemorySegment rowPointers = arena.allocate(INT, rows + 1L);
        long nnz = 0;
        for (int p = first; p < end; p++) {
            for (int a = 0; a < 3; a++) {
                rowPointers.setAtIndex(INT, 3L * (p - first) + a, toInt(nnz));
                nnz += rowLength(g, p, a, triangle);
            }
        }
        rowPointers.setAtIndex(INT, rows, toInt(nnz));
        MemorySegment columns = arena.allocate(INT, Math.max(nnz, 1));
        MemorySegment values = arena.allocate(DOUBLE, Math.max(nnz, 1));
        long e = 0;
        for (int p = first; p < end; p++) {
            int from = g.start[p - first];
            int to = g.start[p - first + 1];
            for (int a = 0; a < 3; a++) {
                // Block columns ascending: neighbours below p, p itself, neighbours above p.
                int k = from;
                if (triangle == Triangle.FULL) {
                    for (; k < to && g.neighbour[k] < p; k++) {
                        e = putRow(columns, values, e, g.neighbour[k], g.pairBlocks, PairBlock.SIZE * g.pairOf[k], a, 0);
                    }
                } else {
                    while (k < to && g.neighbour[k] < p) {
                        k++;
                    }
                }
                e = putRow(columns, values, e, p, g.diagonal, PairBlock.SIZE * (p - first), a,
                        triangle == Triangle.UPPER ? a : 0);
                for (; k < to; k++) {
                    e = putRow(columns, values, e, g.neighbour[k], g.pairBlocks, PairBlock.SIZE * g.pairOf[k], a, 0);
                }
            }
        }
        return new CsrMatrix(3 * first, rows, 3 * configuration.size(), triangle, rowPointers,
                columns.asSlice(0, nnz * Integer.BYTES), values.asSlice(0, nnz * Double.BYTES));
    }

    /** Block (bs = 3) CSR block rows of particles [first, end). */
    public BlockCsrMatrix blockRowRange(int first, int end, Triangle triangle, Arena arena) {
        ContactGraph g = ContactGraph.build(configuration, field, first, end);
        int count = end - first;
        MemorySegment rowPointers = arena.allocate(INT, count + 1L);
        long blocks = 0;
        for (int p = first; p < end; p++) {
            rowPointers.setAtIndex(INT, p - first, toInt(blocks));
            blocks += 1 + (triangle == Triangle.FULL ? g.degree(p) : above(g, p));
        }
        rowPointers.setAtIndex(INT, count, toInt(blocks));
        MemorySegment columns = arena.allocate(INT, Math.max(blocks, 1));
        MemorySegment values = arena.allocate(DOUBLE, 9 * Math.max(blocks, 1));
        long b = 0;
        for (int p = first; p < end; p++) {
            int from = g.start[p - first];
            int to = g.start[p - first + 1];
            int k = from;
            for (; k < to && g.neighbour[k] < p; k++) {
                if (triangle == Triangle.FULL) {
                    b = putBlock(columns, values, b, g.neighbour[k], g.pairBlocks, PairBlock.SIZE * g.pairOf[k]);
                }
            }
            b = putBlock(columns, values, b, p, g.diagonal, PairBlock.SIZE * (p - first));
            for (; k < to; k++) {
                b = putBlock(columns, values, b, g.neighbour[k], g.pairBlocks, PairBlock.SIZE * g.pairOf[k]);
            }
        }
        return new BlockCsrMatrix(first, count, configuration.size(), triangle, rowPointers,
                columns.asSlice(0, blocks * Integer.BYTES), values.asSlice(0, 9 * blocks * Double.BYTES));
    }

    private static long rowLength(ContactGraph g, int p, int a, Triangle triangle) {
        return triangle == Triangle.FULL ? 3L * (g.degree(p) + 1) : (3 - a) + 3L * above(g, p);
    }

    private static int above(ContactGraph g, int p) {
        int count = 0;
        for (int k = g.start[p - g.first]; k < g.start[p - g.first + 1]; k++) {
            if (g.neighbour[k] > p) {
                count++;
            }
        }
        return count;
    }

    /** Row a of one block at block column q, columns 3q + b for b &gt;= fromB. */
    private static long putRow(MemorySegment columns, MemorySegment values, long e, int q, double[] block,
            int offset, int a, int fromB) {
        for (int b = fromB; b < 3; b++) {
            columns.setAtIndex(INT, e, 3 * q + b);
            values.setAtIndex(DOUBLE, e, PairBlock.entry(block, offset, a, b));
            e++;
        }
        return e;
    }

    private static long putBlock(MemorySegment columns, MemorySegment values, long b, int q, double[] block,
            int offset) {
        columns.setAtIndex(INT, b, q);
        for (int a = 0; a < 3; a++) {
            for (int c = 0; c < 3; c++) {
                values.setAtIndex(DOUBLE, 9 * b + 3 * a + c, PairBlock.entry(block, offset, a, c));
            }
        }
        return b + 1;
    }

    /** The arrays hold 32-bit indices, as PETSc built with 32-bit PetscInt needs. */
    private static int toInt(long count) {
        if (count > Integer.MAX_VALUE) {
            throw new ArithmeticException("more than 2^31 - 1 stored entries (" + count
                    + "): too many for 32-bit indices; assemble fewer rows at a time");
        }
        return (int) count;
    }
}
