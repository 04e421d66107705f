/**
 * What the particles of a glass interact with ({@link org.modekick.potential.Interaction}): the paper's pair
 * potentials, Eqs. (1) and (2), with analytic derivatives up to third order and the energy and forces they give a
 * configuration, computed in Java ({@link org.modekick.potential.AnalyticInteraction}); or any interaction the
 * linked LAMMPS computes, as a checked file of LAMMPS commands ({@link org.modekick.potential.PotentialFile},
 * {@link org.modekick.potential.LammpsInteraction}).
 */
package org.modekick.potential;
