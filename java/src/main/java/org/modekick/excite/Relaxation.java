package org.modekick.excite;

import java.lang.foreign.MemorySegment;

/**
 * How one FIRE relaxation of a kicked state ended.
 *
 * @param ending converged, or stopped early because its outcome was certain, or gave up
 * @param distance |dr| from r0 (rigid translation removed) where it stopped
 * @param forceNorm |F| where it stopped
 * @param energy Phi where it stopped (LAMMPS, total)
 * @param iterations FIRE iterations, all stages
 * @param minimizations LAMMPS minimize commands it took (a reduced-timestep first stage adds one)
 * @param positions where it stopped: the relaxer's buffer, valid until its next relaxation
 */
public record Relaxation(Ending ending, double distance, double forceNorm, double energy, long iterations, int minimizations,
                         MemorySegment positions) {

    public enum Ending {
        /** |F| below the force tolerance. */
        CONVERGED,
        /** Stopped once back within delta of r0: it has returned. */
        BACK,
        /** Stopped once the energy fell below Phi0 - m (see {@link Thresholds}): certainly transitioned. */
        AWAY,
        /** FIRE stopped above the force tolerance by itself: iteration limit, or a stop of its own. */
        UNCONVERGED
    }

    public boolean stoppedEarly() {
        return ending == Ending.BACK || ending == Ending.AWAY;
    }
}
