package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.modekick.mpi.MpiRuntime;
import org.modekick.bindings.petsc.petsc_h;
import org.modekick.bindings.slepc.slepc_h;

/**
 * SLEPc (and so PETSc) for this process: initialised once, on first use, and never finalised (MPI can be
 * initialised only once per process, and PetscFinalize would end it for everyone).
 * <p>
 * <b>Initialisation.</b> MPI is initialised first with {@code MPI_THREAD_MULTIPLE} if nobody has done it
 * (LAMMPS instances in other threads need that level, and PETSc would otherwise initialise MPI itself at a
 * lower one); then {@code SlepcInitialize} runs on {@code MPI_COMM_WORLD} with a NULL-terminated native argv
 * holding {@code -no_signal_handler}: PETSc's default SIGSEGV/SIGFPE/SIGBUS handlers would replace the JVM's,
 * which uses SIGSEGV for implicit null checks and safepoints. Extra start-up options can be given with the
 * system property {@code modekick.petsc.init} (whitespace-separated). Idempotent: {@code SlepcInitialized} is
 * checked, so a process where something else initialised SLEPc works too.
 * <p>
 * <b>Communicators.</b> PETSC_COMM_WORLD is left at MPI_COMM_WORLD, so SlepcInitialize is collective over all
 * ranks of the job: under mpirun every rank must come here (the first solve of each does), in the same order
 * relative to its other collective calls. Solvers then create their objects on whichever communicator they
 * are given ({@link EigenSolver}): MPI_COMM_SELF for a serial solve, MPI_COMM_WORLD or a part of it for a
 * parallel one.
 * <p>
 * <b>Errors.</b> An error handler is pushed ({@code PetscPushErrorHandler}) whose upcall records, for the
 * calling thread, each frame PETSc reports while an error propagates: the function, file and line, and at
 * the first frame the specific message ({@code SETERRQ} text). Nothing is printed. {@link #check} turns a
 * nonzero return code into a {@link PetscException} with that message, the stack, and the code's generic
 * text from {@code PetscErrorMessage}. Errors that PETSc treats as fatal (MPI aborts) still end the process.
 * <p>
 * <b>Threads.</b> PETSc (Debian build) is not thread-safe: all use of PETSc objects goes through
 * {@link #lock()}; {@link EigenSolver} holds it for a whole solve.
 */
@SuppressWarnings("restricted") // error-handler upcall and C strings from PETSc
public final class SlepcRuntime {

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final ThreadLocal<List<Frame>> ERRORS = ThreadLocal.withInitial(ArrayList::new);
    private static volatile boolean initialized;
    private static MemorySegment errorHandlerStub;

    /** PetscErrorType PETSC_ERROR_INITIAL: the first call of the handler for an error. */
    private static final int PETSC_ERROR_INITIAL = 0;

    private record Frame(String function, String file, int line, int code, int type, String message) {
        @Override
        public String toString() {
            String f = file;
            int slash = f.lastIndexOf('/');
            if (slash >= 0) {
                f = f.substring(slash + 1);
            }
            return function + " (" + f + ":" + line + ")";
        }
    }

    private SlepcRuntime() {}

    /** The lock every use of PETSc objects must hold (reentrant). */
    public static ReentrantLock lock() {
        return LOCK;
    }

