/**
 * The paper's two model glasses (section II.A) and the Kob-Andersen 80:20 glass: their interactions, densities and
 * the LAMMPS protocols in lammps-inputs/ that make an inherent structure from random positions.
 */
package org.modekick.prepare;
