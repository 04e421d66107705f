package org.modekick.store;

import org.modekick.excite.Outcome;
import org.modekick.excite.Trial;

/**
 * One line of trials.csv ({@link TrialsCsv}): a kick of the A_c search and what its relaxation led to, the
 * points of Fig. 2. The kick's effort (early stop, iterations) is in the journal only.
 *
 * @param k the mode kicked
 * @param amplitude A of Eq. (5)
 * @param dr |Delta r| after minimisation, Eq. (6); NaN when not measured
 * @param dPhi Phi_1 - Phi_0 after minimisation (signed; Eq. (7) is its magnitude); NaN when not measured
 * @param outcome what the relaxation led to
 */
public record TrialRow(int k, double amplitude, double dr, double dPhi, Outcome outcome) {

    public static TrialRow of(Trial t) {
        return new TrialRow(t.k(), t.amplitude(), t.distance(), t.energyChange(), t.outcome());
    }

    /**
     * Closed symbols in Fig. 2: the kick did not relax back to r0 as labelled (a transition, or an exchange of
     * particles, whose labelled |dr| jumps the same way).
     */
    public boolean left() {
        return outcome.left();
    }
}
