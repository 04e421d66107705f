package org.modekick.excite;

import java.lang.foreign.MemorySegment;
import org.modekick.fit.LinearFit;
import org.modekick.system.Box;
import org.modekick.system.ParticleVector;

/**
 * The far field of a rearrangement, Fig. 9(b): |dr_i| against the distance r_i of particle i from the
 * most displaced particle (minimum image, at r0), fitted as |dr_i| ~ r^-a.
 *
 * <p>The fit range is [2 l, L_min / 2], l = (V/N)^(1/3) the mean spacing: inside 2 l is the core of the
 * rearrangement, beyond half the shortest box edge the minimum image folds distances back (and the
 * periodic images of the rearrangement add up). The range is cut into {@link #BINS} logarithmic bins;
 * a straight line through (mean ln r, mean ln |dr|) of the non-empty bins (geometric means, exact for a
 * power law), least squares ({@link LinearFit}), gives -a.
 * With fewer than three non-empty bins (a small box) there is no fit and a is NaN.
 *
 * @param exponent a
 * @param rMin lower end of the fit range
 * @param rMax upper end of the fit range
 * @param bins non-empty bins the line went through
 */
public record DecayFit(double exponent, double rMin, double rMax, int bins) {

    public static final int BINS = 8;
    public static final double CORE_SPACINGS = 2.0;

    /** The fit range of a box with n particles. */
    public static double[] range(Box box, int n) {
        double spacing = Math.cbrt(box.volume() / n);
        double shortest = Math.min(box.lx(), Math.min(box.ly(), box.lz()));
        return new double[] {CORE_SPACINGS * spacing, 0.5 * shortest};
    }

    /** Distance of every particle from {@code centre} (minimum image, positions r0). */
    public static double[] distances(Box box, MemorySegment positions, int centre) {
        ParticleVector r0 = new ParticleVector(positions);
        int n = r0.particles();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int a = 0; a < 3; a++) {
                double v = box.minimumImage(r0.get(i, a) - r0.get(centre, a), a);
                s += v * v;
            }
            r[i] = Math.sqrt(s);
        }
        return r;
    }

    public static DecayFit fit(Box box, MemorySegment r0, DisplacementField d) {
        int n = d.particles();
        double[] range = range(box, n);
        double lo = range[0], hi = range[1];
        if (!(hi > lo)) {
            return new DecayFit(Double.NaN, lo, hi, 0);
        }
        double[] r = distances(box, r0, d.mostDisplaced());
        double[] sumLogR = new double[BINS];
        double[] sumLogDr = new double[BINS];
        int[] count = new int[BINS];
        double width = Math.log(hi / lo) / BINS;
        for (int i = 0; i < n; i++) {
            if (r[i] < lo || r[i] >= hi) {
                continue;
            }
            int b = Math.min(BINS - 1, (int) (Math.log(r[i] / lo) / width));
            double dr = d.of(i);
            if (dr > 0) {
                sumLogR[b] += Math.log(r[i]);
                sumLogDr[b] += Math.log(dr);
                count[b]++;
            }
        }
        double[] x = new double[BINS];
        double[] y = new double[BINS];
        int m = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                x[m] = sumLogR[b] / count[b];
                y[m] = sumLogDr[b] / count[b];
                m++;
            }
        }
        if (m < 3) {
            return new DecayFit(Double.NaN, lo, hi, m);
        }
        return new DecayFit(-LinearFit.of(x, y, m).slope(), lo, hi, m);
    }
}
