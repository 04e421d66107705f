/**
 * MPI from Java: initialising it once per process (with MPI_THREAD_MULTIPLE, which concurrent LAMMPS
 * instances need), communicators that LAMMPS and PETSc are opened on, their collectives and messages,
 * and the split of a job's ranks into task groups ({@link org.modekick.mpi.TaskGroups}).
 */
package org.modekick.mpi;
