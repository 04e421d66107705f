/**
 * Vibrational modes and what the paper measures of them (section II.B): eigenpairs (lambda_k, e^k), frequencies
 * omega_k = sqrt(lambda_k), the participation ratio P_k (Eq. (4)), the phonon order parameter O_k (Eq. (3)), the
 * vDOS g(omega) with its boson peak and Debye-level fit; and the directory that carries them between stages, each
 * file with its one writer and reader: modes.csv ({@link org.modekick.modes.ModesCsv}), eigenvectors.npy
 * ({@link org.modekick.modes.ModeFiles}), vdos.csv ({@link org.modekick.modes.VdosCsv}) and summary.json
 * ({@link org.modekick.modes.ModesSummaryJson}), read back whole as a {@link org.modekick.modes.ModeSet}.
 */
package org.modekick.modes;
