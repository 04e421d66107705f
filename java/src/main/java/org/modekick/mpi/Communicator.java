package org.modekick.mpi;

import static org.modekick.mpi.MpiException.check;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.modekick.bindings.mpi.mpi_h;

/**
 * An MPI communicator. In OpenMPI an MPI_Comm is a pointer, so the handle is that address; LAMMPS's
 * {@code lammps_open_fortran} takes the Fortran integer handle instead.
 */
public record Communicator(MemorySegment handle) {

    public int rank() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
            check(mpi_h.MPI_Comm_rank(handle, out), "MPI_Comm_rank");
            return out.get(ValueLayout.JAVA_INT, 0);
        }
    }

    public int size() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(ValueLayout.JAVA_INT);
            check(mpi_h.MPI_Comm_size(handle, out), "MPI_Comm_size");
            return out.get(ValueLayout.JAVA_INT, 0);
        }
    }

    public int fortranHandle() {
        return mpi_h.MPI_Comm_c2f(handle);
    }

    public boolean isRoot() {
        return rank() == 0;
    }

    public void barrier() {
        check(mpi_h.MPI_Barrier(handle), "MPI_Barrier");
    }
}
