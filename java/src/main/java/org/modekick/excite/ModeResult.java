package org.modekick.excite;

import java.util.List;

/**
 * Everything measured for one mode: a row of excitations.csv (without the transition id, which depends
 * on all modes and is assigned afterwards) plus what summary.json and the journal keep. NaN means
 * not measured (written empty).
 *
 * @param criticalAmplitude A_c, the smallest leaving A of the final bracket
 * @param lowerAmplitude the largest returning A of the final bracket
 * @param distance |dr| (Eq. 6) at A_c
 * @param energyChange Phi1 - Phi0 (signed; Eq. 7 is its modulus)
 * @param barrier Delta Phi_barrier, Eq. (8)
 * @param harmonicBarrier omega^2 A_c^2 N / 2, which Eq. (8) approximately equals (kappa A_c^2 N / 2 with masses other
 *     than 1, kappa = d.H.d along the kick)
 * @param rearranging N_rearr, Eq. (9)
 * @param overlap I, Eq. (10)
 * @param decayExponent a of Fig. 9(b)
 * @param a3Amplitude A_c of Eq. (A3) from kappa and tau
 * @param kappa kappa of Eq. (A2) along the oriented mode
 * @param tau tau of Eq. (A2) along the oriented mode (&lt;= 0 by orientation)
 * @param flipped whether e_k was multiplied by -1 to make tau &lt;= 0
 * @param relabelled for an exchange: how many particles changed places
 * @param reason why the status is failed or diverged (else empty)
 * @param trials every kick of the search, in order
 * @param relaxations FIRE relaxations (kicks that reached LAMMPS plus final convergences)
 * @param iterations FIRE iterations of all of them
 * @param seconds wall time of this mode
 * @param overturned early-stopped leaving decisions that returned once converged (the search then went on)
 * @param session the run (1 = first, 2 = first resume, ...) that computed this mode
 * @param unverifiedAmplitude with --verify-below: A_c as the search found it before the fine scan below it (equal
 *     to criticalAmplitude when that scan found no lower leaving kick); NaN when A_c was not verified
 */
public record ModeResult(int k, double omega, double participation, double phononOrder, Status status,
                         double criticalAmplitude, double lowerAmplitude, double distance, double energyChange,
                         double barrier, double harmonicBarrier, double rearranging, double overlap,
                         double decayExponent, double a3Amplitude, double kappa, double tau, boolean flipped,
                         int relabelled, String reason, List<Trial> trials, int relaxations, long iterations,
                         double seconds, int overturned, int session, double unverifiedAmplitude) {

    public ModeResult {
        trials = List.copyOf(trials);
        reason = reason == null ? "" : reason;
    }

    /** Whether a verification below A_c found a lower leaving kick, so that A_c moved down. */
    public boolean verificationMoved() {
        return !Double.isNaN(unverifiedAmplitude) && unverifiedAmplitude != criticalAmplitude;
    }

    public boolean transitioned() {
        return status == Status.TRANSITIONED;
    }
}
