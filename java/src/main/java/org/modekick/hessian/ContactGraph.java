package org.modekick.hessian;

import org.modekick.potential.ForceField;
import org.modekick.potential.PairPotential;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

/**
 * The interacting neighbours of the particles [first, end), each list sorted by particle index, with
 * the Hessian blocks K_pq (6 numbers per pair) and H_pp = -sum_q K_pq. A pair interacts when
 * r &lt; cutoff of its type pair, strictly: at r = cutoff every potential here has phi' = 0, and a
 * harmonic contact exactly touching (r = sigma) is taken as open, so its one-sided phi'' = eps/sigma^2 is
 * not counted; such a pair has measure zero in a relaxed glass.
 *
 * <p>Two passes over the cell list (count, then fill) avoid growing arrays: pair search is cheap next
 * to the memory the pairs take.
 */
final class ContactGraph {

    final int first;
    final int end;
    /** Entries of particle first + k are [start[k], start[k + 1]). */
    final int[] start;
    /** The neighbour of each entry, ascending within a particle. */
    final int[] neighbour;
    /** The pair of each entry: its block is pairBlocks[6 * pair ..]. */
    final int[] pairOf;
    final double[] pairBlocks;
    /** H_pp for each particle of the range, 6 numbers each. */
    final double[] diagonal;

    private ContactGraph(int first, int end, int[] start, int[] neighbour, int[] pairOf, double[] pairBlocks,
            double[] diagonal) {
        this.first = first;
        this.end = end;
        this.start = start;
        this.neighbour = neighbour;
        this.pairOf = pairOf;
        this.pairBlocks = pairBlocks;
        this.diagonal = diagonal;
    }

    int degree(int p) {
        return start[p - first + 1] - start[p - first];
    }

    static ContactGraph build(Configuration c, ForceField field, int first, int end) {
        int n = c.size();
        if (first < 0 || end > n || first > end) {
            throw new IllegalArgumentException("particle range [" + first + ", " + end + ") outside [0, " + n + ")");
        }
        if (field.atomTypes() < c.atomTypes()) {
            throw new IllegalArgumentException("force field has " + field.atomTypes()
                    + " atom types, configuration " + c.atomTypes());
        }
        double searchCutoff = field.maxCutoff();
        int count = end - first;

        // Pass 1: degrees of the particles in range, and the number of pairs touching the range.
        int[] degree = new int[count];
        long[] pairs = {0};
        CellList.forEachPair(c, searchCutoff, (i, j, dx, dy, dz, r2) -> {
            boolean hasI = i >= first && i < end;
            boolean hasJ = j >= first && j < end;
            if ((hasI || hasJ) && interacts(field, c, i, j, r2)) {
                if (hasI) {
                    degree[i - first]++;
                }
                if (hasJ) {
                    degree[j - first]++;
                }
                pairs[0]++;
            }
        });
        int[] start = new int[count + 1];
        for (int k = 0; k < count; k++) {
            start[k + 1] = Math.addExact(start[k], degree[k]);
        }
        int[] neighbour = new int[start[count]];
        int[] pairOf = new int[start[count]];
        double[] blocks = new double[Math.multiplyExact(Math.toIntExact(pairs[0]), PairBlock.SIZE)];

        // Pass 2: fill, in the same (deterministic) visiting order.
        int[] cursor = start.clone();
        int[] next = {0};
        CellList.forEachPair(c, searchCutoff, (i, j, dx, dy, dz, r2) -> {
            boolean hasI = i >= first && i < end;
            boolean hasJ = j >= first && j < end;
            if ((hasI || hasJ) && interacts(field, c, i, j, r2)) {
                int pair = next[0]++;
                PairBlock.write(field.pair(c.type(i), c.type(j)), dx, dy, dz, Math.sqrt(r2), blocks,
                        PairBlock.SIZE * pair);
                if (hasI) {
                    int e = cursor[i - first]++;
                    neighbour[e] = j;
                    pairOf[e] = pair;
                }
                if (hasJ) {
                    int e = cursor[j - first]++;
                    neighbour[e] = i;
                    pairOf[e] = pair;
                }
            }
        });
        if (next[0] != pairs[0]) {
            throw new IllegalStateException("cell list visited " + next[0] + " pairs, then " + pairs[0]);
        }

        double[] diagonal = new double[PairBlock.SIZE * count];
        for (int k = 0; k < count; k++) {
            sortEntries(neighbour, pairOf, start[k], start[k + 1]);
            for (int e = start[k]; e < start[k + 1]; e++) {
                for (int m = 0; m < PairBlock.SIZE; m++) {
                    diagonal[PairBlock.SIZE * k + m] -= blocks[PairBlock.SIZE * pairOf[e] + m];
                }
            }
        }
        return new ContactGraph(first, end, start, neighbour, pairOf, blocks, diagonal);
    }

    private static boolean interacts(ForceField field, Configuration c, int i, int j, double r2) {
        PairPotential p = field.pair(c.type(i), c.type(j));
        double rc = p.cutoff();
        return r2 < rc * rc;
    }

    /** Insertion sort of one particle's entries by neighbour: lists are short (about 6 to 80). */
    private static void sortEntries(int[] neighbour, int[] pairOf, int from, int to) {
        for (int a = from + 1; a < to; a++) {
            int key = neighbour[a];
            int pair = pairOf[a];
            int b = a - 1;
            while (b >= from && neighbour[b] > key) {
                neighbour[b + 1] = neighbour[b];
                pairOf[b + 1] = pairOf[b];
                b--;
            }
            neighbour[b + 1] = key;
            pairOf[b + 1] = pair;
        }
    }
}
