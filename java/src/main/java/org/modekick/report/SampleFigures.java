package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.modekick.store.Excitation;

/**
 * Fig. 13: sample dependence. For every system and size with two or more samples, A_c, |Delta r| and
 * |Delta Phi| against omega_k, one colour per sample, stacked on a shared omega axis. The paper's Fig. 13
 * shows |Delta r| and |Delta Phi| for four N = 16000 samples; A_c is added on top.
 */
final class SampleFigures {

    private SampleFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            for (int n : tables.sizes()) {
                List<SampleData> group = tables.samplesOf(system).stream().filter(d -> d.n() == n).toList();
                if (group.size() >= 2) {
                    figure(system, n, group, figures);
                }
            }
        }
        return figures;
    }

    private static void figure(String system, int n, List<SampleData> group, List<Figure> figures) {
        ValueAxis omega = Labels.label(Axes.log("omega"), "ω_k");
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(omega);
        combined.setGap(10);
        int plotted = 0;
        String[] labels = {"A_c", "|Δr|", "|ΔΦ|"};
        List<ToDoubleFunction<Excitation>> quantities = List.of(Excitation::criticalAmplitude, Excitation::dr,
                Excitation::absDPhi);
        for (int q = 0; q < labels.length; q++) {
            ScatterPlot panel = new ScatterPlot(omega, Labels.label(Axes.log(labels[q]), labels[q]));
            for (int s = 0; s < group.size(); s++) {
                SampleData d = group.get(s);
                List<Excitation> rows = d.transitions();
                ToDoubleFunction<Excitation> quantity = quantities.get(q);
                panel.points(d.sample().name() + " (seed " + d.sample().seed() + ")",
                        rows.stream().mapToDouble(Excitation::omega).toArray(),
                        rows.stream().mapToDouble(quantity).toArray(), Palette.colour(s), Palette.shape(s), true);
            }
            panel.marker(SizeSeries.bosonPeak(group), q == 0 ? "boson peak" : "", Palette.REFERENCE);
            plotted += panel.plotted();
            var plot = panel.build();
            if (q > 0) {
                plot.getRenderer().setDefaultSeriesVisibleInLegend(false);
            }
            combined.add(plot);
        }
        combined.setDomainAxis(omega);
        if (plotted == 0) {
            return;
        }
        String title = "Fig. 13 (" + system + ", N = " + n + "): sample dependence";
        figures.add(new Figure("fig13-" + system + "-" + n, "13", title,
                "A_c, |Delta r| and |Delta Phi| against omega_k for the " + group.size() + " samples of " + system
                        + " with N = " + n + ", one colour per sample. The paper finds the transitions fluctuate "
                        + "randomly from sample to sample and expects continuous distributions of |Delta r| and "
                        + "|Delta Phi| as N grows.",
                Charts.chart(title, combined)));
    }
}
