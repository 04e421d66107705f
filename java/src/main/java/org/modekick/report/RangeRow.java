package org.modekick.report;

import java.util.Arrays;

/**
 * One line of tables/ranges.csv: the spread of a quantity over one system's transitioned modes, all
 * sizes pooled, as the paper quotes ranges ("A_c ~ 1e-6 to 1e-2", "N_rearr 1 to 1000", ...).
 *
 * @param system the system
 * @param quantity a short key
 * @param description what it is, citing the paper
 * @param count finite values
 * @param min the smallest
 * @param median the median
 * @param max the largest
 */
public record RangeRow(String system, String quantity, String description, int count, double min, double median,
        double max) {

    static RangeRow of(String system, String quantity, String description, double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        int n = finite.length;
        if (n == 0) {
            return new RangeRow(system, quantity, description, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double median = n % 2 == 1 ? finite[n / 2] : 0.5 * (finite[n / 2 - 1] + finite[n / 2]);
        return new RangeRow(system, quantity, description, n, finite[0], median, finite[n - 1]);
    }
}
