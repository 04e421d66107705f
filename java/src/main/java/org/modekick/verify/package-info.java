/**
 * Comparing the outputs of two runs that should agree, e.g. a serial run and the same run under mpirun:
 * prepared glasses (energy per particle, positions) and mode directories (eigenvalues, eigenvectors up to
 * sign and rotation within near-degenerate levels). The hidden {@code compare-glasses} and
 * {@code compare-modes} commands print these figures and fail on a mismatch; ci/mpi-test.sh uses them.
 */
package org.modekick.verify;
