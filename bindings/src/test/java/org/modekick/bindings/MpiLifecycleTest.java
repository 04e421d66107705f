package org.modekick.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import org.junit.jupiter.api.Test;
import org.modekick.bindings.lammps.library_h;
import org.modekick.bindings.mpi.mpi_h;
import org.modekick.bindings.petsc.petsc_h;
import org.modekick.bindings.slepc.slepc_h;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MPI's whole life in this JVM, in the order an application goes through it: MPI can be initialised and
 * finalised once per process, so this is one test in a class of its own (surefire forks a JVM per class; see
 * bindings/pom.xml). Runs as a singleton MPI process (no mpirun).
 */
@SuppressWarnings("restricted") // reads C arrays and strings that PETSc hands back
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
            slepc(arena);

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

        // A message to oneself: the receive posted first (MPI_Irecv), so that the blocking MPI_Send finds it,
        // then completed with MPI_Test; then a blocking MPI_Send/MPI_Recv pair small enough to go eagerly.
        MemorySegment request = arena.allocate(mpi_h.C_POINTER);
        MemorySegment received = arena.allocate(mpi_h.C_INT, 2);
        ok(mpi_h.MPI_Irecv(received, 2, mpi_h.MPI_INT(), mpi_h.MPI_ANY_SOURCE(), 7, world, request), "MPI_Irecv");
        ok(mpi_h.MPI_Send(arena.allocateFrom(mpi_h.C_INT, 11, -12), 2, mpi_h.MPI_INT(), 0, 7, world), "MPI_Send");
        MemorySegment done = arena.allocate(mpi_h.C_INT);
        long deadline = System.nanoTime() + 5_000_000_000L;
        do {
            ok(mpi_h.MPI_Test(request, done, mpi_h.MPI_STATUS_IGNORE()), "MPI_Test");
        } while (done.get(mpi_h.C_INT, 0) == 0 && System.nanoTime() < deadline);
        assertEquals(1, done.get(mpi_h.C_INT, 0), "the self-message arrived");
        assertArrayEquals(new int[] {11, -12}, received.toArray(mpi_h.C_INT));
        ok(mpi_h.MPI_Send(arena.allocateFrom(mpi_h.C_DOUBLE, 0.5), 1, mpi_h.MPI_DOUBLE(), 0, 8, world), "MPI_Send");
        MemorySegment one = arena.allocate(mpi_h.C_DOUBLE);
        ok(mpi_h.MPI_Recv(one, 1, mpi_h.MPI_DOUBLE(), 0, 8, world, mpi_h.MPI_STATUS_IGNORE()), "MPI_Recv");
        assertEquals(0.5, one.get(mpi_h.C_DOUBLE, 0));
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

    /** SLEPc on the 4x4 path-graph Laplacian tridiag(-1, 2, -1): eigenvalues 2 - 2 cos(k pi / 5), k = 1..4. */
    private static void slepc(Arena arena) {
        MemorySegment bool = arena.allocate(petsc_h.C_INT);
        ok(petsc_h.PetscInitialized(bool), "PetscInitialized");
        assertEquals(petsc_h.PETSC_FALSE(), bool.get(petsc_h.C_INT, 0));
        // PETSc keeps argv: global arena. -no_signal_handler: PETSc's SIGSEGV handler would replace the JVM's.
        MemorySegment argc = Arena.global().allocateFrom(petsc_h.C_INT, 2);
        MemorySegment argvp = Arena.global().allocateFrom(petsc_h.C_POINTER,
                argv(Arena.global(), "modekick", "-no_signal_handler"));
        ok(slepc_h.SlepcInitialize(argc, argvp, MemorySegment.NULL, MemorySegment.NULL), "SlepcInitialize");
        ok(slepc_h.SlepcInitialized(bool), "SlepcInitialized");
        assertEquals(petsc_h.PETSC_TRUE(), bool.get(petsc_h.C_INT, 0));
        // PETSC_COMM_WORLD is a variable holding MPI_COMM_WORLD (a pointer); PETSC_COMM_SELF is MPI_COMM_SELF.
        assertEquals(mpi_h.MPI_COMM_WORLD().address(), petsc_h.PETSC_COMM_WORLD().address());
        assertEquals(mpi_h.ompi_mpi_comm_self$segment().address(), petsc_h.PETSC_COMM_SELF().address());

        MemorySegment v = arena.allocate(petsc_h.C_INT, 4);
        ok(petsc_h.PetscGetVersionNumber(v, v.asSlice(4), v.asSlice(8), v.asSlice(12)), "PetscGetVersionNumber");
        assertArrayEquals(new int[] {3, 18}, new int[] {v.getAtIndex(petsc_h.C_INT, 0), v.getAtIndex(petsc_h.C_INT, 1)});
        ok(slepc_h.SlepcGetVersionNumber(v, v.asSlice(4), v.asSlice(8), v.asSlice(12)), "SlepcGetVersionNumber");
        assertArrayEquals(new int[] {3, 18}, new int[] {v.getAtIndex(petsc_h.C_INT, 0), v.getAtIndex(petsc_h.C_INT, 1)});

        // CSR arrays: PETSc uses them in place, so they must outlive the matrix (arena closes after MatDestroy).
        MemorySegment rowPtr = arena.allocateFrom(petsc_h.C_INT, 0, 2, 5, 8, 10);
        MemorySegment cols = arena.allocateFrom(petsc_h.C_INT, 0, 1, 0, 1, 2, 1, 2, 3, 2, 3);
        MemorySegment vals = arena.allocateFrom(petsc_h.C_DOUBLE, 2, -1, -1, 2, -1, -1, 2, -1, -1, 2);
        MemorySegment mat = arena.allocate(petsc_h.C_POINTER);
        ok(petsc_h.MatCreateSeqAIJWithArrays(petsc_h.PETSC_COMM_SELF(), 4, 4, rowPtr, cols, vals, mat),
                "MatCreateSeqAIJWithArrays");
        MemorySegment a = mat.get(petsc_h.C_POINTER, 0);
        ok(petsc_h.MatSetOption(a, petsc_h.MAT_SYMMETRIC(), petsc_h.PETSC_TRUE()), "MatSetOption");
        MemorySegment sizes = arena.allocate(petsc_h.C_INT, 2);
        ok(petsc_h.MatGetSize(a, sizes, sizes.asSlice(4)), "MatGetSize");
        assertEquals(4, sizes.getAtIndex(petsc_h.C_INT, 1));

        // Smallest two by Krylov-Schur.
        MemorySegment epsp = arena.allocate(petsc_h.C_POINTER);
        ok(slepc_h.EPSCreate(petsc_h.PETSC_COMM_SELF(), epsp), "EPSCreate");
        MemorySegment eps = epsp.get(petsc_h.C_POINTER, 0);

        // Errors come back as codes; with PetscReturnErrorHandler, silently. (Argument checks that PETSc
        // leaves to debug builds, e.g. NULL objects, are absent in Debian's build: those crash instead.)
        ok(petsc_h.PetscPushErrorHandler(petsc_h.PetscReturnErrorHandler$address(), MemorySegment.NULL),
                "PetscPushErrorHandler");
        int rc = slepc_h.EPSSetDimensions(eps, 0, petsc_h.PETSC_DEFAULT(), petsc_h.PETSC_DEFAULT());
        assertNotEquals(0, rc, "nev = 0 must be refused");
        MemorySegment text = arena.allocate(petsc_h.C_POINTER);
        ok(petsc_h.PetscErrorMessage(rc, text, MemorySegment.NULL), "PetscErrorMessage");
        String message = text.get(petsc_h.C_POINTER, 0).reinterpret(1000).getString(0);
        assertTrue(message.contains("out of range"), message);
        ok(petsc_h.PetscPopErrorHandler(), "PetscPopErrorHandler");

        ok(slepc_h.EPSSetOperators(eps, a, MemorySegment.NULL), "EPSSetOperators");
        ok(slepc_h.EPSSetProblemType(eps, slepc_h.EPS_HEP()), "EPSSetProblemType");
        ok(slepc_h.EPSSetType(eps, slepc_h.EPSKRYLOVSCHUR()), "EPSSetType");
        ok(slepc_h.EPSSetDimensions(eps, 2, petsc_h.PETSC_DEFAULT(), petsc_h.PETSC_DEFAULT()), "EPSSetDimensions");
        ok(slepc_h.EPSSetWhichEigenpairs(eps, slepc_h.EPS_SMALLEST_REAL()), "EPSSetWhichEigenpairs");
        ok(slepc_h.EPSSetTolerances(eps, 1e-12, 1000), "EPSSetTolerances");
        ok(slepc_h.EPSSolve(eps), "EPSSolve");
        MemorySegment norm = arena.allocate(petsc_h.C_DOUBLE);
        MemorySegment n = arena.allocate(petsc_h.C_INT);
        ok(slepc_h.EPSGetConverged(eps, n), "EPSGetConverged");
        assertTrue(n.get(petsc_h.C_INT, 0) >= 2, "converged " + n.get(petsc_h.C_INT, 0));
        ok(slepc_h.EPSGetConvergedReason(eps, n), "EPSGetConvergedReason");
        assertEquals(slepc_h.EPS_CONVERGED_TOL(), n.get(petsc_h.C_INT, 0));
        MemorySegment vecs = arena.allocate(petsc_h.C_POINTER);
        ok(petsc_h.MatCreateVecs(a, vecs, MemorySegment.NULL), "MatCreateVecs");
        MemorySegment x = vecs.get(petsc_h.C_POINTER, 0);
        MemorySegment kr = arena.allocate(petsc_h.C_DOUBLE);
        MemorySegment ki = arena.allocate(petsc_h.C_DOUBLE);
        for (int k = 0; k < 2; k++) {
            ok(slepc_h.EPSGetEigenpair(eps, k, kr, ki, x, MemorySegment.NULL), "EPSGetEigenpair");
            assertEquals(2 - 2 * Math.cos((k + 1) * Math.PI / 5), kr.get(petsc_h.C_DOUBLE, 0), 1e-12);
            ok(slepc_h.EPSComputeError(eps, k, slepc_h.EPS_ERROR_RELATIVE(), norm), "EPSComputeError");
            assertTrue(norm.get(petsc_h.C_DOUBLE, 0) < 1e-10, "error " + norm.get(petsc_h.C_DOUBLE, 0));
        }
        // Last eigenvector (k = 2): sin(2 pi j / 5), up to sign and normalisation.
        MemorySegment arr = arena.allocate(petsc_h.C_POINTER);
        ok(petsc_h.VecGetArrayRead(x, arr), "VecGetArrayRead");
        MemorySegment xs = arr.get(petsc_h.C_POINTER, 0).reinterpret(4 * Double.BYTES);
        double scale = xs.getAtIndex(petsc_h.C_DOUBLE, 0) / Math.sin(2 * Math.PI / 5);
        for (int j = 0; j < 4; j++) {
            assertEquals(scale * Math.sin(2 * Math.PI * (j + 1) / 5), xs.getAtIndex(petsc_h.C_DOUBLE, j), 1e-9);
        }
        ok(petsc_h.VecRestoreArrayRead(x, arr), "VecRestoreArrayRead");
        ok(petsc_h.VecNorm(x, petsc_h.NORM_2(), norm), "VecNorm");
        assertEquals(1.0, norm.get(petsc_h.C_DOUBLE, 0), 1e-12);
        ok(slepc_h.EPSDestroy(epsp), "EPSDestroy");

        spectrumSlice(arena, a);

        ok(petsc_h.VecDestroy(vecs), "VecDestroy");
        ok(petsc_h.MatDestroy(mat), "MatDestroy");
        ok(slepc_h.SlepcFinalize(), "SlepcFinalize");
    }

    /** All eigenvalues in [0.1, 2]: shift-invert with a MUMPS Cholesky, inertia from the factorisation. */
    private static void spectrumSlice(Arena arena, MemorySegment a) {
        ok(petsc_h.PetscOptionsSetValue(MemorySegment.NULL, arena.allocateFrom("-mk_st_mat_mumps_icntl_13"),
                arena.allocateFrom("1")), "PetscOptionsSetValue");
        MemorySegment epsp = arena.allocate(petsc_h.C_POINTER);
        ok(slepc_h.EPSCreate(petsc_h.PETSC_COMM_SELF(), epsp), "EPSCreate");
        MemorySegment eps = epsp.get(petsc_h.C_POINTER, 0);
        ok(slepc_h.EPSSetOptionsPrefix(eps, arena.allocateFrom("mk_")), "EPSSetOptionsPrefix");
        ok(slepc_h.EPSSetOperators(eps, a, MemorySegment.NULL), "EPSSetOperators");
        ok(slepc_h.EPSSetProblemType(eps, slepc_h.EPS_HEP()), "EPSSetProblemType");
        ok(slepc_h.EPSSetType(eps, slepc_h.EPSKRYLOVSCHUR()), "EPSSetType");
        ok(slepc_h.EPSSetWhichEigenpairs(eps, slepc_h.EPS_ALL()), "EPSSetWhichEigenpairs");
        ok(slepc_h.EPSSetInterval(eps, 0.1, 2.0), "EPSSetInterval");
        MemorySegment p = arena.allocate(petsc_h.C_POINTER);
        ok(slepc_h.EPSGetST(eps, p), "EPSGetST");
        ok(slepc_h.STSetType(p.get(petsc_h.C_POINTER, 0), slepc_h.STSINVERT()), "STSetType");
        // Slicing factorises in an internal EPS that copies only the ST type: configure its KSP, not the outer one.
        ok(slepc_h.EPSKrylovSchurGetKSP(eps, p), "EPSKrylovSchurGetKSP");
        MemorySegment ksp = p.get(petsc_h.C_POINTER, 0);
        ok(petsc_h.KSPSetType(ksp, petsc_h.KSPPREONLY()), "KSPSetType");
        ok(petsc_h.KSPGetPC(ksp, p), "KSPGetPC");
        MemorySegment pc = p.get(petsc_h.C_POINTER, 0);
        ok(petsc_h.PCSetType(pc, petsc_h.PCCHOLESKY()), "PCSetType");
        ok(petsc_h.PCFactorSetMatSolverType(pc, petsc_h.MATSOLVERMUMPS()), "PCFactorSetMatSolverType");
        ok(slepc_h.EPSSetFromOptions(eps), "EPSSetFromOptions");
        ok(slepc_h.EPSSolve(eps), "EPSSolve(slice)");

        MemorySegment n = arena.allocate(petsc_h.C_INT);
        ok(slepc_h.EPSGetConverged(eps, n), "EPSGetConverged");
        assertEquals(2, n.get(petsc_h.C_INT, 0), "eigenvalues in [0.1, 2]");
        MemorySegment kr = arena.allocate(petsc_h.C_DOUBLE);
        for (int k = 0; k < 2; k++) {
            ok(slepc_h.EPSGetEigenvalue(eps, k, kr, MemorySegment.NULL), "EPSGetEigenvalue");
            assertEquals(2 - 2 * Math.cos((k + 1) * Math.PI / 5), kr.get(petsc_h.C_DOUBLE, 0), 1e-10);
        }
        // The option reached the MUMPS factor of the internal EPS (prefix "mk_" is inherited).
        ok(slepc_h.EPSKrylovSchurGetKSP(eps, p), "EPSKrylovSchurGetKSP");
        ok(petsc_h.KSPGetPC(p.get(petsc_h.C_POINTER, 0), p), "KSPGetPC");
        ok(petsc_h.PCFactorGetMatrix(p.get(petsc_h.C_POINTER, 0), p), "PCFactorGetMatrix");
        MemorySegment icntl = arena.allocate(petsc_h.C_INT);
        ok(petsc_h.MatMumpsGetIcntl(p.get(petsc_h.C_POINTER, 0), 13, icntl), "MatMumpsGetIcntl");
        assertEquals(1, icntl.get(petsc_h.C_INT, 0), "ICNTL(13) from -mk_st_mat_mumps_icntl_13");

        // Inertias: arrays owned by the caller, freed through PetscTrFree (what PetscFree expands to).
        MemorySegment shifts = arena.allocate(petsc_h.C_POINTER);
        MemorySegment inertias = arena.allocate(petsc_h.C_POINTER);
        ok(slepc_h.EPSKrylovSchurGetInertias(eps, n, shifts, inertias), "EPSKrylovSchurGetInertias");
        int count = n.get(petsc_h.C_INT, 0);
        assertTrue(count >= 2, "inertia points " + count);
        MemorySegment in = inertias.get(petsc_h.C_POINTER, 0).reinterpret((long) count * Integer.BYTES);
        assertEquals(0, in.getAtIndex(petsc_h.C_INT, 0), "no eigenvalue below 0.1");
        assertEquals(2, in.getAtIndex(petsc_h.C_INT, count - 1), "two eigenvalues below 2");
        petscFree(arena, shifts.get(petsc_h.C_POINTER, 0));
        petscFree(arena, inertias.get(petsc_h.C_POINTER, 0));
        ok(slepc_h.EPSDestroy(epsp), "EPSDestroy");
    }

    private static void petscFree(Arena arena, MemorySegment ptr) {
        var free = java.lang.foreign.Linker.nativeLinker().downcallHandle(petsc_h.PetscTrFree(),
                java.lang.foreign.FunctionDescriptor.of(petsc_h.C_INT, petsc_h.C_POINTER, petsc_h.C_INT,
                        petsc_h.C_POINTER, petsc_h.C_POINTER));
        try {
            ok((int) free.invokeExact(ptr, 0, arena.allocateFrom(""), arena.allocateFrom("")), "PetscTrFree");
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
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
