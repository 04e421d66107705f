package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Adds one symbol series per system size to a panel: the samples of equal N are pooled, as the paper
 * pools its sizes in one colour each (Figs. 3, 5, 6, 10).
 */
final class SizeSeries {

    private SizeSeries() {}

    /**
     * @param suffix appended to "N = ..." in the legend ("" for one quantity per panel)
     * @param points the (x, y) pairs of one sample
     */
    static void add(ScatterPlot plot, List<SampleData> samples, List<Integer> sizes, String suffix, boolean filled,
            Function<SampleData, List<double[]>> points) {
        for (int n : sizes) {
            List<double[]> pairs = new ArrayList<>();
            for (SampleData d : samples) {
                if (d.n() == n) {
                    pairs.addAll(points.apply(d));
                }
            }
            double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
            plot.points("N = " + n + suffix, x, y, Palette.colourOf(n, sizes), Palette.shapeOf(n, sizes), filled);
        }
    }

    /** The mean omega_BP over samples that know it, for the panel's single arrow (NaN if none). */
    static double bosonPeak(List<SampleData> samples) {
        return samples.stream().mapToDouble(SampleData::bosonPeak).filter(Double::isFinite).average().orElse(Double.NaN);
    }

    /** Only the modes below omega_BP when the sample knows omega_BP (Figs. 4, 7, 12), else all. */
    static boolean belowBosonPeak(SampleData d, double omega) {
        double peak = d.bosonPeak();
        return !Double.isFinite(peak) || omega < peak;
    }
}
