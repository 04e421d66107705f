/**
 * The Hessian H = d^2 Phi / dr dr of a pair-potential energy (paper section II.B), assembled in O(N)
 * from a cell list as a sparse matrix in native memory whose arrays PETSc can adopt as they are:
 * scalar CSR (AIJ, or its upper triangle for SBAIJ with block size 1) or 3x3 block CSR (BAIJ/SBAIJ).
 * Any range of particles' rows can be assembled alone, as one MPI rank would
 * ({@link org.modekick.hessian.HessianSource}, which a Hessian from LAMMPS's forces implements too).
 */
package org.modekick.hessian;
