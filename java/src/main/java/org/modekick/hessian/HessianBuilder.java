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
        return rowRange(0, configuration.size(), arena);
    }

    /** Scalar CSR rows [3 first, 3 end) of particles [first, end), every entry. */
    @Override
    public CsrMatrix rowRange(int first, int end, Arena arena) {
        ContactGraph g = ContactGraph.build(configuration, field, first, end);
        int count = end - first;
        int rows = 3 * count;
        MemorySegment rowPointers = arena.allocate(INT, rows + 1L);
        long nnz = 0;
        for (int p = first; p < end; p++) {
            for (int a = 0; a < 3; a++) {
                rowPointers.setAtIndex(INT, 3L * (p - first) + a, toInt(nnz));
                nnz += 3L * (g.degree(p) + 1);
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
                for (; k < to && g.neighbour[k] < p; k++) {
                    e = putRow(columns, values, e, g.neighbour[k], g.pairBlocks, PairBlock.SIZE * g.pairOf[k], a);
                }
                e = putRow(columns, values, e, p, g.diagonal, PairBlock.SIZE * (p - first), a);
                for (; k < to; k++) {
                    e = putRow(columns, values, e, g.neighbour[k], g.pairBlocks, PairBlock.SIZE * g.pairOf[k], a);
                }
            }
        }
        return new CsrMatrix(3 * first, rows, 3 * configuration.size(), rowPointers,
                columns.asSlice(0, nnz * Integer.BYTES), values.asSlice(0, nnz * Double.BYTES));
    }

    /** Row a of one block at block column q: columns 3q, 3q + 1, 3q + 2. */
    private static long putRow(MemorySegment columns, MemorySegment values, long e, int q, double[] block,
            int offset, int a) {
        for (int b = 0; b < 3; b++) {
            columns.setAtIndex(INT, e, 3 * q + b);
            values.setAtIndex(DOUBLE, e, PairBlock.entry(block, offset, a, b));
            e++;
        }
        return e;
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
