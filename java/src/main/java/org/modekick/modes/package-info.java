/**
 * Vibrational modes and what the paper measures of them (section II.B): eigenpairs (lambda_k,
 * e^k), frequencies omega_k = sqrt(lambda_k), the participation ratio P_k (Eq. (4)), the phonon order
 * parameter O_k (Eq. (3)), the vDOS g(omega) with its boson peak and Debye-level fit, and the
 * {@code modes.csv} and NumPy {@code .npy} files that carry them between stages.
 */
package org.modekick.modes;
