package org.modekick.hessian;

import java.util.function.IntConsumer;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * Particles binned into cells of an orthogonal periodic box, to visit every particle within a distance of another
 * (minimum image, so "within r of any image") without looking at all N.
 */
final class CellGrid {

    private final Configuration c;
    private final Box box;
    private final int[] cells = new int[3];
    private final double[] side = new double[3];
    private final int[] start; // first particle of each cell in order
    private final int[] order; // particles sorted by cell

    CellGrid(Configuration c, double cellSide) {
        this.c = c;
        this.box = c.box();
        // cells no smaller than asked, and no more per axis than about (8N)^(1/3): a few particles per cell at least
        int most = Math.max(1, (int) Math.cbrt(8.0 * c.size()));
        for (int a = 0; a < 3; a++) {
            cells[a] = (int) Math.max(1, Math.min(most, Math.floor(box.length(a) / cellSide)));
            side[a] = box.length(a) / cells[a];
        }
        int n = c.size();
        int total = cells[0] * cells[1] * cells[2];
        int[] cellOf = new int[n];
        start = new int[total + 1];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cell(i);
            start[cellOf[i] + 1]++;
        }
        for (int k = 0; k < total; k++) {
            start[k + 1] += start[k];
        }
        order = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            order[fill[cellOf[i]]++] = i;
        }
    }

    private int index(int i, int a) {
        double u = (c.x(i, a) - box.lo(a)) / side[a];
        int k = (int) Math.floor(u) % cells[a];
        return k < 0 ? k + cells[a] : k;
    }

    private int cell(int i) {
        return (index(i, 0) * cells[1] + index(i, 1)) * cells[2] + index(i, 2);
    }

    /** Squared minimum-image distance between particles i and j. */
    double distanceSquared(int i, int j) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            double d = box.minimumImage(c.x(j, a) - c.x(i, a), a);
            s += d * d;
        }
        return s;
    }

    /** Calls {@code visit} for every particle j (i itself included) with a minimum-image distance below r. */
    void forEachWithin(int i, double r, IntConsumer visit) {
        int[] lo = new int[3];
        int[] count = new int[3];
        for (int a = 0; a < 3; a++) {
            int reach = (int) Math.ceil(r / side[a]);
            if (2 * reach + 1 >= cells[a]) {
                lo[a] = 0;
                count[a] = cells[a]; // every cell along this axis, once
            } else {
                lo[a] = index(i, a) - reach;
                count[a] = 2 * reach + 1;
            }
        }
        double r2 = r * r;
        for (int dx = 0; dx < count[0]; dx++) {
            int kx = Math.floorMod(lo[0] + dx, cells[0]);
            for (int dy = 0; dy < count[1]; dy++) {
                int ky = Math.floorMod(lo[1] + dy, cells[1]);
                for (int dz = 0; dz < count[2]; dz++) {
                    int k = (kx * cells[1] + ky) * cells[2] + Math.floorMod(lo[2] + dz, cells[2]);
                    for (int m = start[k]; m < start[k + 1]; m++) {
                        int j = order[m];
                        if (distanceSquared(i, j) < r2) {
                            visit.accept(j);
                        }
                    }
                }
            }
        }
    }
}
