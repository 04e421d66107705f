package org.modekick.report;

import java.util.List;

/**
 * Every number the report states, computed once from the samples and then written as CSV, shown in the
 * HTML and drawn in the figures.
 *
 * @param samples the samples, sorted by system, N and seed
 * @param criticalTemperatures Table I, one row per sample that has a transition
 * @param counts transition counts per sample
 * @param fits the power-law fits
 * @param ranges the spreads of the measured quantities per system
 * @param vdosFits the vDOS fits per sample
 * @param decayTails the Fig. 9b tail fits, one per decay profile, in sample order
 */
public record StudyTables(List<SampleData> samples, List<CriticalTemperature> criticalTemperatures,
        List<TransitionCounts> counts, List<FitRow> fits, List<RangeRow> ranges, List<VdosFit> vdosFits,
        List<SampleDecay> decayTails) {

    public StudyTables {
        samples = List.copyOf(samples);
        criticalTemperatures = List.copyOf(criticalTemperatures);
        counts = List.copyOf(counts);
        fits = List.copyOf(fits);
        ranges = List.copyOf(ranges);
        vdosFits = List.copyOf(vdosFits);
        decayTails = List.copyOf(decayTails);
    }

    /** A Fig. 9b tail fit with the sample it belongs to. */
    public record SampleDecay(SampleData data, DecayTail tail) {}

    /** The systems present, in sample order. */
    public List<String> systems() {
        return samples.stream().map(SampleData::system).distinct().toList();
    }

    /** The particle numbers present, ascending: they pick the colours. */
    public List<Integer> sizes() {
        return samples.stream().map(SampleData::n).distinct().sorted().toList();
    }

    public List<SampleData> samplesOf(String system) {
        return samples.stream().filter(s -> s.system().equals(system)).toList();
    }
}
