package org.modekick.report;

import java.util.Optional;
import org.modekick.fit.LinearFit;

/**
 * y = prefactor * x^exponent fitted by ordinary least squares on (ln x, ln y) ({@link LinearFit}), as the
 * paper's log-log figures suggest (Fig. 8: |dPhi| ~ |dr|^3; Fig. 9b: |dr_i| ~ r^-a). Points with a
 * non-finite or non-positive coordinate cannot be on a log axis and are skipped. The exponent's standard error is the
 * usual OLS one, sqrt(SSR / (n - 2) / Sxx), so at least three distinct x are needed.
 *
 * @param exponent the slope in log-log
 * @param exponentError its standard error
 * @param prefactor y at x = 1
 * @param points how many points were fitted
 * @param xMin the smallest fitted x
 * @param xMax the largest fitted x
 */
public record PowerLawFit(double exponent, double exponentError, double prefactor, int points, double xMin,
        double xMax) {

    public static Optional<PowerLawFit> fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        double[] lx = new double[x.length];
        double[] ly = new double[x.length];
        int n = 0;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0 && Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                lx[n] = Math.log(x[i]);
                ly[n] = Math.log(y[i]);
                xMin = Math.min(xMin, x[i]);
                xMax = Math.max(xMax, x[i]);
                n++;
            }
        }
        if (n < 3) {
            return Optional.empty();
        }
        LinearFit line = LinearFit.of(lx, ly, n);
        if (!(line.sxx() > 1e-300)) {
            return Optional.empty();
        }
        return Optional.of(new PowerLawFit(line.slope(), line.slopeError(), Math.exp(line.intercept()), n, xMin, xMax));
    }

    /** The fitted y at x. */
    public double at(double x) {
        return prefactor * Math.pow(x, exponent);
    }
}
