/**
 * LAMMPS C library interface ({@code <lammps/library.h>}, Debian liblammps0, LAMMPS 29 Sep 2021,
 * LAMMPS_SMALLBIG). Class {@link org.modekick.bindings.lammps.library_h}.
 */
package org.modekick.bindings.lammps;
