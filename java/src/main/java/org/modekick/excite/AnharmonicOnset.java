package org.modekick.excite;

import java.util.function.DoubleUnaryOperator;

/**
 * Where along a mode the energy stops being harmonic, from the energy of the kick alone (no relaxation): the scan
 * for A_c starts there instead of at a_min. Along the unit kick direction d (the mode e when every mass is 1),
 * Phi(r0 + A sqrt(N) d) - Phi0 = kappa A^2 N / 2 + tau-terms (Eq. (A2)), kappa = d.H.d (omega^2 when every mass is 1,
 * m omega^2 for equal masses m); a kick can leave r0 only where the landscape along it is no longer the harmonic
 * well, so the kicks well below the amplitude where the energy departs from its second-order term by
 * {@link #DEPARTURE} all return, and the scan from a_min spends most of its relaxations confirming that. This
 * only chooses where the scan starts: the search scans down from there while kicks leave, so A_c is the same
 * (see {@link AmplitudeSearch#run(AmplitudeSearch.Probe, int)}).
 */
public final class AnharmonicOnset {

    /** The relative departure |dPhi - kappa A^2 N / 2| / (kappa A^2 N / 2) that counts as anharmonic. */
    public static final double DEPARTURE = 0.1;

    /**
     * Below this fraction of |Phi0| the harmonic energy of a kick is too small for the pairwise energy change to
     * tell its departure (each pair's phi(s) - phi(r) carries a rounding of ~1e-16 |phi|): such grid points count as
     * harmonic.
     */
    public static final double RESOLVED = 1e-9;

    private AnharmonicOnset() {}

    /**
     * The grid point at which to start the scan: the first where the energy of the kick departs from its
     * second-order term by more than {@link #DEPARTURE} (or is not finite); 0 when no grid point departs. A_c lies
     * mostly within a grid step of it, so the scan makes about two kicks: the start and the grid point below (if
     * the start leaves) or above (if it returns).
     *
     * @param grid the scan's amplitudes, increasing
     * @param energy dPhi of the kick at amplitude A (Phi(r0 + A sqrt(N) d) - Phi0)
     * @param harmonic kappa A^2 N / 2
     * @param phi0 Phi0, the energy of r0 (sets the resolution)
     */
    public static int start(double[] grid, DoubleUnaryOperator energy, DoubleUnaryOperator harmonic, double phi0) {
        double floor = RESOLVED * Math.abs(phi0);
        for (int j = 0; j < grid.length; j++) {
            double h = harmonic.applyAsDouble(grid[j]);
            if (!(h > floor)) {
                continue;
            }
            double e = energy.applyAsDouble(grid[j]);
            if (!Double.isFinite(e) || Math.abs(e - h) > DEPARTURE * h) {
                return j;
            }
        }
        return 0;
    }
}
