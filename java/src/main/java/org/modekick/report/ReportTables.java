package org.modekick.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modekick.store.Excitation;

/** Lays {@link StudyTables} out as the report's {@link Table}s, in the order the page shows them. */
final class ReportTables {

    private ReportTables() {}

    static List<Table> all(StudyTables t) {
        return List.of(samples(t), criticalTemperatures(t), transitions(t), fits(t), vdos(t), ranges(t), excitations(t));
    }

    private static List<Object> sampleCells(SampleResult s) {
        return new ArrayList<>(Arrays.asList(s.system(), s.n(), s.seed(), s.name()));
    }

    static Table samples(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleData d : t.samples()) {
            List<Object> row = sampleCells(d.sample());
            row.addAll(Arrays.asList(d.sample().directory().toString(), d.bosonPeak(), d.modes().size(),
                    d.excitations().size(), d.trials().size(), d.decays().size()));
            rows.add(row);
        }
        return new Table("samples", "Samples", "The samples of the study and what their directories hold.",
                List.of("system", "N", "seed", "sample", "directory", "omega_BP", "modes", "excitations", "trials",
                        "decay_profiles"), rows);
    }

    static Table criticalTemperatures(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (CriticalTemperature c : t.criticalTemperatures()) {
            List<Object> row = sampleCells(c.sample());
            row.addAll(Arrays.asList(c.criticalTemperature(), c.k(), c.omega(), c.barrier(), c.harmonicEstimate(),
                    c.reported(), c.fromPaths(), c.fromEscapes(), c.thermalOnset()));
            rows.add(row);
        }
        return new Table("tc", "Table I: onset temperature T_c",
                "T_c = 2 min_k Delta Phi_barrier (section III.A) over the modes that reached a distinct state; k and "
                        + "omega_k are the mode achieving the minimum. T_c_harmonic = min_k (omega_k A_c)^2 N, the "
                        + "paper's approximation; T_c_excite is what excite/summary.json reports. Beyond the paper: "
                        + "T_c_true = 2 min of the true (minimum-energy path) forward barriers, where modekick barriers "
                        + "ran; T_c_escape, 2 min of the escape barriers (the saddle by which each path leaves r0's "
                        + "basin, known also for cascades and for paths whose band ran away); T_onset_thermal, the "
                        + "lowest temperature of modekick thermal at which a quench left r0.",
                List.of("system", "N", "seed", "sample", "T_c", "k", "omega_k", "barrier_min", "T_c_harmonic",
                        "T_c_excite", "T_c_true", "T_c_escape", "T_onset_thermal"), rows);
    }

    static Table transitions(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (TransitionCounts c : t.counts()) {
            List<Object> row = sampleCells(c.sample());
            row.addAll(Arrays.asList(c.modesComputed(), c.modesExcited(), c.transitioned(), c.distinctTransitions(),
                    c.reportedDistinct() < 0 ? null : c.reportedDistinct(), c.exchanges(), c.noTransition(),
                    c.diverged(), c.failed()));
            rows.add(row);
        }
        return new Table("transitions", "Transitions per sample",
                "Modes computed and kicked, and how each search ended. Distinct transitions count distinct final "
                        + "states: many modes lead to the same one (section III.B). Exchanges (relabellings of the "
                        + "initial structure) and diverged searches are not transitions and are left out of every "
                        + "figure and fit.",
                List.of("system", "N", "seed", "sample", "modes_computed", "modes_excited", "transitioned",
                        "distinct_transitions", "distinct_transitions_excite", "exchange", "no_transition_in_range",
                        "diverged", "failed"), rows);
    }

    static Table fits(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (FitRow f : t.fits()) {
            rows.add(Arrays.asList(f.figure(), f.quantity(), f.relation(), f.system(), f.n() == 0 ? null : f.n(),
                    f.sample().isEmpty() ? null : f.sample(), f.transition(), f.exponent(), f.error(),
                    f.fit().prefactor(), f.fit().points(), f.fit().xMin(), f.fit().xMax()));
        }
        return new Table("fits", "Fitted power laws",
                "Least squares on (ln x, ln y); exponent_error is the standard error of the slope. Fig. 8 fits one "
                        + "point per distinct transition, sizes pooled (N empty) and per size; Fig. 3 fits A_c against "
                        + "omega_k over the transitioned modes; Fig. 9b fits each profiled rearrangement's tail, "
                        + "exponent = a of |dr_i| ~ r^-a.",
                List.of("figure", "quantity", "relation", "system", "N", "sample", "transition", "exponent",
                        "exponent_error", "prefactor", "points", "x_min", "x_max"), rows);
    }

    static Table vdos(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (VdosFit f : t.vdosFits()) {
            List<Object> row = sampleCells(f.sample());
            row.addAll(Arrays.asList(f.bosonPeak(), f.debyeLevel(), f.alpha(), f.omegaLow(), f.omegaHigh(), f.source()));
            rows.add(row);
        }
        return new Table("vdos", "vDOS fit",
                "g(omega) = A_D omega^2 + alpha omega^4 below the boson peak omega_BP (section II.B).",
                List.of("system", "N", "seed", "sample", "omega_BP", "A_D", "alpha", "omega_low", "omega_high", "source"),
                rows);
    }

    static Table ranges(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (RangeRow r : t.ranges()) {
            rows.add(Arrays.asList(r.system(), r.quantity(), r.count(), r.min(), r.median(), r.max(), r.description()));
        }
        return new Table("ranges", "Ranges of the measured quantities",
                "Smallest, median and largest value per system, sizes pooled, as the paper quotes its ranges.",
                List.of("system", "quantity", "count", "min", "median", "max", "description"), rows);
    }

    static Table excitations(StudyTables t) {
        List<List<Object>> rows = new ArrayList<>();
        for (SampleData d : t.samples()) {
            for (Excitation e : d.excitations()) {
                List<Object> row = sampleCells(d.sample());
                row.addAll(Arrays.asList(e.k(), e.omega(), e.participation(), e.phononOrder(), e.criticalAmplitude(),
                        e.dr(), e.dPhi(), e.barrier(), e.harmonicBarrier(d.n()), e.rearranged(), e.overlap(),
                        e.decayExponent(), e.criticalAmplitudeA3(), e.transition(), e.status().csv()));
                rows.add(row);
            }
        }
        return new Table("excitations", "All excitations",
                "Every sample's excite/excitations.csv in one table, with omega^2 A_c^2 N / 2 added: the points of "
                        + "Figs. 3-7, 10, 12, 14 and 15.",
                List.of("system", "N", "seed", "sample", "k", "omega", "P", "O", "A_c", "dr", "dPhi", "barrier",
                        "harmonic_barrier", "N_rearr", "I", "a", "A_c_A3", "transition", "status"), rows);
    }
}
