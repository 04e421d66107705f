package org.modekick.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import org.junit.jupiter.api.Test;
import org.modekick.bindings.lammps.library_h;
import org.modekick.bindings.mpi.mpi_h;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MPI's whole life in this JVM, in the order an application goes through it: MPI can be initialised and
 * finalised once per process, so this is one test in a class of its own (surefire forks a JVM per class; see
 * bindings/pom.xml). Runs as a singleton MPI process (no mpirun).
 */
class MpiLifecycleTest {

    @Test
    void initialiseUseAndFinalise() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment flag = arena.allocate(mpi_h.C_INT);
            ok(mpi_h.MPI_Initialized(flag), "MPI_Initialized");
            assertEquals(0, flag.get(mpi_h.C_INT, 0), "MPI initialised before MPI_Init_thread");

            // MPI_THREAD_MULTIPLE first, so that LAMMPS finds MPI initialised and does not do it itself.
            MemorySegment provided = arena.allocate(mpi_h.C_INT);
            ok(mpi_h.MPI_Init_thread(MemorySegment.NULL, MemorySegment.NULL, mpi_h.MPI_THREAD_MULTIPLE(), provided),
                    "MPI_Init_thread");
            assertEquals(mpi_h.MPI_THREAD_MULTIPLE(), provided.get(mpi_h.C_INT, 0));
            ok(mpi_h.MPI_Query_thread(provided), "MPI_Query_thread");
            assertEquals(mpi_h.MPI_THREAD_MULTIPLE(), provided.get(mpi_h.C_INT, 0));
            ok(mpi_h.MPI_Initialized(flag), "MPI_Initialized");
            assertEquals(1, flag.get(mpi_h.C_INT, 0));

            mpiCalls(arena);
            lammps(arena);

