package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Beyond the paper: the true barriers of {@code modekick barriers} against Eq. (8) (B1), and the escape
 * fraction of {@code modekick thermal} against T / T_c (B2).
 */
final class BarrierFigures {

    private BarrierFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            List<SampleData> samples = tables.samplesOf(system);
            trueVsKicked(tables, samples, system).ifPresent(figures::add);
            escape(tables, samples, system).ifPresent(figures::add);
        }
        return figures;
    }

    private static Optional<Figure> trueVsKicked(StudyTables tables, List<SampleData> samples, String system) {
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("eq8"), "ΔΦ_{barrier} (Eq. 8)"),
                Labels.label(Axes.log("path"), "true barrier (NEB)"));
        double[] range = {Double.POSITIVE_INFINITY, 0};
        SizeSeries.add(plot, samples, tables.sizes(), "", true, d -> d.distinctTransitions().stream()
                .filter(e -> d.pathBarriers().containsKey(e.k()) && e.barrier() > 0)
                .map(e -> {
                    double[] p = {e.barrier(), d.pathBarriers().get(e.k())};
                    range[0] = Math.min(range[0], Math.min(p[0], p[1]));
                    range[1] = Math.max(range[1], Math.max(p[0], p[1]));
                    return p;
                }).toList());
        if (plot.plotted() == 0) {
            return Optional.empty();
        }
        plot.line("equality", new double[] {range[0], range[1]}, new double[] {range[0], range[1]}, Palette.GUIDE,
                true);
        String title = "B1 (" + system + "): true barrier vs Eq. (8)";
        return Optional.of(new Figure("figB1-" + system, "B1", title,
                "The forward barrier of each distinct transition's minimum-energy path (climbing-image NEB from r0 to"
                        + " the final state, verified as a first-order saddle joined to both ends) against the paper's"
                        + " Delta Phi_barrier of Eq. (8), the energy of the kicked state at A_c, of the transition's"
                        + " first mode; log-log, the dashed line is equality. Points below it: the kicked state lies"
                        + " above the pass.", Charts.chart(title, plot.build())));
    }

    private static Optional<Figure> escape(StudyTables tables, List<SampleData> samples, String system) {
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("t"), "T / T_c"),
                Axes.bounded("escape fraction", -0.02, 1.02));
        SizeSeries.add(plot, samples, tables.sizes(), " (T_c of Eq. 8)", true, d -> d.escape().stream()
                .filter(r -> r[1] > 0 && Double.isFinite(r[1])).map(r -> new double[] {r[1], r[3]}).toList());
        SizeSeries.add(plot, samples, tables.sizes(), " (T_c true)", false, d -> d.escape().stream()
                .filter(r -> r[2] > 0 && Double.isFinite(r[2])).map(r -> new double[] {r[2], r[3]}).toList());
        if (plot.plotted() == 0) {
            return Optional.empty();
        }
        plot.marker(1, "T = T_c", Palette.GUIDE);
        String title = "B2 (" + system + "): thermal escape vs T / T_c";
        return Optional.of(new Figure("figB2-" + system, "B2", title,
                "The fraction of FIRE quenches of NVT runs from r0 (modekick thermal: several seeds, quenches at regular"
                        + " intervals) that ended outside r0's inherent structure, against T / T_c: filled symbols with"
                        + " the paper's T_c = 2 min Delta Phi_barrier (Eq. 8), open symbols with T_c from the true"
                        + " barriers. The dashed line marks T = T_c.", Charts.chart(title, plot.build())));
    }
}
