package org.modekick.mpi;

import static org.modekick.mpi.MpiException.check;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.modekick.bindings.mpi.mpi_h;

/**
 * MPI for this process. MPI can be initialised once per process and never again after it is
 * finalised, so the state lives in MPI itself (MPI_Initialized), not in Java fields. Under mpirun
 * each JVM is one rank; started plainly, OpenMPI runs as a singleton of size 1.
 */
public final class MpiRuntime {

    private MpiRuntime() {}

    /**
     * Initialises MPI with MPI_THREAD_MULTIPLE unless already done (platform notes: concurrent LAMMPS
     * instances in one process give identical results only then).
     */
    public static void ensureInitialized() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment flag = arena.allocate(ValueLayout.JAVA_INT);
            check(mpi_h.MPI_Initialized(flag), "MPI_Initialized");
            if (flag.get(ValueLayout.JAVA_INT, 0) != 0) {
                return;
            }
            check(mpi_h.MPI_Finalized(flag), "MPI_Finalized");
            if (flag.get(ValueLayout.JAVA_INT, 0) != 0) {
                throw new MpiException("MPI was already finalised in this process and cannot start again");
            }
            MemorySegment provided = arena.allocate(ValueLayout.JAVA_INT);
            check(mpi_h.MPI_Init_thread(MemorySegment.NULL, MemorySegment.NULL, mpi_h.MPI_THREAD_MULTIPLE(), provided),
                    "MPI_Init_thread");
            if (provided.get(ValueLayout.JAVA_INT, 0) < mpi_h.MPI_THREAD_MULTIPLE()) {
                throw new MpiException("this MPI library provides thread level " + provided.get(ValueLayout.JAVA_INT, 0)
                        + ", below MPI_THREAD_MULTIPLE, which concurrent LAMMPS instances need");
            }
        }
    }

    /** MPI_COMM_WORLD (initialising MPI first if needed). */
    public static Communicator world() {
        ensureInitialized();
        return new Communicator(mpi_h.ompi_mpi_comm_world$segment());
    }

    /** MPI_COMM_SELF (initialising MPI first if needed). */
    public static Communicator self() {
        ensureInitialized();
        return new Communicator(mpi_h.ompi_mpi_comm_self$segment());
    }

    /** The thread support MPI gives this process (after initialising it if needed), by its MPI name. */
    public static String threadLevelName() {
        ensureInitialized();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment provided = arena.allocate(ValueLayout.JAVA_INT);
            check(mpi_h.MPI_Query_thread(provided), "MPI_Query_thread");
            int level = provided.get(ValueLayout.JAVA_INT, 0);
            if (level == mpi_h.MPI_THREAD_MULTIPLE()) {
                return "MPI_THREAD_MULTIPLE";
            } else if (level == mpi_h.MPI_THREAD_SERIALIZED()) {
                return "MPI_THREAD_SERIALIZED";
            } else if (level == mpi_h.MPI_THREAD_FUNNELED()) {
                return "MPI_THREAD_FUNNELED";
            }
            return level == mpi_h.MPI_THREAD_SINGLE() ? "MPI_THREAD_SINGLE" : "level " + level;
        }
    }

    /** Finalises MPI if it is running; afterwards nothing in this process can use MPI again. */
    public static void finish() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment flag = arena.allocate(ValueLayout.JAVA_INT);
            check(mpi_h.MPI_Initialized(flag), "MPI_Initialized");
            boolean initialized = flag.get(ValueLayout.JAVA_INT, 0) != 0;
            check(mpi_h.MPI_Finalized(flag), "MPI_Finalized");
            if (initialized && flag.get(ValueLayout.JAVA_INT, 0) == 0) {
                check(mpi_h.MPI_Finalize(), "MPI_Finalize");
            }
        }
    }
}
