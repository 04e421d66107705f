/**
 * Vibrational modes and what the paper measures of them (section II.B): eigenpairs (lambda_k, e^k), frequencies
 * omega_k = sqrt(lambda_k), the participation ratio P_k (Eq. (4)), the phonon order parameter O_k (Eq. (3)), the
 * vDOS g(omega) with its boson peak and Debye-level fit; and the directory that carries them between stages, each
 * file with its one writer and reader: modes.csv ({@link org.modekick.modes.ModesCsv}), eigenvectors.npy
 * ({@link org.modekick.modes.ModeFiles}), vdos.csv ({@link org.modekick.modes.VdosCsv}) and summary.json
 * ({@link org.modekick.modes.ModesSummaryJson}), read back whole as a {@link org.modekick.modes.ModeSet}, with the
 * masses the modes belong to ({@link org.modekick.modes.ModeMasses}). With masses other than 1 the eigenpairs are those
 * of the dynamical matrix M^-1/2 H M^-1/2 ({@link org.modekick.hessian.MassWeighting}): omega_k^2 its eigenvalue.
 */
package org.modekick.modes;
