/**
 * Comparing the outputs of two runs that should agree, e.g. a serial run and the same run under mpirun:
 * prepared glasses (energy per particle, positions), mode directories (eigenvalues, eigenvectors up to
 * sign and rotation within near-degenerate levels) and excite directories (status, A_c and final-state
 * groups per mode), each read by its format's own reader. The hidden {@code compare-glasses},
 * {@code compare-modes} and {@code compare-excite} commands print these figures and fail on a mismatch;
 * ci/mpi-test.sh uses them.
 */
package org.modekick.verify;
