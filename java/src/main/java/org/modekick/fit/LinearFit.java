package org.modekick.fit;

/**
 * The ordinary least-squares line y = intercept + slope x through n points, computed in two passes (the
 * means, then sums of products of deviations from them): the one-pass normal equations, n Sxy - Sx Sy over
 * n Sxx - Sx^2, subtract nearly equal large numbers when the x lie far from 0 (ln r, omega^2 of a vDOS),
 * and lose digits the centred sums keep.
 *
 * @param slope the fitted slope
 * @param intercept y at x = 0
 * @param sxx sum of (x - mean x)^2: 0 when every x is the same, and the line undefined
 * @param residualSquares sum of (y - fitted y)^2
 * @param points n
 */
public record LinearFit(double slope, double intercept, double sxx, double residualSquares, int points) {

    /** The line through the first {@code n} points of {@code x} and {@code y} (n &gt;= 2). */
    public static LinearFit of(double[] x, double[] y, int n) {
        if (n < 2 || n > x.length || n > y.length) {
            throw new IllegalArgumentException("a line needs 2 points or more, of " + x.length + " and " + y.length
                    + " given, not " + n);
        }
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            ssr += r * r;
        }
        return new LinearFit(slope, intercept, sxx, ssr, n);
    }

    /** The slope's standard error, sqrt(SSR / (n - 2) / Sxx): NaN with fewer than three points. */
    public double slopeError() {
        return points > 2 ? Math.sqrt(residualSquares / (points - 2) / sxx) : Double.NaN;
    }
}
