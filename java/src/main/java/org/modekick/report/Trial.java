package org.modekick.report;

import org.modekick.excite.Status;

/**
 * One trial of the A_c search (excite/trials.csv), the points of Fig. 2.
 *
 * @param k the mode kicked
 * @param amplitude A of Eq. (5)
 * @param dr |Delta r| after minimisation, Eq. (6)
 * @param dPhi Phi_1 - Phi_0 after minimisation (signed; Eq. (7) is its magnitude)
 * @param outcome "returned", "transitioned", or another word excite chose
 */
public record Trial(int k, double amplitude, double dr, double dPhi, String outcome) {

    /** Closed symbols in Fig. 2: the trial left the initial inherent structure. */
    public boolean transitioned() {
        return outcome.equals(Status.TRANSITIONED.csv());
    }
}
