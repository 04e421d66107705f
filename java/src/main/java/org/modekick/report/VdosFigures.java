package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.modekick.modes.VdosPoint;

/**
 * The vDOS g(omega) and the reduced vDOS g(omega)/omega^2 (section II.B), log-log, one colour per size,
 * with the fit A_D omega^2 + alpha omega^4 below omega_BP as a line and omega_BP, the maximum of the
 * reduced vDOS, marked.
 */
final class VdosFigures {

    private VdosFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            List<SampleData> samples = tables.samplesOf(system).stream().filter(d -> !d.vdos().isEmpty()).toList();
            if (samples.isEmpty()) {
                continue;
            }
            for (boolean reduced : new boolean[] {false, true}) {
                ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("omega"), "ω"),
                        Labels.label(Axes.log("g"), reduced ? "g(ω)/ω^2" : "g(ω)"));
                SizeSeries.add(plot, samples, tables.sizes(), "", true, d -> d.vdos().stream()
                        .map(p -> new double[] {p.omega(), reduced ? p.reduced() : p.g()}).toList());
                for (int n : tables.sizes()) {
                    Optional<VdosFit> fit = tables.vdosFits().stream()
                            .filter(f -> f.sample().system().equals(system) && f.sample().n() == n
                                    && Double.isFinite(f.debyeLevel()))
                            .findFirst();
                    fit.ifPresent(f -> fitLine(plot, f, samples, n, reduced, tables.sizes()));
                }
                plot.marker(SizeSeries.bosonPeak(samples), "boson peak", Palette.REFERENCE);
                if (plot.plotted() > 0) {
                    String title = (reduced ? "Reduced vDOS" : "vDOS") + " (" + system + ")";
                    figures.add(new Figure((reduced ? "vdos-reduced-" : "vdos-") + system, "vDOS", title,
                            (reduced ? "The reduced vDOS g(omega)/omega^2; its maximum is the boson peak omega_BP. "
                                    : "The vibrational density of states g(omega). ")
                                    + "Lines: A_D omega^2 + alpha omega^4 (Debye phonons plus quasi-localised modes) "
                                    + "fitted below omega_BP (tables/vdos.csv).",
                            Charts.chart(title, plot.build())));
                }
            }
        }
        return figures;
    }

    private static void fitLine(ScatterPlot plot, VdosFit fit, List<SampleData> samples, int n, boolean reduced,
            List<Integer> sizes) {
        double lo = Double.isFinite(fit.omegaLow()) ? fit.omegaLow() : samples.stream().filter(d -> d.n() == n)
                .flatMap(d -> d.vdos().stream()).mapToDouble(VdosPoint::omega).filter(w -> w > 0).min().orElse(Double.NaN);
        double hi = Double.isFinite(fit.omegaHigh()) ? fit.omegaHigh() : fit.bosonPeak();
        if (!(lo > 0) || !(hi > lo)) {
            return;
        }
        int points = 60;
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            double w = lo * Math.pow(hi / lo, i / (points - 1.0));
            x[i] = w;
            y[i] = reduced ? fit.density(w) / (w * w) : fit.density(w);
        }
        plot.line("N = " + n + ": fit, Debye + αω⁴", x, y, Palette.colourOf(n, sizes), false);
    }
}
