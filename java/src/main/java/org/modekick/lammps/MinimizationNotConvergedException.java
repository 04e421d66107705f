package org.modekick.lammps;

/** A minimisation ended without reaching its force tolerance. */
public final class MinimizationNotConvergedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MinimizationNotConvergedException(String message) {
        super(message);
    }
}
