package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.modekick.store.Excitation;

/**
 * Figs. 4, 7, 12 and 15: a quantity against the phonon order parameter O_k (panel a, linear in [0, 1])
 * and the participation ratio P_k (panel b, logarithmic: P_k spans 1/N to 2/3), sharing the y axis.
 * Figs. 4, 7 and 12 take the transitioned modes below omega_BP, as the paper does; Fig. 15 takes every
 * mode with an Eq. (A3) estimate, which needs no transition.
 */
final class OrderParameterFigures {

    private OrderParameterFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            List<SampleData> samples = tables.samplesOf(system);
            Predicate<Excitation> none = e -> true;
            add(figures, tables, samples, system, "04", "4", "critical amplitude vs Oₖ and Pₖ",
                    Labels.label(Axes.log("A"), "A_c"), Excitation::criticalAmplitude, true,
                    "A_c against O_k (a) and P_k (b) for the modes below omega_BP. The paper sees no correlation: "
                            + "phonon-like modes (large O_k, P_k) and quasi-localised ones (small O_k, P_k) are "
                            + "equally anharmonic.");
            add(figures, tables, samples, system, "07", "7", "distance vs Oₖ and Pₖ",
                    Labels.label(Axes.log("dr"), "|Δr|"), Excitation::dr, true,
                    "|Delta r| against O_k (a) and P_k (b) below omega_BP: the transition triggered does not "
                            + "depend on the nature of the mode that triggered it (paper, section III.B).");
            add(figures, tables, samples, system, "12", "12", "overlap I vs Oₖ and Pₖ",
                    Labels.label(Axes.bounded("I", 0, 1.02), "I"), Excitation::overlap, true,
                    "I of Eq. (10), the overlap of the rearrangement with the kicked mode (1: along the mode, 0: "
                            + "orthogonal), below omega_BP. The paper finds larger I only for some quasi-localised "
                            + "modes and weak correlation in general.");
            add(figures, tables, samples, system, "15", "15", "Eq. (A3) amplitude vs Oₖ and Pₖ",
                    Labels.label(Axes.log("A"), "A_c (Eq. A3)"), Excitation::criticalAmplitudeA3, false,
                    "A_c estimated from the cubic expansion of the energy, Eq. (A3), against O_k (a) and P_k (b), "
                            + "for every mode with an estimate. Unlike the measured A_c (Fig. 4) the paper finds it "
                            + "strongly correlated with O_k and P_k.");
        }
        return figures;
    }

    private static void add(List<Figure> figures, StudyTables tables, List<SampleData> samples, String system,
            String number, String paperFigure, String words, ValueAxis yAxis, ToDoubleFunction<Excitation> y,
            boolean transitionsBelowPeak, String caption) {
        ScatterPlot byOrder = new ScatterPlot(Labels.label(Axes.bounded("O", 0, 1.02), "O_k"), yAxis);
        ScatterPlot byParticipation = new ScatterPlot(Labels.label(Axes.log("P"), "P_k"), yAxis);
        SizeSeries.add(byOrder, samples, tables.sizes(), "", true,
                d -> rows(d, transitionsBelowPeak).stream().map(e -> new double[] {e.phononOrder(), y.applyAsDouble(e)}).toList());
        SizeSeries.add(byParticipation, samples, tables.sizes(), "", true,
                d -> rows(d, transitionsBelowPeak).stream().map(e -> new double[] {e.participation(), y.applyAsDouble(e)}).toList());
        if (byOrder.plotted() + byParticipation.plotted() == 0) {
            return;
        }
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(yAxis);
        combined.setGap(16);
        XYPlot left = byOrder.build();
        XYPlot right = byParticipation.build();
        // one legend for both panels: the colours mean the same sizes in each
        right.getRenderer().setDefaultSeriesVisibleInLegend(false);
        combined.add(left);
        combined.add(right);
        combined.setRangeAxis(yAxis); // the subplots were built on it; hand it back to the combined plot
        String title = "Fig. " + paperFigure + " (" + system + "): " + words
                + (transitionsBelowPeak ? ", below the boson peak" : "");
        figures.add(new Figure("fig" + number + "-" + system, paperFigure, title, caption,
                Charts.chart(title, combined)));
    }

    private static List<Excitation> rows(SampleData d, boolean transitionsBelowPeak) {
        if (!transitionsBelowPeak) {
            return d.excitations();
        }
        return d.transitions().stream().filter(e -> SizeSeries.belowBosonPeak(d, e.omega())).toList();
    }
}
