package org.modekick.report;

import java.util.HashSet;
import java.util.Set;
import org.modekick.excite.Status;
import org.modekick.store.Excitation;
import org.modekick.store.ExciteSummary;

/**
 * What kicking the modes of one sample led to (section III.B: many modes cause the identical transition,
 * so distinct states are far fewer than modes).
 *
 * @param sample the sample
 * @param modesComputed lines of modes.csv
 * @param modesExcited lines of excitations.csv
 * @param transitioned modes that reached a distinct state
 * @param distinctTransitions distinct final-state ids among them
 * @param reportedDistinct distinct_transitions from excite/summary.json, or -1
 * @param exchanges modes whose final state was a relabelling of the initial one
 * @param noTransition modes that returned for every amplitude searched
 * @param diverged modes whose energy diverged (disregarded, section II.C)
 * @param failed modes whose search failed
 */
public record TransitionCounts(SampleResult sample, int modesComputed, int modesExcited, int transitioned,
        int distinctTransitions, long reportedDistinct, int exchanges, int noTransition, int diverged, int failed) {

    public static TransitionCounts of(SampleData data) {
        int[] byStatus = new int[Status.values().length];
        Set<Integer> distinct = new HashSet<>();
        for (Excitation e : data.excitations()) {
            byStatus[e.status().ordinal()]++;
            if (e.transitioned() && e.transition().isPresent()) {
                distinct.add(e.transition().getAsInt());
            }
        }
        double reported = data.exciteSummary().map(ExciteSummary::distinctTransitions).orElse(Double.NaN);
        return new TransitionCounts(data.sample(), data.modes().size(), data.excitations().size(),
                byStatus[Status.TRANSITIONED.ordinal()], distinct.size(),
                Double.isFinite(reported) ? (long) reported : -1, byStatus[Status.EXCHANGE.ordinal()],
                byStatus[Status.NO_TRANSITION.ordinal()],
                byStatus[Status.DIVERGED.ordinal()], byStatus[Status.FAILED.ordinal()]);
    }
}
