package org.modekick.report;

import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

/**
 * The figures' axes: logarithmic where the paper's are (quantities spanning decades: A_c, omega,
 * |dr|, |dPhi|, N_rearr), linear for bounded ones (O_k, I). Fonts are sized for an 800 x 600 image.
 */
final class Axes {

    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

    private Axes() {}

    static ValueAxis of(String label, boolean log) {
        return log ? log(label) : linear(label);
    }

    static LogAxis log(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setBaseSymbol("10");
        axis.setSmallestValue(1e-300);
        axis.setMinorTickCount(9);
        axis.setMinorTickMarksVisible(true);
        style(axis);
        return axis;
    }

    static NumberAxis linear(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setNumberFormatOverride(new TickFormat());
        style(axis);
        return axis;
    }

    /** A linear axis fixed to [lower, upper], for O_k and I, which lie in [0, 1]. */
    static NumberAxis bounded(String label, double lower, double upper) {
        NumberAxis axis = linear(label);
        axis.setRange(lower, upper);
        return axis;
    }

    /**
     * Sets every log axis of the plot (and of its subplots) to whole decades around its data, labelled at
     * integer powers of ten: JFreeChart's own choice labels 10^-1.4, 10^-1.3, ..., which no physicist
     * reads at a glance. A little margin keeps a point that sits on a decade off the frame.
     */
    static void snapLogAxes(Plot plot) {
        switch (plot) {
            case CombinedDomainXYPlot c -> {
                for (XYPlot sub : c.getSubplots()) {
                    snapRangeAxes(sub);
                }
                snap(c.getDomainAxis(), c.getDataRange(c.getDomainAxis()));
            }
            case CombinedRangeXYPlot c -> {
                for (XYPlot sub : c.getSubplots()) {
                    snap(sub.getDomainAxis(), sub.getDataRange(sub.getDomainAxis()));
                }
                snap(c.getRangeAxis(), c.getDataRange(c.getRangeAxis()));
            }
            case XYPlot p -> {
                for (int i = 0; i < p.getDomainAxisCount(); i++) {
                    snap(p.getDomainAxis(i), p.getDataRange(p.getDomainAxis(i)));
                }
                snapRangeAxes(p);
            }
            default -> { }
        }
    }

    private static void snapRangeAxes(XYPlot p) {
        for (int i = 0; i < p.getRangeAxisCount(); i++) {
            if (p.getRangeAxis(i) != null) {
                snap(p.getRangeAxis(i), p.getDataRange(p.getRangeAxis(i)));
            }
        }
    }

    private static void snap(ValueAxis axis, Range data) {
        if (!(axis instanceof LogAxis log) || data == null || !(data.getLowerBound() > 0)) {
            return;
        }
        int lo = (int) Math.floor(Math.log10(data.getLowerBound()) - 0.02);
        int hi = (int) Math.ceil(Math.log10(data.getUpperBound()) + 0.02);
        if (hi <= lo) {
            hi = lo + 1;
        }
        int decades = hi - lo;
        int unit = decades <= 10 ? 1 : (int) Math.ceil(decades / 10.0);
        // a hair beyond the decades, or LogAxis drops the tick label on the frame
        log.setRange(Math.pow(10, lo) * (1 - 1e-9), Math.pow(10, hi) * (1 + 1e-9));
        log.setTickUnit(new NumberTickUnit(unit, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        log.setMinorTickCount(unit == 1 ? 9 : unit);
    }

    private static void style(ValueAxis axis) {
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
    }
}
