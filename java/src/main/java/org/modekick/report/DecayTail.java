package org.modekick.report;

import java.util.Optional;
import org.modekick.store.DecayProfile;

/**
 * The far field of one rearrangement, |Delta r_i| ~ r^-a (Fig. 9b; the paper finds a = 2.5 to 3, steeper
 * than the elastic a = 2). The fit uses the tail only: r from {@link #INNER} (beyond the rearranging
 * core and its first neighbour shells, in units of sigma) to L/2, past which minimum-image distances
 * reach only the box's corners and the profile stops being isotropic. Without L in excite/summary.json,
 * L/2 is taken as the largest distance / sqrt(3), the half-diagonal of a cubic box.
 *
 * @param profile the measured profile
 * @param inner the fitted range's start
 * @param outer its end
 * @param fit the power law; its exponent is -a
 */
public record DecayTail(DecayProfile profile, double inner, double outer, PowerLawFit fit) {

    /** Where the tail starts, in units of the particle diameter. */
    static final double INNER = 2.0;

    /** a, the decay exponent (the negative of the log-log slope). */
    public double decayExponent() {
        return -fit.exponent();
    }

    static Optional<DecayTail> fit(DecayProfile profile, double boxLength) {
        double[] r = profile.distance();
        double[] dr = profile.displacement();
        double largestDistance = 0;
        for (double d : r) {
            if (Double.isFinite(d)) {
                largestDistance = Math.max(largestDistance, d);
            }
        }
        double outer = Double.isFinite(boxLength) && boxLength > 0 ? boxLength / 2 : largestDistance / Math.sqrt(3);
        double scale = profile.largest();
        if (!(outer > INNER) || !(scale > 0)) {
            return Optional.empty();
        }
        double[] x = new double[r.length];
        double[] y = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            boolean inTail = r[i] >= INNER && r[i] <= outer;
            x[i] = inTail ? r[i] : Double.NaN;
            y[i] = inTail ? Math.abs(dr[i]) / scale : Double.NaN;
        }
        return PowerLawFit.fit(x, y).map(f -> new DecayTail(profile, INNER, outer, f));
    }
}
