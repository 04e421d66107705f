package org.modekick.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import org.modekick.store.Excitation;

/**
 * Figs. 3, 5, 6 and 10: A_c, Delta Phi_barrier (with omega^2 A_c^2 N / 2 beside it), |Delta r| and N_rearr
 * against omega_k, log-log, one colour per system size, omega_BP marked as the paper's arrow. One figure
 * per system, as the paper's panels (a) harmonic and (b) LJ.
 */
final class FrequencyFigures {

    private FrequencyFigures() {}

    static List<Figure> all(StudyTables tables) {
        List<Figure> figures = new ArrayList<>();
        for (String system : tables.systems()) {
            List<SampleData> samples = tables.samplesOf(system);
            quantity(figures, tables, samples, system, "03", "3", "critical amplitude", "A_c",
                    (d, e) -> e.criticalAmplitude(),
                    "The extent of anharmonicity A_c against the frequency of the kicked mode (Eq. (5)); smaller A_c "
                            + "is stronger anharmonicity. The paper finds A_c falling with omega_k, 1e-6 to 1e-2 below "
                            + "omega_BP for the harmonic system and 1e-4 to 1e-1 for LJ, with no size dependence.");
            barrier(figures, tables, samples, system);
            quantity(figures, tables, samples, system, "06", "6", "distance to the new state", "|Δr|",
                    (d, e) -> e.dr(),
                    "|Delta r| of Eq. (6) between the initial inherent structure and the one reached at A_c. Modes "
                            + "that trigger the same transition share one |Delta r|: the horizontal rows of points are "
                            + "the paper's 'many different modes cause the identical transition' (section III.B).");
            quantity(figures, tables, samples, system, "10", "10", "particles in the rearrangement", "N_{rearr}",
                    (d, e) -> e.rearranged(),
                    "N_rearr of Eq. (9), the number of particles taking part in the rearrangement. Its independence "
                            + "of N means the rearrangements are localised (paper: 1 to 1000 particles).");
        }
        return figures;
    }

    private static void quantity(List<Figure> figures, StudyTables tables, List<SampleData> samples, String system,
            String number, String paperFigure, String words, String yLabel, ToDoubleBiFunction<SampleData, Excitation> y,
            String caption) {
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("ω"), "ω_k"), Labels.label(Axes.log(yLabel), yLabel));
        SizeSeries.add(plot, samples, tables.sizes(), "", true, perMode(y));
        plot.marker(SizeSeries.bosonPeak(samples), "boson peak", Palette.REFERENCE);
        if (plot.plotted() > 0) {
            String title = "Fig. " + paperFigure + " (" + system + "): " + words + " vs frequency";
            figures.add(new Figure("fig" + number + "-" + system, paperFigure, title, caption,
                    Charts.chart(title, plot.build())));
        }
    }

    private static void barrier(List<Figure> figures, StudyTables tables, List<SampleData> samples, String system) {
        ScatterPlot plot = new ScatterPlot(Labels.label(Axes.log("ω"), "ω_k"),
                Labels.label(Axes.log("ΔΦ"), "ΔΦ_{barrier}"));
        SizeSeries.add(plot, samples, tables.sizes(), ": ΔΦ barrier, Eq. (8)", true, perMode((d, e) -> e.barrier()));
        SizeSeries.add(plot, samples, tables.sizes(), ": harmonic ω²Ac²N/2", false,
                perMode((d, e) -> e.harmonicBarrier(d.n())));
        plot.marker(SizeSeries.bosonPeak(samples), "boson peak", Palette.REFERENCE);
        if (plot.plotted() > 0) {
            String title = "Fig. 5 (" + system + "): energy barrier vs frequency";
            figures.add(new Figure("fig05-" + system, "5", title,
                    "Delta Phi_barrier of Eq. (8), the energy at A = A_c above the inherent structure (filled), and "
                            + "its harmonic estimate omega_k^2 A_c^2 N / 2 (open). The paper finds them about equal; "
                            + "twice the smallest barrier is T_c of Table I.",
                    Charts.chart(title, plot.build())));
        }
    }

    /** (omega_k, y) for every transitioned mode of a sample. */
    static Function<SampleData, List<double[]>> perMode(ToDoubleBiFunction<SampleData, Excitation> y) {
        return d -> d.transitions().stream().map(e -> new double[] {e.omega(), y.applyAsDouble(d, e)}).toList();
    }
}
