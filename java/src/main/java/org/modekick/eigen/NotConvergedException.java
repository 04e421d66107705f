package org.modekick.eigen;

/**
 * The eigensolver did not deliver what was asked: fewer eigenpairs converged than requested, a residual
 * above the tolerance, or an eigenvalue count that disagrees with the inertia (Sylvester's law) of the
 * shifted matrix. Never replaced by a shorter or unchecked list: the message names what did converge.
 */
public class NotConvergedException extends EigenSolverException {

    private static final long serialVersionUID = 1L;

    private final int requested;
    private final int converged;
    private final double[] convergedEigenvalues;

    public NotConvergedException(String message, int requested, int converged, double[] convergedEigenvalues) {
        super(message);
        this.requested = requested;
        this.converged = converged;
        this.convergedEigenvalues = convergedEigenvalues.clone();
    }

    /** Number of eigenpairs asked for (for an interval: the number the inertia says it holds). */
    public int requested() {
        return requested;
    }

    /** Number of eigenpairs that converged (and passed the checks). */
    public int converged() {
        return converged;
    }

    /** Eigenvalues of the converged pairs, ascending. */
    public double[] convergedEigenvalues() {
        return convergedEigenvalues.clone();
    }
}
