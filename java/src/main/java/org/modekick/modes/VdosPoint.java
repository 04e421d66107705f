package org.modekick.modes;

/**
 * One line of modes/vdos.csv.
 *
 * @param omega the bin's frequency
 * @param g the vDOS g(omega)
 * @param reduced g(omega)/omega^2, whose maximum is the boson peak (section II.B)
 */
public record VdosPoint(double omega, double g, double reduced) {}
