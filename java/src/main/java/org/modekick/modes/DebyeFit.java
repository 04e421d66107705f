package org.modekick.modes;

import org.modekick.fit.LinearFit;

/**
 * The least-squares fit of g(omega) = A_D omega^2 + alpha omega^4 (section II.B: Debye phonons plus
 * quasi-localised modes, valid below omega_BP) over a stated range [omegaLow, omegaHigh]. It is fitted
 * in reduced form, g/omega^2 = A_D + alpha omega^2, a straight line in omega^2 by ordinary least squares
 * ({@link LinearFit}): g spans decades across the range, and the reduced form gives each point's relative
 * error equal weight instead of letting the top of the range decide everything. Empty bins are data (g = 0) and are kept.
 *
 * @param debyeLevel A_D
 * @param alpha the coefficient of omega^4
 * @param points how many (omega, g) pairs were in the range
 */
public record DebyeFit(double debyeLevel, double alpha, double omegaLow, double omegaHigh, int points) {

    /** Fits the points with omegaLow &lt;= omega &lt;= omegaHigh (omega &gt; 0). */
    public static DebyeFit fit(double[] omega, double[] g, double omegaLow, double omegaHigh) {
        if (omega.length != g.length) {
            throw new IllegalArgumentException("omega and g differ in length");
        }
        if (!(omegaLow > 0) || !(omegaHigh > omegaLow)) {
            throw new IllegalArgumentException("need 0 < omegaLow < omegaHigh: " + omegaLow + ", " + omegaHigh);
        }
        double[] xs = new double[omega.length];
        double[] ys = new double[omega.length];
        int count = 0;
        for (int i = 0; i < omega.length; i++) {
            double w = omega[i];
            if (w >= omegaLow && w <= omegaHigh) {
                xs[count] = w * w;
                ys[count] = g[i] / (w * w);
                count++;
            }
        }
        if (count < 2) {
            throw new IllegalArgumentException("fewer than 2 points in [" + omegaLow + ", " + omegaHigh + "]");
        }
        LinearFit line = LinearFit.of(xs, ys, count);
        if (!(line.sxx() > 0)) {
            throw new IllegalArgumentException("all points at one frequency");
        }
        return new DebyeFit(line.intercept(), line.slope(), omegaLow, omegaHigh, count);
    }

    /** Fits a histogram's bins whose centre lies in [omegaLow, omegaHigh]. */
    public static DebyeFit fit(VibrationalDos dos, double omegaLow, double omegaHigh) {
        double[] omega = new double[dos.bins()];
        for (int b = 0; b < omega.length; b++) {
            omega[b] = dos.centre(b);
        }
        return fit(omega, dos.density(), omegaLow, omegaHigh);
    }

    /** The fitted g at omega. */
    public double density(double omega) {
        double x = omega * omega;
        return debyeLevel * x + alpha * x * x;
    }
}
