package org.modekick.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.modekick.modes.ModeSummary;
import org.modekick.modes.ModesSummaryJson;
import org.modekick.modes.VdosPoint;
import org.modekick.store.DecayProfile;
import org.modekick.store.Excitation;
import org.modekick.store.ExciteSummary;
import org.modekick.store.TrialRow;

/**
 * Everything one sample's directory holds, read. Absent optional files give empty lists and empty
 * optionals; {@code warnings} lists inconsistencies found while reading (they go into the report).
 * Beyond the paper: {@code pathBarriers}, the true forward barrier of each mode's transition (by k, from
 * excitations.csv once {@code modekick barriers} ran), {@code escapeBarriers}, the barrier out of r0's basin along
 * that path (the saddle by which it leaves the basin), and {@code escape}, the thermal test's rows
 * (T, T/T_c, T/T_c_true, escape fraction) from thermal/escape.csv.
 */
public record SampleData(SampleResult sample, List<ModeSummary> modes, List<VdosPoint> vdos,
        Optional<ModesSummaryJson> modesSummary, List<Excitation> excitations, List<TrialRow> trials,
        Optional<ExciteSummary> exciteSummary, List<DecayProfile> decays, List<String> warnings,
        Map<Integer, Double> pathBarriers, Map<Integer, Double> escapeBarriers, List<double[]> escape) {

    public SampleData {
        pathBarriers = Map.copyOf(pathBarriers);
        escapeBarriers = Map.copyOf(escapeBarriers);
        escape = List.copyOf(escape);
        modes = List.copyOf(modes);
        vdos = List.copyOf(vdos);
        excitations = List.copyOf(excitations);
        trials = List.copyOf(trials);
        decays = List.copyOf(decays);
        warnings = List.copyOf(warnings);
    }

    public String system() {
        return sample.system();
    }

    public int n() {
        return sample.n();
    }

    /**
     * omega_BP: excite's summary, else modes' summary, else NaN.
     */
    public double bosonPeak() {
        double fromExcite = exciteSummary.map(ExciteSummary::bosonPeak).orElse(Double.NaN);
        if (Double.isFinite(fromExcite)) {
            return fromExcite;
        }
        // no guess from vdos.csv: a spectrum cut at the K-th mode has its largest g/omega^2 wherever the
        // cut falls, which is no boson peak; only a modes run that passed the peak knows omega_BP
        return modesSummary.map(ModesSummaryJson::bosonPeak).orElse(Double.NaN);
    }

    /** The rows that reached a distinct state (status transitioned). */
    public List<Excitation> transitions() {
        return excitations.stream().filter(Excitation::transitioned).toList();
    }

    /**
     * One row per distinct final state (the first mode, in file order, that reached it) plus the
     * transitioned rows without an id: the points of Figs. 8 and 11, which plot "all the studied
     * transitions", so that a state reached from many modes (section III.B) is one point, not many.
     */
    public List<Excitation> distinctTransitions() {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        return transitions().stream()
                .filter(e -> e.transition().isEmpty() || seen.add(e.transition().getAsInt()))
                .toList();
    }

    /** T_c from the true barriers: 2 min over the modes' transitions of the path's forward barrier; NaN if none. */
    public double pathCriticalTemperature() {
        return twiceTheLowest(pathBarriers);
    }

    /** T_c from the escape barriers: 2 min over the modes' transitions of the escape barrier; NaN if none. */
    public double escapeCriticalTemperature() {
        return twiceTheLowest(escapeBarriers);
    }

    private static double twiceTheLowest(Map<Integer, Double> barriers) {
        return barriers.values().stream().mapToDouble(b -> 2 * b).min().orElse(Double.NaN);
    }

    /** The lowest temperature of the thermal test at which some quench escaped r0; NaN if none or no test. */
    public double thermalOnset() {
        return escape.stream().filter(r -> r[3] > 0).mapToDouble(r -> r[0]).min().orElse(Double.NaN);
    }

    /** The trials of mode k, in file order. */
    public List<TrialRow> trialsOf(int k) {
        return trials.stream().filter(t -> t.k() == k).toList();
    }

    public Optional<DecayProfile> decay(int transition) {
        return decays.stream().filter(d -> d.transition() == transition).findFirst();
    }
}
