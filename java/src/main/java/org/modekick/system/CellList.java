package org.modekick.system;

/**
 * Finds every pair of particles closer than a cutoff in O(N): particles are binned into cells at
 * least one cutoff wide, and each cell is compared with itself and its 13 forward neighbours, so each
 * pair is visited once. Boxes too small for three cells along an axis fall back to all pairs.
 */
public final class CellList {

    private CellList() {}

    /**
     * Visits each pair i &lt; j with |r_i - r_j| &lt; cutoff (minimum image). The minimum image is unique
     * only while the cutoff is below half of every box length, so a smaller box is an error.
     */
    public static void forEachPair(Configuration c, double cutoff, PairVisitor visitor) {
        Box box = c.box();
        for (int a = 0; a < 3; a++) {
            if (!(2 * cutoff < box.length(a))) {
                throw new IllegalArgumentException("box length " + box.length(a) + " along axis " + a
                        + " is less than twice the cutoff " + cutoff + ": the minimum image is ambiguous");
            }
        }
        int[] cells = new int[3];
        // more cells than about 2 N^(1/3) per axis only adds empty cells (and can overflow for tiny cutoffs)
        long cap = Math.max(3, 2 * (long) Math.ceil(Math.cbrt(c.size())));
        for (int a = 0; a < 3; a++) {
            cells[a] = (int) Math.min(cap, (long) Math.floor(box.length(a) / cutoff));
        }
        if (cells[0] < 3 || cells[1] < 3 || cells[2] < 3) {
            allPairs(c, cutoff, visitor);
        } else {
            binned(c, cutoff, cells, visitor);
        }
    }

    private static void allPairs(Configuration c, double cutoff, PairVisitor visitor) {
        int n = c.size();
        Box box = c.box();
        double rc2 = cutoff * cutoff;
        for (int i = 0; i < n; i++) {
            double xi = c.x(i, 0), yi = c.x(i, 1), zi = c.x(i, 2);
            for (int j = i + 1; j < n; j++) {
                double dx = box.minimumImage(xi - c.x(j, 0), 0);
                double dy = box.minimumImage(yi - c.x(j, 1), 1);
                double dz = box.minimumImage(zi - c.x(j, 2), 2);
                double r2 = dx * dx + dy * dy + dz * dz;
                if (r2 < rc2) {
                    visitor.visit(i, j, dx, dy, dz, r2);
                }
            }
        }
    }

    private static void binned(Configuration c, double cutoff, int[] cells, PairVisitor visitor) {
        int n = c.size();
        Box box = c.box();
        int nx = cells[0], ny = cells[1], nz = cells[2];
        int total = nx * ny * nz;
        int[] head = new int[total];
        java.util.Arrays.fill(head, -1);
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            int cell = cellIndex(c, box, i, nx, ny, nz);
            next[i] = head[cell];
            head[cell] = i;
        }
        double rc2 = cutoff * cutoff;
        for (int cz = 0; cz < nz; cz++) {
            for (int cy = 0; cy < ny; cy++) {
                for (int cx = 0; cx < nx; cx++) {
                    int cell = (cz * ny + cy) * nx + cx;
                    for (int[] o : FORWARD) {
                        int other = (Math.floorMod(cz + o[2], nz) * ny + Math.floorMod(cy + o[1], ny)) * nx
                                + Math.floorMod(cx + o[0], nx);
                        boolean same = other == cell;
                        for (int i = head[cell]; i >= 0; i = next[i]) {
                            double xi = c.x(i, 0), yi = c.x(i, 1), zi = c.x(i, 2);
                            for (int j = same ? next[i] : head[other]; j >= 0; j = next[j]) {
                                double dx = box.minimumImage(xi - c.x(j, 0), 0);
                                double dy = box.minimumImage(yi - c.x(j, 1), 1);
                                double dz = box.minimumImage(zi - c.x(j, 2), 2);
                                double r2 = dx * dx + dy * dy + dz * dz;
                                if (r2 < rc2) {
                                    if (i < j) {
                                        visitor.visit(i, j, dx, dy, dz, r2);
                                    } else {
                                        visitor.visit(j, i, -dx, -dy, -dz, r2);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static int cellIndex(Configuration c, Box box, int i, int nx, int ny, int nz) {
        int ix = bin(c.x(i, 0) - box.xlo(), box.lx(), nx);
        int iy = bin(c.x(i, 1) - box.ylo(), box.ly(), ny);
        int iz = bin(c.x(i, 2) - box.zlo(), box.lz(), nz);
        return (iz * ny + iy) * nx + ix;
    }

    /** The cell of a coordinate relative to the box's lower bound, wrapped into the box. */
    private static int bin(double u, double length, int cells) {
        double wrapped = u - length * Math.floor(u / length);
        int b = (int) (wrapped / length * cells);
        return Math.min(Math.max(b, 0), cells - 1);
    }

    /** The cell itself and 13 of its 26 neighbours: together they cover each neighbouring pair once. */
    private static final int[][] FORWARD = {
        {0, 0, 0},
        {1, 0, 0}, {-1, 1, 0}, {0, 1, 0}, {1, 1, 0},
        {-1, -1, 1}, {0, -1, 1}, {1, -1, 1},
        {-1, 0, 1}, {0, 0, 1}, {1, 0, 1},
        {-1, 1, 1}, {0, 1, 1}, {1, 1, 1},
    };
}