    /** Initialises MPI (if needed) and SLEPc once per process; cheap after the first call. */
    public static void ensureInitialized() {
        if (initialized) {
            return;
        }
        LOCK.lock();
        try {
            if (initialized) {
                return;
            }
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment flag = arena.allocate(ValueLayout.JAVA_INT);
                MpiRuntime.ensureInitialized();
                check(slepc_h.SlepcInitialized(flag), "SlepcInitialized");
                if (flag.get(ValueLayout.JAVA_INT, 0) == 0) {
                    List<String> args = new ArrayList<>(List.of("modekick", "-no_signal_handler"));
                    String extra = System.getProperty("modekick.petsc.init", "").strip();
                    if (!extra.isEmpty()) {
                        args.addAll(List.of(extra.split("\\s+")));
                    }
                    // Global arena: PETSc may keep pointers into argv (PetscGetArgs).
                    Arena global = Arena.global();
                    MemorySegment argv = global.allocate(ValueLayout.ADDRESS, args.size() + 1L);
                    for (int i = 0; i < args.size(); i++) {
                        argv.setAtIndex(ValueLayout.ADDRESS, i, global.allocateFrom(args.get(i)));
                    }
                    argv.setAtIndex(ValueLayout.ADDRESS, args.size(), MemorySegment.NULL);
                    MemorySegment argc = global.allocate(ValueLayout.JAVA_INT);
                    argc.set(ValueLayout.JAVA_INT, 0, args.size());
                    MemorySegment argvp = global.allocate(ValueLayout.ADDRESS);
                    argvp.set(ValueLayout.ADDRESS, 0, argv);
                    int rc = slepc_h.SlepcInitialize(argc, argvp, MemorySegment.NULL, MemorySegment.NULL);
                    if (rc != 0) {
                        throw new PetscException("SlepcInitialize", rc, "", "SLEPc/PETSc initialisation failed "
                                + "(see the standard error stream for PETSc's own report)", List.of());
                    }
                }
                pushErrorHandler();
            }
            initialized = true;
        } finally {
            LOCK.unlock();
        }
    }

    private static void pushErrorHandler() throws IllegalStateException {
        try {
            MethodHandle target = MethodHandles.lookup().findStatic(SlepcRuntime.class, "onError",
                    MethodType.methodType(int.class, MemorySegment.class, int.class, MemorySegment.class,
                            MemorySegment.class, int.class, int.class, MemorySegment.class, MemorySegment.class));
            // PetscErrorCode (*)(MPI_Comm, int line, const char *func, const char *file, PetscErrorCode,
            //                    PetscErrorType, const char *mess, void *ctx)
            FunctionDescriptor fd = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS);
            errorHandlerStub = Linker.nativeLinker().upcallStub(target, fd, Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        check(petsc_h.PetscPushErrorHandler(errorHandlerStub, MemorySegment.NULL), "PetscPushErrorHandler");
    }

    /**
     * The upcall PETSc makes for each frame of an error. Must not throw (an exception escaping an upcall
     * ends the JVM): everything is caught. Returns the code so that the error propagates unchanged.
     */
    @SuppressWarnings("unused")
    private static int onError(MemorySegment comm, int line, MemorySegment func, MemorySegment file, int code,
                               int type, MemorySegment mess, MemorySegment ctx) {
        try {
            List<Frame> frames = ERRORS.get();
            if (type == PETSC_ERROR_INITIAL) {
                frames.clear();
            }
            if (frames.size() < 64) {
                frames.add(new Frame(cString(func), cString(file), line, code, type, cString(mess)));
            }
        } catch (Throwable t) {
            // nothing sensible to do inside an upcall
        }
        return code;
    }

    private static String cString(MemorySegment p) {
        if (p == null || p.equals(MemorySegment.NULL)) {
            return "";
        }
        return p.reinterpret(Integer.MAX_VALUE).getString(0);
    }

    /**
     * Throws {@link PetscException} if {@code rc} is nonzero, with the message PETSc's error handler saw on
     * this thread; otherwise forgets any error PETSc raised and handled internally.
     */
    public static void check(int rc, String function) {
        List<Frame> frames = ERRORS.get();
        if (rc == 0) {
            if (!frames.isEmpty()) {
                frames.clear();
            }
            return;
        }
        String message = "";
        List<String> stack = new ArrayList<>();
        for (Frame f : frames) {
            if (f.type == PETSC_ERROR_INITIAL && !f.message.isBlank()) {
                message = f.message;
            }
            stack.add(f.toString());
        }
        frames.clear();
        throw new PetscException(function, rc, codeText(rc), message, stack);
    }

    private static String codeText(int rc) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment text = arena.allocate(ValueLayout.ADDRESS);
            text.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            if (petsc_h.PetscErrorMessage(rc, text, MemorySegment.NULL) != 0) {
                return "";
            }
            return cString(text.get(ValueLayout.ADDRESS, 0));
        } catch (RuntimeException e) {
            return "";
        }
    }
}
