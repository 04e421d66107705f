/**
 * The Hessian H = d^2 Phi / dr dr of a pair-potential energy (paper section II.B), assembled in O(N)
 * from a cell list ({@link org.modekick.hessian.HessianBuilder}), and the one sparse matrix type of the
 * project, {@link org.modekick.hessian.CsrMatrix}: scalar CSR rows in native memory, every entry, whose
 * arrays PETSc adopts as they are (AIJ), with the checks and row operations the mode analysis needs
 * (validation, symmetry, the Gershgorin bound, {@link org.modekick.hessian.IsolatedParticles}). Any range
 * of particles' rows can be assembled alone, as one MPI rank would
 * ({@link org.modekick.hessian.HessianSource}, which a Hessian from LAMMPS's forces implements too).
 */
package org.modekick.hessian;
