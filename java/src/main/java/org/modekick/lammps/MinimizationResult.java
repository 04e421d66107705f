package org.modekick.lammps;

/**
 * How a FIRE minimisation ended: total potential energy, global force 2-norm, pressure and the
 * number of FIRE iterations. {@code converged} is true only when the force norm fell below the
 * tolerance (the iteration limit is not convergence).
 */
public record MinimizationResult(double energy, double forceNorm, double pressure, long iterations,
                                 double forceTolerance) {

    public boolean converged() {
        return forceNorm < forceTolerance;
    }

    /** Throws when the minimisation stopped before the force tolerance was reached. */
    public MinimizationResult requireConverged(String what) {
        if (!converged()) {
            throw new MinimizationNotConvergedException(what + ": FIRE stopped after " + iterations
                    + " iterations with force norm " + forceNorm + ", above the tolerance " + forceTolerance);
        }
        return this;
    }
}
