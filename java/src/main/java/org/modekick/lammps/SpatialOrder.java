package org.modekick.lammps;

import java.util.Arrays;
import org.modekick.system.Box;

/**
 * An order of particles in which neighbours in space are mostly neighbours in the order: the Morton (Z-order)
 * curve through cells of a few particles each. LAMMPS keeps atoms in memory in the order they were created (sorting is
 * off), and its pair loop reads the positions and adds to the forces of every neighbour of an atom; with
 * {@code create_atoms random}'s order those lie anywhere in memory and each access is a cache miss. Within a
 * cell, particles keep their index order, so the order is a function of the positions alone.
 */
final class SpatialOrder {

    /** Bits per axis of a cell index: up to 1024 cells along each axis. */
    private static final int BITS = 10;

    private SpatialOrder() {}

    /**
     * The particles' indices in Morton order of their cells.
     *
     * @param box the periodic box
     * @param positions 3N coordinates, wrapped into the box
     * @param cell the edge of a cell (at least; larger if the box would need more than 2^10 cells along an axis)
     */
    static int[] of(Box box, double[] positions, double cell) {
        int n = positions.length / 3;
        int[] cells = new int[3];
        for (int a = 0; a < 3; a++) {
            cells[a] = (int) Math.max(1, Math.min(1 << BITS, Math.floor(box.length(a) / cell)));
        }
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            long morton = 0;
            for (int a = 0; a < 3; a++) {
                int c = (int) ((positions[3 * i + a] - box.lo(a)) / box.length(a) * cells[a]);
                c = Math.min(Math.max(c, 0), cells[a] - 1);
                morton |= spread(c) << a;
            }
            keyed[i] = (morton << 31) | i; // 30 bits of cell, 31 of index: sorted by cell, then by index
        }
        Arrays.sort(keyed);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keyed[k] & Integer.MAX_VALUE);
        }
        return order;
    }

    /** The 10 low bits of c, each followed by two zero bits (bit b goes to bit 3b). */
    static long spread(int c) {
        long s = 0;
        for (int b = 0; b < BITS; b++) {
            s |= (long) ((c >> b) & 1) << (3 * b);
        }
        return s;
    }
}
