package org.modekick.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Builds one XY panel: series of symbols (one per system size or sample), lines (fits, references), and
 * vertical markers (omega_BP, A_c). Points a log axis cannot show (zero, negative, NaN) are left out
 * and counted, never drawn at a wrong place.
 */
final class ScatterPlot {

    private static final BasicStroke OUTLINE = new BasicStroke(1.4f);
    private static final BasicStroke LINE = new BasicStroke(2.0f);
    private static final BasicStroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            10f, new float[] {8f, 6f}, 0f);

    private final ValueAxis xAxis;
    private final ValueAxis yAxis;
    // symbols and lines in two datasets, lines drawn second: one renderer draws all its lines before all
    // its symbols, which would bury a fit under a dense cloud of points (Fig. 9b)
    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    private final XYSeriesCollection lineDataset = new XYSeriesCollection();
    private final XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    private final List<ValueMarker> markers = new ArrayList<>();
    private int plotted;

    ScatterPlot(ValueAxis xAxis, ValueAxis yAxis) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        renderer.setDefaultOutlineStroke(OUTLINE);
        renderer.setDrawOutlines(true);
        renderer.setUseOutlinePaint(false);
    }

    /** Symbols; filled or open (the paper's closed symbols mark transitions in Fig. 2). */
    ScatterPlot points(String key, double[] x, double[] y, Color colour, Shape shape, boolean filled) {
        int index = add(dataset, key, x, y);
        if (index < 0) {
            return this;
        }
        renderer.setSeriesLinesVisible(index, false);
        renderer.setSeriesShapesVisible(index, true);
        renderer.setSeriesShapesFilled(index, filled);
        renderer.setSeriesPaint(index, colour);
        renderer.setSeriesShape(index, shape);
        renderer.setSeriesOutlineStroke(index, OUTLINE);
        return this;
    }

    /** A line through the points in order, solid or dashed (fits solid, references dashed). */
    ScatterPlot line(String key, double[] x, double[] y, Color colour, boolean dashed) {
        int index = add(lineDataset, key, x, y);
        if (index < 0) {
            return this;
        }
        lineRenderer.setSeriesPaint(index, colour);
        lineRenderer.setSeriesStroke(index, dashed ? DASHED : LINE);
        return this;
    }

    /** A vertical line at x with a label near the top, e.g. at omega_BP (the paper's arrow). */
    ScatterPlot marker(double x, String label, Color colour) {
        if (!Double.isFinite(x) || (xAxis instanceof LogAxis && x <= 0)) {
            return this;
        }
        ValueMarker m = new ValueMarker(x, colour, DASHED);
        m.setLabel(label);
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        // left of the line at the top: the paper's quantities rise with omega and A, so that corner is free
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        markers.add(m);
        return this;
    }

    /** How many symbols were drawn in all; a panel with none is not worth a figure. */
    int plotted() {
        return plotted;
    }

    XYPlot build() {
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDataset(1, lineDataset);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        decorate(plot);
        for (ValueMarker m : markers) {
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        return plot;
    }

    static void decorate(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setDomainGridlinesVisible(true);
        plot.setRangeGridlinesVisible(true);
        plot.setOutlinePaint(Color.DARK_GRAY);
    }

    private int add(XYSeriesCollection target, String key, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(key + ": x and y differ in length");
        }
        boolean logX = xAxis instanceof LogAxis;
        boolean logY = yAxis instanceof LogAxis;
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i]) && (!logX || x[i] > 0) && (!logY || y[i] > 0)) {
                series.add(x[i], y[i]);
            }
        }
        if (series.getItemCount() == 0) {
            return -1;
        }
        if (dataset.getSeriesIndex(key) >= 0 || lineDataset.getSeriesIndex(key) >= 0) {
            throw new IllegalArgumentException("two series named " + key);
        }
        target.addSeries(series);
        if (target == dataset) {
            plotted += series.getItemCount();
        }
        return target.getSeriesCount() - 1;
    }
}
