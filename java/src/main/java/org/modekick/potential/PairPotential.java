package org.modekick.potential;

/**
 * A pair potential phi(r) with its first three derivatives, which the forces (phi'), the Hessian
 * (phi'', phi'/r) and the third-order expansion of Eq. (A2) (phi''') need. Each has a LAMMPS
 * counterpart so that LAMMPS and Java compute the same energy.
 */
public interface PairPotential {

    /** Beyond this distance phi and all its derivatives are zero. */
    double cutoff();

    double phi(double r);

    double dphi(double r);

    double d2phi(double r);

    double d3phi(double r);

    /** The LAMMPS pair_style command's arguments, e.g. {@code lj/smooth/linear 2.5}. */
    String lammpsPairStyle();

    /** The pair_coeff arguments after the two type indices, e.g. {@code 1.0 1.0 2.5}. */
    String lammpsPairCoeff();
}
