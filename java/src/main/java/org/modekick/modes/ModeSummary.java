package org.modekick.modes;

/**
 * One line of modes.csv.
 *
 * @param k 1 for the lowest non-translational mode
 * @param lambda the eigenvalue
 * @param omega sqrt(lambda), negative for an unstable mode (see {@link Mode#omega()})
 * @param participation P_k, Eq. (4)
 * @param phononOrder O_k, Eq. (3)
 */
public record ModeSummary(int k, double lambda, double omega, double participation, double phononOrder) {

    /** Summarises mode k of the modes with its observables already computed. */
    public static ModeSummary of(int k, Mode mode, double participation, double phononOrder) {
        return new ModeSummary(k, mode.lambda(), mode.omega(), participation, phononOrder);
    }
}
