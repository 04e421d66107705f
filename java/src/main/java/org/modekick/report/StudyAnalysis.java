package org.modekick.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.ToDoubleFunction;
import org.modekick.store.DecayProfile;
import org.modekick.store.Excitation;
import org.modekick.store.ExciteSummary;

/** Computes {@link StudyTables} from the samples read. */
final class StudyAnalysis {

    private StudyAnalysis() {}

    static StudyTables analyse(List<SampleData> unsorted) {
        List<SampleData> samples = new ArrayList<>(unsorted);
        samples.sort(Comparator.comparing(SampleData::system).thenComparingInt(SampleData::n)
                .thenComparingLong(d -> d.sample().seed()).thenComparing(d -> d.sample().name()));
        List<CriticalTemperature> tc = new ArrayList<>();
        List<TransitionCounts> counts = new ArrayList<>();
        List<VdosFit> vdos = new ArrayList<>();
        List<StudyTables.SampleDecay> decays = new ArrayList<>();
        for (SampleData d : samples) {
            CriticalTemperature.of(d).ifPresent(tc::add);
            counts.add(TransitionCounts.of(d));
            VdosFit.of(d).ifPresent(vdos::add);
            double box = d.exciteSummary().map(ExciteSummary::boxLength).orElse(Double.NaN);
            for (DecayProfile p : d.decays()) {
                DecayTail.fit(p, box).ifPresent(t -> decays.add(new StudyTables.SampleDecay(d, t)));
            }
        }
        List<String> systems = samples.stream().map(SampleData::system).distinct().toList();
        List<FitRow> fits = new ArrayList<>();
        for (String system : systems) {
            List<SampleData> ofSystem = samples.stream().filter(s -> s.system().equals(system)).toList();
            fitDPhiVsDr(fits, system, 0, ofSystem);
            for (int n : ofSystem.stream().map(SampleData::n).distinct().toList()) {
                fitDPhiVsDr(fits, system, n, ofSystem.stream().filter(s -> s.n() == n).toList());
            }
            fitCriticalAmplitude(fits, system, ofSystem);
        }
        for (StudyTables.SampleDecay sd : decays) {
            DecayTail t = sd.tail();
            fits.add(new FitRow("9b", "decay_exponent_a",
                    String.format(java.util.Locale.ROOT, "|dr_i| = c r^-x on the tail %.3g <= r <= %.3g", t.inner(), t.outer()),
                    sd.data().system(), sd.data().n(), sd.data().sample().name(), OptionalInt.of(t.profile().transition()),
                    t.decayExponent(), t.fit().exponentError(), t.fit()));
        }
        List<RangeRow> ranges = new ArrayList<>();
        for (String system : systems) {
            ranges.addAll(ranges(system, samples.stream().filter(s -> s.system().equals(system)).toList()));
        }
        return new StudyTables(samples, tc, counts, fits, ranges, vdos, decays);
    }

    /** Fig. 8: |dPhi| against |dr| over the distinct transitions; n = 0 pools the sizes. */
    private static void fitDPhiVsDr(List<FitRow> fits, String system, int n, List<SampleData> samples) {
        List<double[]> points = new ArrayList<>();
        for (SampleData d : samples) {
            for (Excitation e : d.distinctTransitions()) {
                points.add(new double[] {e.dr(), e.absDPhi()});
            }
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        PowerLawFit.fit(x, y).ifPresent(f -> fits.add(new FitRow("8", "dPhi_vs_dr", "|dPhi| = c |dr|^x", system, n,
                "", OptionalInt.empty(), f.exponent(), f.exponentError(), f)));
    }

    /** Fig. 3: A_c against omega_k over the transitioned modes, all sizes pooled. */
    private static void fitCriticalAmplitude(List<FitRow> fits, String system, List<SampleData> samples) {
        double[] x = samples.stream().flatMap(d -> d.transitions().stream()).mapToDouble(Excitation::omega).toArray();
        double[] y = samples.stream().flatMap(d -> d.transitions().stream())
                .mapToDouble(Excitation::criticalAmplitude).toArray();
        PowerLawFit.fit(x, y).ifPresent(f -> fits.add(new FitRow("3", "A_c_vs_omega", "A_c = c omega^x", system, 0,
                "", OptionalInt.empty(), f.exponent(), f.exponentError(), f)));
    }

    private static List<RangeRow> ranges(String system, List<SampleData> samples) {
        List<RangeRow> rows = new ArrayList<>();
        rows.add(perMode(system, samples, "A_c", "critical amplitude A_c (Fig. 3); per transitioned mode",
                (d, e) -> e.criticalAmplitude()));
        rows.add(perMode(system, samples, "barrier", "Delta Phi_barrier of Eq. (8) (Fig. 5); per transitioned mode",
                (d, e) -> e.barrier()));
        rows.add(perMode(system, samples, "barrier_over_harmonic",
                "Delta Phi_barrier / (omega^2 A_c^2 N / 2) (Fig. 5: about 1); per transitioned mode",
                (d, e) -> e.barrier() / e.harmonicBarrier(d.n())));
        rows.add(perMode(system, samples, "I", "overlap I of Eq. (10) (Fig. 12); per transitioned mode",
                (d, e) -> e.overlap()));
        rows.add(perMode(system, samples, "A_c_A3_over_A_c",
                "A_c from Eq. (A3) / measured A_c (Fig. 14); per transitioned mode",
                (d, e) -> e.criticalAmplitudeA3() / e.criticalAmplitude()));
        rows.add(perTransition(system, samples, "dr", "|Delta r| of Eq. (6) (Fig. 6); per distinct transition",
                Excitation::dr));
        rows.add(perTransition(system, samples, "abs_dPhi", "|Delta Phi| of Eq. (7) (Fig. 8); per distinct transition",
                Excitation::absDPhi));
        rows.add(perTransition(system, samples, "N_rearr", "N_rearr of Eq. (9) (Fig. 10); per distinct transition",
                Excitation::rearranged));
        rows.add(perTransition(system, samples, "dr2_over_N_rearr",
                "Delta r^2 / N_rearr: the slopes of Fig. 11's bounding lines; per distinct transition",
                e -> e.dr() * e.dr() / e.rearranged()));
        rows.add(perTransition(system, samples, "displacement_per_particle",
                "sqrt(Delta r^2 / N_rearr): the displacement of each participating particle (section III.C)",
                e -> Math.sqrt(e.dr() * e.dr() / e.rearranged())));
        rows.add(perTransition(system, samples, "a", "decay exponent a as excite measured it (Fig. 9b)",
                Excitation::decayExponent));
        return rows;
    }

    private interface ModeQuantity {
        double of(SampleData data, Excitation e);
    }

    private static RangeRow perMode(String system, List<SampleData> samples, String key, String description,
            ModeQuantity q) {
        double[] values = samples.stream()
                .flatMap(d -> d.transitions().stream().map(e -> q.of(d, e)))
                .mapToDouble(Double::doubleValue).toArray();
        return RangeRow.of(system, key, description, values);
    }

    private static RangeRow perTransition(String system, List<SampleData> samples, String key, String description,
            ToDoubleFunction<Excitation> q) {
        double[] values = samples.stream().flatMap(d -> d.distinctTransitions().stream()).mapToDouble(q).toArray();
        return RangeRow.of(system, key, description, values);
    }
}
