package org.modekick.potential;

import java.util.function.DoubleUnaryOperator;

/** Richardson-extrapolated central differences, accurate to O(h^4), for checking analytic derivatives. */
final class Derivatives {

    private Derivatives() {}

    /** g'(x) from D(h) = (g(x+h) - g(x-h)) / 2h, extrapolated as (4 D(h/2) - D(h)) / 3. */
    static double first(DoubleUnaryOperator g, double x, double h) {
        double big = (g.applyAsDouble(x + h) - g.applyAsDouble(x - h)) / (2 * h);
        double half = h / 2;
        double small = (g.applyAsDouble(x + half) - g.applyAsDouble(x - half)) / (2 * half);
        return (4 * small - big) / 3;
    }

    /** g''(x) from (g(x+h) - 2 g(x) + g(x-h)) / h^2, extrapolated likewise. */
    static double second(DoubleUnaryOperator g, double x, double h) {
        double g0 = g.applyAsDouble(x);
        double big = (g.applyAsDouble(x + h) - 2 * g0 + g.applyAsDouble(x - h)) / (h * h);
        double half = h / 2;
        double small = (g.applyAsDouble(x + half) - 2 * g0 + g.applyAsDouble(x - half)) / (half * half);
        return (4 * small - big) / 3;
    }

    /** g'''(x) from the 5-point (g(x+2h) - 2 g(x+h) + 2 g(x-h) - g(x-2h)) / 2h^3, extrapolated likewise. */
    static double third(DoubleUnaryOperator g, double x, double h) {
        double big = thirdDifference(g, x, h);
        double small = thirdDifference(g, x, h / 2);
        return (4 * small - big) / 3;
    }

    private static double thirdDifference(DoubleUnaryOperator g, double x, double h) {
        return (g.applyAsDouble(x + 2 * h) - 2 * g.applyAsDouble(x + h) + 2 * g.applyAsDouble(x - h)
                - g.applyAsDouble(x - 2 * h)) / (2 * h * h * h);
    }
}
