/**
 * OpenMPI 4.1 C interface ({@code <mpi.h>}, {@code libmpi.so.40}). Class {@link org.modekick.bindings.mpi.mpi_h}.
 * Predefined handles are addresses of global symbols in OpenMPI, so they are exposed both as the symbols'
 * segments ({@code ompi_mpi_comm_world$segment()}) and under their MPI names ({@code MPI_COMM_WORLD()}).
 */
package org.modekick.bindings.mpi;
