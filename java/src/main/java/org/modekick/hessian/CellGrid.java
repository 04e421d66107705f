package org.modekick.hessian;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * Particles binned into cells of an orthogonal periodic box, to visit every particle within a distance of another
 * (minimum image, so "within r of any image") without looking at all N.
 *
 * <p>The coordinates are copied once into a Java array in cell order, so that a visit reads consecutive memory, and
 * cells whose nearest point is farther than r are skipped: with cells of a fraction of r the particles tested are
 * little more than those of the sphere (the colouring of {@link FiniteDifferenceHessian} tests thousands per
 * particle at N = 128,000). Which particles are visited does not depend on the cells: the test is always
 * {@link #distanceSquared} &lt; r^2, the same arithmetic as the minimum image of {@link Box}.
 */
final class CellGrid {

    private final Box box;
    private final double[] length = new double[3];
    private final int[] cells = new int[3];
    private final double[] side = new double[3];
    private final int[] start; // first slot of each cell
    private final int[] order; // particle at each slot (particles sorted by cell)
    private final double[] sorted; // coordinates at each slot, 3 per slot
    private final double[] x; // coordinates by particle, 3 per particle
    private final int[] cellIndex; // per particle and axis, 3 per particle

    CellGrid(Configuration c, double cellSide) {
        this.box = c.box();
        int n = c.size();
        // cells no smaller than asked, and no more per axis than about (8N)^(1/3): a few particles per cell at least
        int most = Math.max(1, (int) Math.cbrt(8.0 * n));
        for (int a = 0; a < 3; a++) {
            length[a] = box.length(a);
            cells[a] = (int) Math.max(1, Math.min(most, Math.floor(length[a] / cellSide)));
            side[a] = length[a] / cells[a];
        }
        x = new double[3 * n];
        cellIndex = new int[3 * n];
        int total = cells[0] * cells[1] * cells[2];
        int[] cellOf = new int[n];
        start = new int[total + 1];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                x[3 * i + a] = c.x(i, a);
                double u = (x[3 * i + a] - box.lo(a)) / side[a];
                int k = (int) Math.floor(u) % cells[a];
                cellIndex[3 * i + a] = k < 0 ? k + cells[a] : k;
            }
            cellOf[i] = (cellIndex[3 * i] * cells[1] + cellIndex[3 * i + 1]) * cells[2] + cellIndex[3 * i + 2];
            start[cellOf[i] + 1]++;
        }
        for (int k = 0; k < total; k++) {
            start[k + 1] += start[k];
        }
        order = new int[n];
        sorted = new double[3 * n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            int s = fill[cellOf[i]]++;
            order[s] = i;
            System.arraycopy(x, 3 * i, sorted, 3 * s, 3);
        }
    }

    /** Squared minimum-image distance between particles i and j. */
    double distanceSquared(int i, int j) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            double d = minimumImage(x[3 * j + a] - x[3 * i + a], a);
            s += d * d;
        }
        return s;
    }

    /** {@link Box#minimumImage}, written out on the cached lengths (the same operations, so the same bits). */
    private double minimumImage(double d, int a) {
        double l = length[a];
        return d - l * Math.rint(d / l);
    }

    /** Calls {@code visit} for every particle j (i itself included) with a minimum-image distance below r. */
    void forEachWithin(int i, double r, IntConsumer visit) {
        forEachWithin(i, r, j -> true, visit);
    }

    /**
     * Calls {@code visit} for every particle j (i itself included) with a minimum-image distance below r for which
     * {@code candidate} holds; {@code candidate} is asked first, so a cheap test saves the distance.
     */
    void forEachWithin(int i, double r, IntPredicate candidate, IntConsumer visit) {
        int[] lo = new int[3];
        int[] count = new int[3];
        boolean[] whole = new boolean[3];
        for (int a = 0; a < 3; a++) {
            int reach = (int) Math.ceil(r / side[a]);
            whole[a] = 2 * reach + 1 >= cells[a];
            if (whole[a]) {
                lo[a] = 0;
                count[a] = cells[a]; // every cell along this axis, once
            } else {
                lo[a] = cellIndex[3 * i + a] - reach;
                count[a] = 2 * reach + 1;
            }
        }
        double r2 = r * r;
        // a cell |o| cells away along an axis is at least (|o| - 1) sides away; shrunk a little against rounding
        // in the binning, so that only cells certainly out of reach are skipped
        double xi = x[3 * i], yi = x[3 * i + 1], zi = x[3 * i + 2];
        for (int dx = 0; dx < count[0]; dx++) {
            double gx = gap(whole[0], dx, count[0], 0);
            int kx = Math.floorMod(lo[0] + dx, cells[0]);
            for (int dy = 0; dy < count[1]; dy++) {
                double gy = gap(whole[1], dy, count[1], 1);
                if (gx + gy >= r2) {
                    continue;
                }
                int ky = Math.floorMod(lo[1] + dy, cells[1]);
                for (int dz = 0; dz < count[2]; dz++) {
                    double gz = gap(whole[2], dz, count[2], 2);
                    if (gx + gy + gz >= r2) {
                        continue;
                    }
                    int k = (kx * cells[1] + ky) * cells[2] + Math.floorMod(lo[2] + dz, cells[2]);
                    for (int m = start[k], end = start[k + 1]; m < end; m++) {
                        if (!candidate.test(order[m])) {
                            continue;
                        }
                        double ex = minimumImage(sorted[3 * m] - xi, 0);
                        double ey = minimumImage(sorted[3 * m + 1] - yi, 1);
                        double ez = minimumImage(sorted[3 * m + 2] - zi, 2);
                        // the same sum, in the same order, as distanceSquared
                        if (ex * ex + ey * ey + ez * ez < r2) {
                            visit.accept(order[m]);
                        }
                    }
                }
            }
        }
    }

    /** Squared lower bound on the distance along axis a to the cell at position d of a window of count cells. */
    private double gap(boolean whole, int d, int count, int a) {
        if (whole) {
            return 0; // the window wraps the whole axis: no bound from the offset
        }
        int offset = Math.abs(d - count / 2);
        double g = Math.max(0, offset - 1) * side[a] * (1 - 1e-9);
        return g * g;
    }
}
