/**
 * The Hessian H = d^2 Phi / dr dr of a pair-potential energy (paper section II.B), assembled in O(N)
 * from a cell list ({@link org.modekick.hessian.HessianBuilder}), and the one sparse matrix type of the
 * project, {@link org.modekick.hessian.CsrMatrix}: scalar CSR rows in native memory, every entry, whose
 * arrays PETSc adopts as they are (AIJ), with the checks and row operations the mode analysis needs
 * (validation, symmetry, the Gershgorin bound, {@link org.modekick.hessian.IsolatedParticles}). Any range
 * of particles' rows can be assembled alone, as one MPI rank would
 * ({@link org.modekick.hessian.HessianSource}, which the Hessians from LAMMPS's forces implement too: the
 * coloured {@link org.modekick.hessian.FiniteDifferenceHessian} and the per-atom reference
 * {@link org.modekick.hessian.PerAtomDifferenceHessian}). With unequal masses,
 * {@link org.modekick.hessian.MassWeighting} gives the dynamical matrix M^-1/2 H M^-1/2 and the kick direction.
 */
package org.modekick.hessian;
