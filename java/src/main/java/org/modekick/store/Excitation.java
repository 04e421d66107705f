package org.modekick.store;

import java.util.OptionalInt;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Status;

/**
 * One line of excitations.csv ({@link ExcitationsCsv}): mode k, its observables, and what kicking it did.
 * Missing numbers are NaN.
 *
 * @param k the mode index (1 = lowest non-zero mode)
 * @param omega omega_k
 * @param participation P_k, Eq. (4)
 * @param phononOrder O_k, Eq. (3)
 * @param criticalAmplitude A_c (Fig. 3)
 * @param dr |Delta r|, Eq. (6)
 * @param dPhi Phi_1 - Phi_0, signed; Eq. (7) is its magnitude
 * @param barrier Delta Phi_barrier, Eq. (8)
 * @param rearranged N_rearr, Eq. (9)
 * @param overlap I, Eq. (10)
 * @param decayExponent a of |Delta r_i| ~ r^-a (Fig. 9b), as excite measured it
 * @param criticalAmplitudeA3 A_c from the cubic expansion, Eq. (A3)
 * @param transition the id of the distinct final state, if any
 * @param status how the search ended
 * @param kappa with masses other than 1: d.H.d, the curvature of the energy along the kick (excitations.csv's
 *     column kappa, written only then); NaN when every mass is 1, where it is omega^2
 */
public record Excitation(int k, double omega, double participation, double phononOrder, double criticalAmplitude,
        double dr, double dPhi, double barrier, double rearranged, double overlap, double decayExponent,
        double criticalAmplitudeA3, OptionalInt transition, Status status, double kappa) {

    /** A line of a run with every mass 1 (the curvature along the kick is omega^2). */
    public Excitation(int k, double omega, double participation, double phononOrder, double criticalAmplitude,
                      double dr, double dPhi, double barrier, double rearranged, double overlap, double decayExponent,
                      double criticalAmplitudeA3, OptionalInt transition, Status status) {
        this(k, omega, participation, phononOrder, criticalAmplitude, dr, dPhi, barrier, rearranged, overlap,
                decayExponent, criticalAmplitudeA3, transition, status, Double.NaN);
    }

    /**
     * The line of mode {@code r}, whose final state has the id {@code transition} (0: none); {@code masses}: whether
     * the masses are not all 1, so that the line keeps kappa.
     */
    public static Excitation of(ModeResult r, int transition, boolean masses) {
        return new Excitation(r.k(), r.omega(), r.participation(), r.phononOrder(), r.criticalAmplitude(), r.distance(),
                r.energyChange(), r.barrier(), r.rearranging(), r.overlap(), r.decayExponent(), r.a3Amplitude(),
                transition > 0 ? OptionalInt.of(transition) : OptionalInt.empty(), r.status(),
                masses ? r.kappa() : Double.NaN);
    }

    /** A genuine transition to a distinct state: the rows Figs. 3-12 and Table I are made of. */
    public boolean transitioned() {
        return status == Status.TRANSITIONED;
    }

    /** |Delta Phi|, Eq. (7). */
    public double absDPhi() {
        return Math.abs(dPhi);
    }

    /**
     * omega_k^2 A_c^2 N / 2, the harmonic estimate of Delta Phi_barrier (section II.C, Fig. 5); with masses other
     * than 1, kappa A_c^2 N / 2 (the harmonic energy of the kick r0 + A_c sqrt(N) d).
     */
    public double harmonicBarrier(int n) {
        if (!Double.isNaN(kappa)) {
            return kappa * criticalAmplitude * criticalAmplitude * n / 2;
        }
        return omega * omega * criticalAmplitude * criticalAmplitude * n / 2;
    }
}
