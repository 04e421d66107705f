package org.modekick.eigen;

/**
 * The eigensolver ran but its answer cannot be trusted or does not fit the request, for a reason other
 * than a PETSc error ({@link PetscException}) or bad arguments ({@link IllegalArgumentException}): e.g. a
 * mode at (numerically) zero frequency that the deflation space did not remove, or an inertia count that
 * contradicts the deflation space.
 */
public class EigenSolverException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EigenSolverException(String message) {
        super(message);
    }
}