            ok(mpi_h.MPI_Finalize(), "MPI_Finalize");
            ok(mpi_h.MPI_Finalized(flag), "MPI_Finalized");
            assertEquals(1, flag.get(mpi_h.C_INT, 0));
        }
    }

    private static void mpiCalls(Arena arena) {
        MemorySegment world = mpi_h.MPI_COMM_WORLD();
        MemorySegment out = arena.allocate(mpi_h.C_INT);
        ok(mpi_h.MPI_Comm_rank(world, out), "MPI_Comm_rank");
        assertEquals(0, out.get(mpi_h.C_INT, 0));
        ok(mpi_h.MPI_Comm_size(world, out), "MPI_Comm_size");
        assertEquals(1, out.get(mpi_h.C_INT, 0));
        // OpenMPI's Fortran handle of MPI_COMM_WORLD is 0; lammps_open_fortran takes such handles.
        assertEquals(0, mpi_h.MPI_Comm_c2f(world));
        assertEquals(world.address(), mpi_h.MPI_Comm_f2c(0).address());

        MemorySegment send = arena.allocateFrom(mpi_h.C_DOUBLE, 2.5, -1.0);
        MemorySegment recv = arena.allocate(mpi_h.C_DOUBLE, 2);
        ok(mpi_h.MPI_Allreduce(send, recv, 2, mpi_h.MPI_DOUBLE(), mpi_h.MPI_SUM(), world), "MPI_Allreduce");
        assertEquals(2.5, recv.getAtIndex(mpi_h.C_DOUBLE, 0));
        assertEquals(-1.0, recv.getAtIndex(mpi_h.C_DOUBLE, 1));
        ok(mpi_h.MPI_Barrier(world), "MPI_Barrier");
        // OpenMPI's clock starts near 0 at the first call here: check that it advances, in seconds.
        double t0 = mpi_h.MPI_Wtime();
        long until = System.nanoTime() + 5_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        double elapsed = mpi_h.MPI_Wtime() - t0;
        assertTrue(elapsed >= 0.004 && elapsed < 1.0, "MPI_Wtime advanced by " + elapsed + " s in 5 ms");

        MemorySegment comm = arena.allocate(mpi_h.C_POINTER);
        ok(mpi_h.MPI_Comm_split(world, 0, 0, comm), "MPI_Comm_split");
        MemorySegment split = comm.get(mpi_h.C_POINTER, 0);
        assertNotEquals(mpi_h.MPI_COMM_NULL().address(), split.address());
        ok(mpi_h.MPI_Comm_size(split, out), "MPI_Comm_size(split)");
        assertEquals(1, out.get(mpi_h.C_INT, 0));
        ok(mpi_h.MPI_Comm_free(comm), "MPI_Comm_free");
        assertEquals(mpi_h.MPI_COMM_NULL().address(), comm.get(mpi_h.C_POINTER, 0).address(),
                "MPI_Comm_free sets the handle to MPI_COMM_NULL");
    }

    private static void lammps(Arena arena) {
        // lammps_open_no_mpi uses MPI_COMM_WORLD (initialising MPI only if nobody has).
        MemorySegment lmp = library_h.lammps_open_no_mpi(5, argv(arena, "modekick", "-screen", "none", "-log", "none"),
                MemorySegment.NULL);
        assertNotEquals(0L, lmp.address(), "lammps_open_no_mpi");
        assertEquals(20210929, library_h.lammps_version(lmp));
        library_h.lammps_close(lmp);

        // Its own log file, so that a LAMMPS error (which ends this JVM) leaves its message behind.
        String log = BindingSources.buildDir().resolve("lammps-lifecycle.log").toString();
        lmp = library_h.lammps_open(5, argv(arena, "modekick", "-screen", "none", "-log", log),
                mpi_h.MPI_COMM_WORLD(), MemorySegment.NULL);
        assertNotEquals(0L, lmp.address(), "lammps_open");
        assertEquals(0, library_h.lammps_get_mpi_comm(lmp), "Fortran handle of the instance's communicator");
        library_h.lammps_commands_string(lmp, arena.allocateFrom("""
                units lj
                atom_modify map array
                region box block 0 2 0 3 0 4
                create_box 1 box
                mass 1 1.0
                """));
        MemorySegment id = arena.allocateFrom(library_h.C_INT, 1, 2);
        MemorySegment type = arena.allocateFrom(library_h.C_INT, 1, 1);
        MemorySegment x = arena.allocateFrom(library_h.C_DOUBLE, 0.5, 0.5, 0.5, 1.5, 1.5, 1.5);
        assertEquals(2, library_h.lammps_create_atoms(lmp, 2, id, type, x, MemorySegment.NULL, MemorySegment.NULL, 0));
        assertEquals(2.0, library_h.lammps_get_natoms(lmp));
        library_h.lammps_commands_string(lmp, arena.allocateFrom("""
                pair_style zero 1.0
                pair_coeff * *
                run 0
                """));

        MemorySegment lo = arena.allocate(library_h.C_DOUBLE, 3);
        MemorySegment hi = arena.allocate(library_h.C_DOUBLE, 3);
        library_h.lammps_extract_box(lmp, lo, hi, MemorySegment.NULL, MemorySegment.NULL, MemorySegment.NULL,
                MemorySegment.NULL, MemorySegment.NULL);
        assertEquals(3.0, hi.getAtIndex(library_h.C_DOUBLE, 1));
        assertEquals(4.0, hi.getAtIndex(library_h.C_DOUBLE, 2));

        // type is 1 for double in the gather/scatter family of this version, not LAMMPS_DOUBLE (see javadoc).
        MemorySegment xs = arena.allocateFrom("x");
        MemorySegment gathered = arena.allocate(library_h.C_DOUBLE, 6);
        library_h.lammps_gather_atoms(lmp, xs, 1, 3, gathered);
        assertEquals(1.5, gathered.getAtIndex(library_h.C_DOUBLE, 3));
        gathered.setAtIndex(library_h.C_DOUBLE, 3, 1.25);
        library_h.lammps_scatter_atoms(lmp, xs, 1, 3, gathered);
        MemorySegment again = arena.allocate(library_h.C_DOUBLE, 6);
        library_h.lammps_gather(lmp, xs, 1, 3, again);
        assertEquals(1.25, again.getAtIndex(library_h.C_DOUBLE, 3));
        MemorySegment untouched = arena.allocate(library_h.C_DOUBLE, 6);
        library_h.lammps_gather_atoms(lmp, xs, library_h.LAMMPS_DOUBLE(), 3, untouched);
        assertEquals(0.0, untouched.getAtIndex(library_h.C_DOUBLE, 3), "gather_atoms ignores LAMMPS_DOUBLE");
        assertEquals(0, library_h.lammps_has_error(lmp));
        library_h.lammps_close(lmp);
    }

    static MemorySegment argv(Arena arena, String... args) {
        MemorySegment argv = arena.allocate(library_h.C_POINTER, args.length + 1);
        for (int i = 0; i < args.length; i++) {
            argv.setAtIndex(library_h.C_POINTER, i, arena.allocateFrom(args[i]));
        }
        argv.setAtIndex(library_h.C_POINTER, args.length, MemorySegment.NULL);
        return argv;
    }

    static void ok(int rc, String call) {
        assertEquals(0, rc, call + " returned " + rc);
    }

}
