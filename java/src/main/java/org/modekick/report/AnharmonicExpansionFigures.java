package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * Fig. 14: the A_c that the cubic expansion of the energy predicts, Eq. (A3), (a) against the measured
 * A_c with the line of equality, and (b) against omega_k beside the measured A_c. (Fig. 15, A3 against
 * O_k and P_k, is with the other order-parameter figures.) The paper finds Eq. (A3) orders of magnitude
 * above the measured A_c: the landscape is not captured by its expansion at the inherent structure.
 */
final class AnharmonicExpansionFigures {

    private AnharmonicExpansionFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            List<SampleData> samples = tables.samplesOf(system);
            ScatterPlot versus = new ScatterPlot(Labels.label(Axes.log("A"), "A_c (measured)"),
                    Labels.label(Axes.log("A3"), "A_c (Eq. A3)"));
            SizeSeries.add(versus, samples, tables.sizes(), "", true, d -> d.transitions().stream()
                    .map(e -> new double[] {e.criticalAmplitude(), e.criticalAmplitudeA3()}).toList());
            if (versus.plotted() > 0) {
                double[] all = samples.stream().flatMap(d -> d.transitions().stream())
                        .flatMapToDouble(e -> DoubleStream.of(e.criticalAmplitude(), e.criticalAmplitudeA3()))
                        .filter(v -> v > 0 && Double.isFinite(v)).sorted().toArray();
                versus.line("equality", new double[] {all[0], all[all.length - 1]},
                        new double[] {all[0], all[all.length - 1]}, Palette.GUIDE, true);
                String title = "Fig. 14(a) (" + system + "): Eq. (A3) vs measured critical amplitude";
                figures.add(new Figure("fig14a-" + system, "14", title,
                        "A_c predicted by the cubic expansion, Eq. (A3), against the A_c measured by kicking, for "
                                + "the transitioned modes; dashed: equality. Points above the line mean the "
                                + "expansion overestimates the amplitude needed (the paper: by orders of magnitude).",
                        Charts.chart(title, versus.build())));
            }
            ScatterPlot byOmega = new ScatterPlot(Labels.label(Axes.log("omega"), "ω_k"), Labels.label(Axes.log("A"), "A_c"));
            SizeSeries.add(byOmega, samples, tables.sizes(), ": Eq. (A3)", true,
                    d -> d.excitations().stream().map(e -> new double[] {e.omega(), e.criticalAmplitudeA3()}).toList());
            SizeSeries.add(byOmega, samples, tables.sizes(), ": measured", false,
                    d -> d.transitions().stream().map(e -> new double[] {e.omega(), e.criticalAmplitude()}).toList());
            byOmega.marker(SizeSeries.bosonPeak(samples), "boson peak", Palette.REFERENCE);
            if (byOmega.plotted() > 0) {
                String title = "Fig. 14(b) (" + system + "): Eq. (A3) amplitude vs frequency";
                figures.add(new Figure("fig14b-" + system, "14", title,
                        "A_c from Eq. (A3) for every mode with an estimate (filled) and the measured A_c (open) "
                                + "against omega_k.",
                        Charts.chart(title, byOmega.build())));
            }
        }
        return figures;
    }
}
