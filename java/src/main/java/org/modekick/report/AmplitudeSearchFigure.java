package org.modekick.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.modekick.store.Excitation;
import org.modekick.store.TrialRow;

/**
 * Fig. 2: the A_c search of one mode, |Delta r| (top panel) and |Delta Phi| (bottom panel) after
 * minimisation against the amplitude A; open symbols returned to the initial state, closed symbols
 * transitioned, and a marker at A_c where both jump. The mode is, per system, from the largest sample
 * with trials: its T_c mode if that was searched, else the transitioned mode with the most trials.
 * The y axes are linear because below A_c both quantities are zero, which a log axis cannot show.
 */
final class AmplitudeSearchFigure {

    private static final Color DR = Palette.colour(0);
    private static final Color DPHI = Palette.colour(1);

    private AmplitudeSearchFigure() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            Optional<SampleData> sample = tables.samplesOf(system).stream().filter(d -> !d.trials().isEmpty())
                    .max(Comparator.comparingInt(SampleData::n));
            sample.ifPresent(d -> figure(tables, d, chooseMode(tables, d)).ifPresent(figures::add));
        }
        return figures;
    }

    static int chooseMode(StudyTables tables, SampleData d) {
        Map<Integer, Long> trialsPerMode = d.trials().stream().collect(Collectors.groupingBy(TrialRow::k, Collectors.counting()));
        Optional<Integer> tcMode = tables.criticalTemperatures().stream().filter(t -> t.sample().equals(d.sample()))
                .map(CriticalTemperature::k).filter(trialsPerMode::containsKey).findFirst();
        if (tcMode.isPresent()) {
            return tcMode.get();
        }
        Comparator<Map.Entry<Integer, Long>> byCount = Map.Entry.comparingByValue();
        return d.transitions().stream().map(Excitation::k).filter(trialsPerMode::containsKey)
                .max(Comparator.comparingLong(trialsPerMode::get))
                .orElseGet(() -> trialsPerMode.entrySet().stream()
                        .max(byCount.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow().getKey());
    }

    private static Optional<Figure> figure(StudyTables tables, SampleData d, int k) {
        List<TrialRow> trials = d.trialsOf(k);
        double[] amplitudes = trials.stream().mapToDouble(TrialRow::amplitude).filter(a -> a > 0).sorted().toArray();
        boolean logA = amplitudes.length > 1 && amplitudes[amplitudes.length - 1] / amplitudes[0] > 100;
        ValueAxis aAxis = Labels.label(Axes.of("A", logA), "A");
        // two panels on one A axis: the jumps of |dr| and |dPhi| at the same A_c line up one above the other
        ScatterPlot top = new ScatterPlot(aAxis, Labels.label(Axes.linear("dr"), "|Δr|"));
        ScatterPlot bottom = new ScatterPlot(aAxis, Labels.label(Axes.linear("dPhi"), "|ΔΦ|"));
        for (boolean transitioned : new boolean[] {false, true}) {
            List<TrialRow> subset = trials.stream().filter(t -> t.left() == transitioned).toList();
            String state = transitioned ? "transitioned (closed)" : "returned (open)";
            double[] a = subset.stream().mapToDouble(TrialRow::amplitude).toArray();
            top.points(state, a, subset.stream().mapToDouble(TrialRow::dr).map(Math::abs).toArray(), DR,
                    Palette.shape(0), transitioned);
            bottom.points(state, a, subset.stream().mapToDouble(TrialRow::dPhi).map(Math::abs).toArray(), DPHI,
                    Palette.shape(1), transitioned);
        }
        if (top.plotted() + bottom.plotted() == 0) {
            return Optional.empty();
        }
        Optional<Excitation> row = d.excitations().stream().filter(e -> e.k() == k).findFirst();
        row.ifPresent(e -> {
            top.marker(e.criticalAmplitude(), "critical A", Palette.REFERENCE);
            bottom.marker(e.criticalAmplitude(), "", Palette.REFERENCE);
        });
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(aAxis);
        plot.setGap(12);
        plot.add(top.build());
        XYPlot lower = bottom.build();
        lower.getRenderer().setDefaultSeriesVisibleInLegend(false);
        plot.add(lower);
        plot.setDomainAxis(aAxis);
        double omega = row.map(Excitation::omega).orElse(Double.NaN);
        String title = "Fig. 2 (" + d.system() + ", N = " + d.n() + "): amplitude search of mode k = " + k;
        return Optional.of(new Figure("fig02-" + d.system(), "2", title,
                "|Delta r| (top) and |Delta Phi| (bottom) after kicking mode k = " + k
                        + (Double.isFinite(omega) ? " (omega_k = " + String.format(Locale.ROOT, "%.4g", omega) + ")" : "")
                        + " of sample " + d.sample().name() + " by A (Eq. (5)) and minimising. Open symbols returned "
                        + "to the initial inherent structure, closed symbols reached another one; both jump at the "
                        + "same A = A_c (dashed line), as in the paper.",
                Charts.chart(title, plot)));
    }
}
