/**
 * LAMMPS driven through its C library: sessions on an MPI communicator, positions and forces as
 * native memory (atoms created in a spatial order, {@link org.modekick.lammps.SpatialOrder}), FIRE minimisation settings (checked against LAMMPS's own bounds and the glass's stability,
 * {@link org.modekick.lammps.InvalidSettingException}) and results, files as its command parser may name them
 * ({@link org.modekick.lammps.CommandPath}), the highest vibrational frequency from its forces
 * ({@link org.modekick.lammps.HighestFrequency}), and how LAMMPS's fatal errors reach the user.
 */
package org.modekick.lammps;
