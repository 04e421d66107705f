/**
 * LAMMPS driven through its C library: sessions on an MPI communicator, positions and forces as
 * native memory, FIRE minimisation settings and results, and how LAMMPS's fatal errors reach the user.
 */
package org.modekick.lammps;
