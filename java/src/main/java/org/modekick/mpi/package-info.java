/**
 * MPI from Java: initialising it once per process (with MPI_THREAD_MULTIPLE, which concurrent LAMMPS
 * instances need), and communicators that LAMMPS and PETSc are opened on.
 */
package org.modekick.mpi;
