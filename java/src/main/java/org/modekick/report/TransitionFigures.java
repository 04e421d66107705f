package org.modekick.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.modekick.store.DecayProfile;

/**
 * The figures of the transitions themselves, one point per distinct transition: Fig. 8 (|Delta Phi|
 * against |Delta r|, with the fitted power law and the paper's |Delta r|^3), Fig. 11 (N_rearr against
 * Delta r^2, between the lines Delta r^2 = c N_rearr at the smallest and largest c), and Fig. 9(b) (the
 * radial decay of one rearrangement with its fitted tail).
 */
final class TransitionFigures {

    /** Fig. 9(b) shows at most this many particles; the fit uses all. */
    static final int MAX_DECAY_POINTS = 4000;

    private TransitionFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            List<SampleData> samples = tables.samplesOf(system);
            energyVsDistance(tables, samples, system).ifPresent(figures::add);
            participants(tables, samples, system).ifPresent(figures::add);
            decay(tables, system).ifPresent(figures::add);
        }
        return figures;
    }

    private static Optional<Figure> energyVsDistance(StudyTables tables, List<SampleData> samples, String system) {
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("dr"), "|Δr|"), Labels.label(Axes.log("dPhi"), "|ΔΦ|"));
        SizeSeries.add(plot, samples, tables.sizes(), "", true,
                d -> d.distinctTransitions().stream().map(e -> new double[] {e.dr(), e.absDPhi()}).toList());
        if (plot.plotted() == 0) {
            return Optional.empty();
        }
        Optional<FitRow> fit = tables.fits().stream()
                .filter(f -> f.quantity().equals("dPhi_vs_dr") && f.system().equals(system) && f.n() == 0).findFirst();
        fit.ifPresent(f -> {
            double lo = f.fit().xMin();
            double hi = f.fit().xMax();
            plot.line(String.format(Locale.ROOT, "fit: |ΔΦ| ∝ |Δr|^x, x = %.2f ± %.2f", f.exponent(), f.error()),
                    new double[] {lo, hi}, new double[] {f.fit().at(lo), f.fit().at(hi)}, Palette.REFERENCE, false);
            // the paper's |dPhi| ~ |dr|^3, through the fit's value at the geometric middle of the data
            double mid = Math.sqrt(lo * hi);
            double c = f.fit().at(mid) / Math.pow(mid, 3);
            plot.line("paper: |ΔΦ| ∝ |Δr|³", new double[] {lo, hi}, new double[] {c * lo * lo * lo, c * hi * hi * hi},
                    Palette.GUIDE, true);
        });
        String title = "Fig. 8 (" + system + "): energy difference vs distance";
        return Optional.of(new Figure("fig08-" + system, "8", title,
                "|Delta Phi| (Eq. (7)) against |Delta r| (Eq. (6)), one point per distinct transition. The solid line "
                        + "is the least-squares power law in log-log (exponent and standard error in the legend and "
                        + "in tables/fits.csv); the dashed line is the paper's |Delta Phi| ~ |Delta r|^3.",
                Charts.chart(title, plot.build())));
    }

    private static Optional<Figure> participants(StudyTables tables, List<SampleData> samples, String system) {
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("dr2"), "Δr^2"),
                Labels.label(Axes.log("N"), "N_{rearr}"));
        SizeSeries.add(plot, samples, tables.sizes(), "", true,
                d -> d.distinctTransitions().stream().map(e -> new double[] {e.dr() * e.dr(), e.rearranged()}).toList());
        if (plot.plotted() == 0) {
            return Optional.empty();
        }
        tables.ranges().stream()
                .filter(r -> r.system().equals(system) && r.quantity().equals("dr2_over_N_rearr") && r.count() > 0)
                .findFirst().ifPresent(r -> {
                    double[] x = samples.stream().flatMap(d -> d.distinctTransitions().stream())
                            .mapToDouble(e -> e.dr() * e.dr()).filter(v -> v > 0 && Double.isFinite(v)).sorted().toArray();
                    if (x.length > 0) {
                        double lo = x[0];
                        double hi = x[x.length - 1];
                        bound(plot, r.min(), lo, hi);
                        if (r.max() > r.min()) {
                            bound(plot, r.max(), lo, hi);
                        }
                    }
                });
        String title = "Fig. 11 (" + system + "): participants vs squared distance";
        return Optional.of(new Figure("fig11-" + system, "11", title,
                "N_rearr against Delta r^2 for every distinct transition. The dashed lines Delta r^2 = c N_rearr "
                        + "bound the data at the smallest and largest c (tables/ranges.csv, dr2_over_N_rearr); "
                        + "sqrt(c) is the displacement of each participating particle.",
                Charts.chart(title, plot.build())));
    }

    private static void bound(ScatterPlot plot, double c, double lo, double hi) {
        plot.line("Δr² = " + TickFormat.compact(c) + " N_rearr", new double[] {lo, hi},
                new double[] {lo / c, hi / c}, Palette.GUIDE, true);
    }

    /**
     * One rearrangement per system: of the largest sample that has decay profiles, the transition of its
     * T_c mode if profiled, else its lowest transition id.
     */
    private static Optional<Figure> decay(StudyTables tables, String system) {
        List<StudyTables.SampleDecay> ofSystem = tables.decayTails().stream()
                .filter(sd -> sd.data().system().equals(system)).toList();
        if (ofSystem.isEmpty()) {
            return Optional.empty();
        }
        int largest = ofSystem.stream().mapToInt(sd -> sd.data().n()).max().getAsInt();
        List<StudyTables.SampleDecay> candidates = ofSystem.stream().filter(sd -> sd.data().n() == largest).toList();
        SampleData data = candidates.get(0).data();
        Optional<Integer> tcTransition = tables.criticalTemperatures().stream()
                .filter(t -> t.sample().equals(data.sample())).findFirst()
                .flatMap(t -> data.excitations().stream().filter(e -> e.k() == t.k()).findFirst())
                .flatMap(e -> e.transition().isPresent() ? Optional.of(e.transition().getAsInt()) : Optional.empty());
        StudyTables.SampleDecay chosen = candidates.stream().filter(sd -> sd.data() == data)
                .filter(sd -> tcTransition.isPresent() && sd.tail().profile().transition() == tcTransition.get())
                .findFirst()
                .orElse(candidates.stream().filter(sd -> sd.data() == data)
                        .min(Comparator.comparingInt(sd -> sd.tail().profile().transition())).orElseThrow());
        DecayTail tail = chosen.tail();
        DecayProfile profile = tail.profile();
        double scale = profile.largest();
        double[] r = profile.distance();
        double[] dr = profile.displacement();
        int stride = Math.max(1, (r.length + MAX_DECAY_POINTS - 1) / MAX_DECAY_POINTS);
        int shown = (r.length + stride - 1) / stride;
        double[] x = new double[shown];
        double[] y = new double[shown];
        for (int i = 0, j = 0; i < r.length; i += stride, j++) {
            x[j] = r[i];
            y[j] = Math.abs(dr[i]) / scale;
        }
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("r"), "r"),
                Labels.label(Axes.log("dri"), "|Δr_i| / |Δr_1|"));
        plot.points("N = " + data.n() + ", transition " + profile.transition(), x, y,
                Palette.colourOf(data.n(), tables.sizes()), Palette.small(Palette.shapeOf(data.n(), tables.sizes())), false);
        double lo = tail.inner();
        double hi = tail.outer();
        plot.line(String.format(Locale.ROOT, "fit: r^-a, a = %.2f ± %.2f", tail.decayExponent(), tail.fit().exponentError()),
                new double[] {lo, hi}, new double[] {tail.fit().at(lo), tail.fit().at(hi)}, Palette.REFERENCE, false);
        double c = tail.fit().at(lo) * lo * lo;
        plot.line("elastic: r⁻²", new double[] {lo, hi}, new double[] {c / (lo * lo), c / (hi * hi)},
                Palette.GUIDE, true);
        String title = "Fig. 9(b) (" + system + "): radial decay of a rearrangement";
        return Optional.of(new Figure("fig09b-" + system, "9b", title,
                "|Delta r_i| / |Delta r_1| against the distance r from the most displaced particle, for transition "
                        + profile.transition() + " of sample " + data.sample().name() + (stride > 1
                                ? " (every " + stride + "th of " + r.length + " particles shown; the fit uses all)" : "")
                        + ". The solid line is the power law fitted to the tail " + String.format(Locale.ROOT,
                                "%.2f <= r <= %.2f", lo, hi)
                        + "; the paper finds a = 2.5 to 3, steeper than the elastic r^-2 (dashed). Every profiled "
                        + "transition's a is in tables/fits.csv.",
                Charts.chart(title, plot.build())));
    }
}
