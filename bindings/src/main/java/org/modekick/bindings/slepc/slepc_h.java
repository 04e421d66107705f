// Hand-written in the shape jextract generates (see package-info.java); every declaration in a
// {@snippet lang=c} block is checked against the installed C headers by BindingSignatureTest.

package org.modekick.bindings.slepc;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.modekick.bindings.NativeLibrary;

/**
 * Bindings for SLEPc 3.18, {@code <slepc.h>} ({@code libslepc_real.so.3.18}, Debian libslepc-real3.18): the
 * eigensolver (EPS) and spectral transformation (ST) objects and SLEPc's initialisation. The PETSc types and
 * functions it uses (Mat, Vec, KSP, PC, PetscBool, ...) are in {@link org.modekick.bindings.petsc.petsc_h}.
 * <p>
 * {@code SlepcInitialize} also initialises PETSc, and MPI if nobody has; initialise MPI first (with
 * {@code MPI_Init_thread}) when LAMMPS shares the process, and call {@code SlepcFinalize} before
 * {@code MPI_Finalize}. Every function returns a PetscErrorCode: check it.
 */
@SuppressWarnings("restricted") // calling native code is this class's whole purpose
public class slepc_h {

    slepc_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();
    static final boolean TRACE_DOWNCALLS = Boolean.getBoolean("jextract.trace.downcalls");

    static void traceDowncall(String name, Object... args) {
        String traceArgs = Arrays.stream(args)
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        System.out.printf("%s(%s)\n", name, traceArgs);
    }

    // jextract resolves against SymbolLookup.libraryLookup(...); NativeLibrary does that lazily, so that
    // constants stay usable without the library and a missing one fails with a message naming the package.
    static final SymbolLookup SYMBOL_LOOKUP = NativeLibrary.SLEPC;

    static MemorySegment findOrThrow(String symbol) {
        return NativeLibrary.SLEPC.findOrThrow(symbol);
    }

    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, ValueLayout.JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;

    private static final int SLEPC_VERSION_MAJOR = (int)3L;
    /**
     * {@snippet lang=c :
     * #define SLEPC_VERSION_MAJOR 3
     * }
     */
    public static int SLEPC_VERSION_MAJOR() {
        return SLEPC_VERSION_MAJOR;
    }

    private static final int SLEPC_VERSION_MINOR = (int)18L;
    /**
     * {@snippet lang=c :
     * #define SLEPC_VERSION_MINOR 18
     * }
     */
    public static int SLEPC_VERSION_MINOR() {
        return SLEPC_VERSION_MINOR;
    }

    private static final int EPS_HEP = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_HEP = 1
     * }
     */
    public static int EPS_HEP() {
        return EPS_HEP;
    }

    private static final int EPS_GHEP = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_GHEP = 2
     * }
     */
    public static int EPS_GHEP() {
        return EPS_GHEP;
    }

    private static final int EPS_NHEP = (int)3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_NHEP = 3
     * }
     */
    public static int EPS_NHEP() {
        return EPS_NHEP;
    }

    private static final int EPS_GNHEP = (int)4L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_GNHEP = 4
     * }
     */
    public static int EPS_GNHEP() {
        return EPS_GNHEP;
    }

    private static final int EPS_PGNHEP = (int)5L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_PGNHEP = 5
     * }
     */
    public static int EPS_PGNHEP() {
        return EPS_PGNHEP;
    }

    private static final int EPS_GHIEP = (int)6L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_GHIEP = 6
     * }
     */
    public static int EPS_GHIEP() {
        return EPS_GHIEP;
    }

    private static final int EPS_LARGEST_MAGNITUDE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_LARGEST_MAGNITUDE = 1
     * }
     */
    public static int EPS_LARGEST_MAGNITUDE() {
        return EPS_LARGEST_MAGNITUDE;
    }

    private static final int EPS_SMALLEST_MAGNITUDE = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_SMALLEST_MAGNITUDE = 2
     * }
     */
    public static int EPS_SMALLEST_MAGNITUDE() {
        return EPS_SMALLEST_MAGNITUDE;
    }

    private static final int EPS_LARGEST_REAL = (int)3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_LARGEST_REAL = 3
     * }
     */
    public static int EPS_LARGEST_REAL() {
        return EPS_LARGEST_REAL;
    }

    private static final int EPS_SMALLEST_REAL = (int)4L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_SMALLEST_REAL = 4
     * }
     */
    public static int EPS_SMALLEST_REAL() {
        return EPS_SMALLEST_REAL;
    }

    private static final int EPS_LARGEST_IMAGINARY = (int)5L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_LARGEST_IMAGINARY = 5
     * }
     */
    public static int EPS_LARGEST_IMAGINARY() {
        return EPS_LARGEST_IMAGINARY;
    }

    private static final int EPS_SMALLEST_IMAGINARY = (int)6L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_SMALLEST_IMAGINARY = 6
     * }
     */
    public static int EPS_SMALLEST_IMAGINARY() {
        return EPS_SMALLEST_IMAGINARY;
    }

    private static final int EPS_TARGET_MAGNITUDE = (int)7L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_TARGET_MAGNITUDE = 7
     * }
     */
    public static int EPS_TARGET_MAGNITUDE() {
        return EPS_TARGET_MAGNITUDE;
    }

    private static final int EPS_TARGET_REAL = (int)8L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_TARGET_REAL = 8
     * }
     */
    public static int EPS_TARGET_REAL() {
        return EPS_TARGET_REAL;
    }

    private static final int EPS_TARGET_IMAGINARY = (int)9L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_TARGET_IMAGINARY = 9
     * }
     */
    public static int EPS_TARGET_IMAGINARY() {
        return EPS_TARGET_IMAGINARY;
    }

    private static final int EPS_ALL = (int)10L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_ALL = 10
     * }
     */
    public static int EPS_ALL() {
        return EPS_ALL;
    }

    private static final int EPS_WHICH_USER = (int)11L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_WHICH_USER = 11
     * }
     */
    public static int EPS_WHICH_USER() {
        return EPS_WHICH_USER;
    }

    private static final int EPS_CONVERGED_TOL = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONVERGED_TOL = 1
     * }
     */
    public static int EPS_CONVERGED_TOL() {
        return EPS_CONVERGED_TOL;
    }

    private static final int EPS_CONVERGED_USER = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONVERGED_USER = 2
     * }
     */
    public static int EPS_CONVERGED_USER() {
        return EPS_CONVERGED_USER;
    }

    private static final int EPS_DIVERGED_ITS = (int)-1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_DIVERGED_ITS = -1
     * }
     */
    public static int EPS_DIVERGED_ITS() {
        return EPS_DIVERGED_ITS;
    }

    private static final int EPS_DIVERGED_BREAKDOWN = (int)-2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_DIVERGED_BREAKDOWN = -2
     * }
     */
    public static int EPS_DIVERGED_BREAKDOWN() {
        return EPS_DIVERGED_BREAKDOWN;
    }

    private static final int EPS_DIVERGED_SYMMETRY_LOST = (int)-3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_DIVERGED_SYMMETRY_LOST = -3
     * }
     */
    public static int EPS_DIVERGED_SYMMETRY_LOST() {
        return EPS_DIVERGED_SYMMETRY_LOST;
    }

    private static final int EPS_CONVERGED_ITERATING = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONVERGED_ITERATING = 0
     * }
     */
    public static int EPS_CONVERGED_ITERATING() {
        return EPS_CONVERGED_ITERATING;
    }

    private static final int EPS_ERROR_ABSOLUTE = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_ERROR_ABSOLUTE = 0
     * }
     */
    public static int EPS_ERROR_ABSOLUTE() {
        return EPS_ERROR_ABSOLUTE;
    }

    private static final int EPS_ERROR_RELATIVE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_ERROR_RELATIVE = 1
     * }
     */
    public static int EPS_ERROR_RELATIVE() {
        return EPS_ERROR_RELATIVE;
    }

    private static final int EPS_ERROR_BACKWARD = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_ERROR_BACKWARD = 2
     * }
     */
    public static int EPS_ERROR_BACKWARD() {
        return EPS_ERROR_BACKWARD;
    }

    private static final int EPS_CONV_ABS = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONV_ABS = 0
     * }
     */
    public static int EPS_CONV_ABS() {
        return EPS_CONV_ABS;
    }

    private static final int EPS_CONV_REL = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONV_REL = 1
     * }
     */
    public static int EPS_CONV_REL() {
        return EPS_CONV_REL;
    }

    private static final int EPS_CONV_NORM = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONV_NORM = 2
     * }
     */
    public static int EPS_CONV_NORM() {
        return EPS_CONV_NORM;
    }

    private static final int EPS_CONV_USER = (int)3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.EPS_CONV_USER = 3
     * }
     */
    public static int EPS_CONV_USER() {
        return EPS_CONV_USER;
    }

    /**
     * {@snippet lang=c :
     * #define EPSKRYLOVSCHUR "krylovschur"
     * }
     */
    public static final String EPSKRYLOVSCHUR = "krylovschur";

    /**
     * {@snippet lang=c :
     * #define EPSKRYLOVSCHUR "krylovschur"
     * }
     */
    public static MemorySegment EPSKRYLOVSCHUR() {
        class Holder {
            static final MemorySegment EPSKRYLOVSCHUR
                = slepc_h.LIBRARY_ARENA.allocateFrom("krylovschur");
        }
        return Holder.EPSKRYLOVSCHUR;
    }

    /**
     * {@snippet lang=c :
     * #define EPSLANCZOS "lanczos"
     * }
     */
    public static final String EPSLANCZOS = "lanczos";

    /**
     * {@snippet lang=c :
     * #define EPSLANCZOS "lanczos"
     * }
     */
    public static MemorySegment EPSLANCZOS() {
        class Holder {
            static final MemorySegment EPSLANCZOS
                = slepc_h.LIBRARY_ARENA.allocateFrom("lanczos");
        }
        return Holder.EPSLANCZOS;
    }

    /**
     * {@snippet lang=c :
     * #define EPSARNOLDI "arnoldi"
     * }
     */
    public static final String EPSARNOLDI = "arnoldi";

    /**
     * {@snippet lang=c :
     * #define EPSARNOLDI "arnoldi"
     * }
     */
    public static MemorySegment EPSARNOLDI() {
        class Holder {
            static final MemorySegment EPSARNOLDI
                = slepc_h.LIBRARY_ARENA.allocateFrom("arnoldi");
        }
        return Holder.EPSARNOLDI;
    }

    /**
     * {@snippet lang=c :
     * #define EPSLOBPCG "lobpcg"
     * }
     */
    public static final String EPSLOBPCG = "lobpcg";

    /**
     * {@snippet lang=c :
     * #define EPSLOBPCG "lobpcg"
     * }
     */
    public static MemorySegment EPSLOBPCG() {
        class Holder {
            static final MemorySegment EPSLOBPCG
                = slepc_h.LIBRARY_ARENA.allocateFrom("lobpcg");
        }
        return Holder.EPSLOBPCG;
    }

    /**
     * {@snippet lang=c :
     * #define EPSGD "gd"
     * }
     */
    public static final String EPSGD = "gd";

    /**
     * {@snippet lang=c :
     * #define EPSGD "gd"
     * }
     */
    public static MemorySegment EPSGD() {
        class Holder {
            static final MemorySegment EPSGD
                = slepc_h.LIBRARY_ARENA.allocateFrom("gd");
        }
        return Holder.EPSGD;
    }

    /**
     * {@snippet lang=c :
     * #define EPSJD "jd"
     * }
     */
    public static final String EPSJD = "jd";

    /**
     * {@snippet lang=c :
     * #define EPSJD "jd"
     * }
     */
    public static MemorySegment EPSJD() {
        class Holder {
            static final MemorySegment EPSJD
                = slepc_h.LIBRARY_ARENA.allocateFrom("jd");
        }
        return Holder.EPSJD;
    }

    /**
     * {@snippet lang=c :
     * #define STSHIFT "shift"
     * }
     */
    public static final String STSHIFT = "shift";

    /**
     * {@snippet lang=c :
     * #define STSHIFT "shift"
     * }
     */
    public static MemorySegment STSHIFT() {
        class Holder {
            static final MemorySegment STSHIFT
                = slepc_h.LIBRARY_ARENA.allocateFrom("shift");
        }
        return Holder.STSHIFT;
    }

    /**
     * {@snippet lang=c :
     * #define STSINVERT "sinvert"
     * }
     */
    public static final String STSINVERT = "sinvert";

    /**
     * {@snippet lang=c :
     * #define STSINVERT "sinvert"
     * }
     */
    public static MemorySegment STSINVERT() {
        class Holder {
            static final MemorySegment STSINVERT
                = slepc_h.LIBRARY_ARENA.allocateFrom("sinvert");
        }
        return Holder.STSINVERT;
    }

    private static class SlepcInitialize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("SlepcInitialize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialize(int *, char ***, const char[], const char[])
     * }
     */
    public static FunctionDescriptor SlepcInitialize$descriptor() {
        return SlepcInitialize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialize(int *, char ***, const char[], const char[])
     * }
     */
    public static MethodHandle SlepcInitialize$handle() {
        return SlepcInitialize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialize(int *, char ***, const char[], const char[])
     * }
     */
    public static MemorySegment SlepcInitialize$address() {
        return SlepcInitialize.ADDR;
    }

    /**
     * From Java, pass -no_signal_handler (in argv or PETSC_OPTIONS): otherwise PETSc installs its SIGSEGV
     * handler over the JVM's, and the next NullPointerException the JVM raises through an implicit null
     * check aborts the process with "PETSC ERROR: Caught signal number 11 SEGV". argv must be NULL-
     * terminated and stay in native memory for the life of the process (PETSc keeps it); argc and argv may
     * be NULL.
     * <p>
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialize(int *, char ***, const char[], const char[])
     * }
     */
    public static int SlepcInitialize(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = SlepcInitialize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("SlepcInitialize", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class SlepcFinalize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("SlepcFinalize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcFinalize(void)
     * }
     */
    public static FunctionDescriptor SlepcFinalize$descriptor() {
        return SlepcFinalize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcFinalize(void)
     * }
     */
    public static MethodHandle SlepcFinalize$handle() {
        return SlepcFinalize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcFinalize(void)
     * }
     */
    public static MemorySegment SlepcFinalize$address() {
        return SlepcFinalize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode SlepcFinalize(void)
     * }
     */
    public static int SlepcFinalize() {
        var mh$ = SlepcFinalize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("SlepcFinalize");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class SlepcInitialized {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("SlepcInitialized");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialized(PetscBool *)
     * }
     */
    public static FunctionDescriptor SlepcInitialized$descriptor() {
        return SlepcInitialized.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialized(PetscBool *)
     * }
     */
    public static MethodHandle SlepcInitialized$handle() {
        return SlepcInitialized.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialized(PetscBool *)
     * }
     */
    public static MemorySegment SlepcInitialized$address() {
        return SlepcInitialized.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode SlepcInitialized(PetscBool *)
     * }
     */
    public static int SlepcInitialized(MemorySegment x0) {
        var mh$ = SlepcInitialized.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("SlepcInitialized", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class SlepcGetVersionNumber {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("SlepcGetVersionNumber");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor SlepcGetVersionNumber$descriptor() {
        return SlepcGetVersionNumber.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle SlepcGetVersionNumber$handle() {
        return SlepcGetVersionNumber.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode SlepcGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment SlepcGetVersionNumber$address() {
        return SlepcGetVersionNumber.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode SlepcGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static int SlepcGetVersionNumber(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = SlepcGetVersionNumber.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("SlepcGetVersionNumber", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSCreate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSCreate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSCreate(MPI_Comm, EPS *)
     * }
     */
    public static FunctionDescriptor EPSCreate$descriptor() {
        return EPSCreate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSCreate(MPI_Comm, EPS *)
     * }
     */
    public static MethodHandle EPSCreate$handle() {
        return EPSCreate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSCreate(MPI_Comm, EPS *)
     * }
     */
    public static MemorySegment EPSCreate$address() {
        return EPSCreate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSCreate(MPI_Comm, EPS *)
     * }
     */
    public static int EPSCreate(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSCreate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSCreate", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSDestroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSDestroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSDestroy(EPS *)
     * }
     */
    public static FunctionDescriptor EPSDestroy$descriptor() {
        return EPSDestroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSDestroy(EPS *)
     * }
     */
    public static MethodHandle EPSDestroy$handle() {
        return EPSDestroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSDestroy(EPS *)
     * }
     */
    public static MemorySegment EPSDestroy$address() {
        return EPSDestroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSDestroy(EPS *)
     * }
     */
    public static int EPSDestroy(MemorySegment x0) {
        var mh$ = EPSDestroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSDestroy", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetOperators {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetOperators");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOperators(EPS, Mat, Mat)
     * }
     */
    public static FunctionDescriptor EPSSetOperators$descriptor() {
        return EPSSetOperators.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOperators(EPS, Mat, Mat)
     * }
     */
    public static MethodHandle EPSSetOperators$handle() {
        return EPSSetOperators.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOperators(EPS, Mat, Mat)
     * }
     */
    public static MemorySegment EPSSetOperators$address() {
        return EPSSetOperators.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOperators(EPS, Mat, Mat)
     * }
     */
    public static int EPSSetOperators(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = EPSSetOperators.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetOperators", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetProblemType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetProblemType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetProblemType(EPS, EPSProblemType)
     * }
     */
    public static FunctionDescriptor EPSSetProblemType$descriptor() {
        return EPSSetProblemType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetProblemType(EPS, EPSProblemType)
     * }
     */
    public static MethodHandle EPSSetProblemType$handle() {
        return EPSSetProblemType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetProblemType(EPS, EPSProblemType)
     * }
     */
    public static MemorySegment EPSSetProblemType$address() {
        return EPSSetProblemType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetProblemType(EPS, EPSProblemType)
     * }
     */
    public static int EPSSetProblemType(MemorySegment x0, int x1) {
        var mh$ = EPSSetProblemType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetProblemType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetType(EPS, EPSType)
     * }
     */
    public static FunctionDescriptor EPSSetType$descriptor() {
        return EPSSetType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetType(EPS, EPSType)
     * }
     */
    public static MethodHandle EPSSetType$handle() {
        return EPSSetType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetType(EPS, EPSType)
     * }
     */
    public static MemorySegment EPSSetType$address() {
        return EPSSetType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetType(EPS, EPSType)
     * }
     */
    public static int EPSSetType(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSSetType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetDimensions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_INT,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetDimensions");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static FunctionDescriptor EPSSetDimensions$descriptor() {
        return EPSSetDimensions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static MethodHandle EPSSetDimensions$handle() {
        return EPSSetDimensions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static MemorySegment EPSSetDimensions$address() {
        return EPSSetDimensions.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static int EPSSetDimensions(MemorySegment x0, int x1, int x2, int x3) {
        var mh$ = EPSSetDimensions.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetDimensions", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetDimensions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetDimensions");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetDimensions(EPS, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor EPSGetDimensions$descriptor() {
        return EPSGetDimensions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetDimensions(EPS, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle EPSGetDimensions$handle() {
        return EPSGetDimensions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetDimensions(EPS, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment EPSGetDimensions$address() {
        return EPSGetDimensions.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetDimensions(EPS, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static int EPSGetDimensions(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = EPSGetDimensions.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetDimensions", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetWhichEigenpairs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetWhichEigenpairs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetWhichEigenpairs(EPS, EPSWhich)
     * }
     */
    public static FunctionDescriptor EPSSetWhichEigenpairs$descriptor() {
        return EPSSetWhichEigenpairs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetWhichEigenpairs(EPS, EPSWhich)
     * }
     */
    public static MethodHandle EPSSetWhichEigenpairs$handle() {
        return EPSSetWhichEigenpairs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetWhichEigenpairs(EPS, EPSWhich)
     * }
     */
    public static MemorySegment EPSSetWhichEigenpairs$address() {
        return EPSSetWhichEigenpairs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetWhichEigenpairs(EPS, EPSWhich)
     * }
     */
    public static int EPSSetWhichEigenpairs(MemorySegment x0, int x1) {
        var mh$ = EPSSetWhichEigenpairs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetWhichEigenpairs", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetTarget {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetTarget");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTarget(EPS, PetscScalar)
     * }
     */
    public static FunctionDescriptor EPSSetTarget$descriptor() {
        return EPSSetTarget.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTarget(EPS, PetscScalar)
     * }
     */
    public static MethodHandle EPSSetTarget$handle() {
        return EPSSetTarget.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTarget(EPS, PetscScalar)
     * }
     */
    public static MemorySegment EPSSetTarget$address() {
        return EPSSetTarget.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTarget(EPS, PetscScalar)
     * }
     */
    public static int EPSSetTarget(MemorySegment x0, double x1) {
        var mh$ = EPSSetTarget.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetTarget", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetInterval {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_DOUBLE,
            slepc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetInterval");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInterval(EPS, PetscReal, PetscReal)
     * }
     */
    public static FunctionDescriptor EPSSetInterval$descriptor() {
        return EPSSetInterval.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInterval(EPS, PetscReal, PetscReal)
     * }
     */
    public static MethodHandle EPSSetInterval$handle() {
        return EPSSetInterval.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInterval(EPS, PetscReal, PetscReal)
     * }
     */
    public static MemorySegment EPSSetInterval$address() {
        return EPSSetInterval.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInterval(EPS, PetscReal, PetscReal)
     * }
     */
    public static int EPSSetInterval(MemorySegment x0, double x1, double x2) {
        var mh$ = EPSSetInterval.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetInterval", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetTolerances {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_DOUBLE,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetTolerances");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTolerances(EPS, PetscReal, PetscInt)
     * }
     */
    public static FunctionDescriptor EPSSetTolerances$descriptor() {
        return EPSSetTolerances.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTolerances(EPS, PetscReal, PetscInt)
     * }
     */
    public static MethodHandle EPSSetTolerances$handle() {
        return EPSSetTolerances.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTolerances(EPS, PetscReal, PetscInt)
     * }
     */
    public static MemorySegment EPSSetTolerances$address() {
        return EPSSetTolerances.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetTolerances(EPS, PetscReal, PetscInt)
     * }
     */
    public static int EPSSetTolerances(MemorySegment x0, double x1, int x2) {
        var mh$ = EPSSetTolerances.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetTolerances", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetTolerances {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetTolerances");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetTolerances(EPS, PetscReal *, PetscInt *)
     * }
     */
    public static FunctionDescriptor EPSGetTolerances$descriptor() {
        return EPSGetTolerances.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetTolerances(EPS, PetscReal *, PetscInt *)
     * }
     */
    public static MethodHandle EPSGetTolerances$handle() {
        return EPSGetTolerances.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetTolerances(EPS, PetscReal *, PetscInt *)
     * }
     */
    public static MemorySegment EPSGetTolerances$address() {
        return EPSGetTolerances.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetTolerances(EPS, PetscReal *, PetscInt *)
     * }
     */
    public static int EPSGetTolerances(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = EPSGetTolerances.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetTolerances", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetConvergenceTest {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetConvergenceTest");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetConvergenceTest(EPS, EPSConv)
     * }
     */
    public static FunctionDescriptor EPSSetConvergenceTest$descriptor() {
        return EPSSetConvergenceTest.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetConvergenceTest(EPS, EPSConv)
     * }
     */
    public static MethodHandle EPSSetConvergenceTest$handle() {
        return EPSSetConvergenceTest.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetConvergenceTest(EPS, EPSConv)
     * }
     */
    public static MemorySegment EPSSetConvergenceTest$address() {
        return EPSSetConvergenceTest.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetConvergenceTest(EPS, EPSConv)
     * }
     */
    public static int EPSSetConvergenceTest(MemorySegment x0, int x1) {
        var mh$ = EPSSetConvergenceTest.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetConvergenceTest", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetDeflationSpace {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetDeflationSpace");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDeflationSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static FunctionDescriptor EPSSetDeflationSpace$descriptor() {
        return EPSSetDeflationSpace.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDeflationSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static MethodHandle EPSSetDeflationSpace$handle() {
        return EPSSetDeflationSpace.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDeflationSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static MemorySegment EPSSetDeflationSpace$address() {
        return EPSSetDeflationSpace.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetDeflationSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static int EPSSetDeflationSpace(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = EPSSetDeflationSpace.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetDeflationSpace", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetInitialSpace {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetInitialSpace");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInitialSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static FunctionDescriptor EPSSetInitialSpace$descriptor() {
        return EPSSetInitialSpace.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInitialSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static MethodHandle EPSSetInitialSpace$handle() {
        return EPSSetInitialSpace.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInitialSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static MemorySegment EPSSetInitialSpace$address() {
        return EPSSetInitialSpace.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetInitialSpace(EPS, PetscInt, Vec[])
     * }
     */
    public static int EPSSetInitialSpace(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = EPSSetInitialSpace.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetInitialSpace", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetFromOptions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetFromOptions");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetFromOptions(EPS)
     * }
     */
    public static FunctionDescriptor EPSSetFromOptions$descriptor() {
        return EPSSetFromOptions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetFromOptions(EPS)
     * }
     */
    public static MethodHandle EPSSetFromOptions$handle() {
        return EPSSetFromOptions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetFromOptions(EPS)
     * }
     */
    public static MemorySegment EPSSetFromOptions$address() {
        return EPSSetFromOptions.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetFromOptions(EPS)
     * }
     */
    public static int EPSSetFromOptions(MemorySegment x0) {
        var mh$ = EPSSetFromOptions.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetFromOptions", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetOptionsPrefix {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetOptionsPrefix");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOptionsPrefix(EPS, const char *)
     * }
     */
    public static FunctionDescriptor EPSSetOptionsPrefix$descriptor() {
        return EPSSetOptionsPrefix.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOptionsPrefix(EPS, const char *)
     * }
     */
    public static MethodHandle EPSSetOptionsPrefix$handle() {
        return EPSSetOptionsPrefix.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOptionsPrefix(EPS, const char *)
     * }
     */
    public static MemorySegment EPSSetOptionsPrefix$address() {
        return EPSSetOptionsPrefix.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetOptionsPrefix(EPS, const char *)
     * }
     */
    public static int EPSSetOptionsPrefix(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSSetOptionsPrefix.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetOptionsPrefix", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSetUp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSetUp");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetUp(EPS)
     * }
     */
    public static FunctionDescriptor EPSSetUp$descriptor() {
        return EPSSetUp.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetUp(EPS)
     * }
     */
    public static MethodHandle EPSSetUp$handle() {
        return EPSSetUp.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSetUp(EPS)
     * }
     */
    public static MemorySegment EPSSetUp$address() {
        return EPSSetUp.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSetUp(EPS)
     * }
     */
    public static int EPSSetUp(MemorySegment x0) {
        var mh$ = EPSSetUp.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSetUp", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSSolve {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSSolve");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSolve(EPS)
     * }
     */
    public static FunctionDescriptor EPSSolve$descriptor() {
        return EPSSolve.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSolve(EPS)
     * }
     */
    public static MethodHandle EPSSolve$handle() {
        return EPSSolve.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSSolve(EPS)
     * }
     */
    public static MemorySegment EPSSolve$address() {
        return EPSSolve.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSSolve(EPS)
     * }
     */
    public static int EPSSolve(MemorySegment x0) {
        var mh$ = EPSSolve.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSSolve", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetConverged {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetConverged");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConverged(EPS, PetscInt *)
     * }
     */
    public static FunctionDescriptor EPSGetConverged$descriptor() {
        return EPSGetConverged.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConverged(EPS, PetscInt *)
     * }
     */
    public static MethodHandle EPSGetConverged$handle() {
        return EPSGetConverged.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConverged(EPS, PetscInt *)
     * }
     */
    public static MemorySegment EPSGetConverged$address() {
        return EPSGetConverged.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConverged(EPS, PetscInt *)
     * }
     */
    public static int EPSGetConverged(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSGetConverged.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetConverged", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetConvergedReason {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetConvergedReason");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConvergedReason(EPS, EPSConvergedReason *)
     * }
     */
    public static FunctionDescriptor EPSGetConvergedReason$descriptor() {
        return EPSGetConvergedReason.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConvergedReason(EPS, EPSConvergedReason *)
     * }
     */
    public static MethodHandle EPSGetConvergedReason$handle() {
        return EPSGetConvergedReason.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConvergedReason(EPS, EPSConvergedReason *)
     * }
     */
    public static MemorySegment EPSGetConvergedReason$address() {
        return EPSGetConvergedReason.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetConvergedReason(EPS, EPSConvergedReason *)
     * }
     */
    public static int EPSGetConvergedReason(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSGetConvergedReason.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetConvergedReason", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetEigenpair {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetEigenpair");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenpair(EPS, PetscInt, PetscScalar *, PetscScalar *, Vec, Vec)
     * }
     */
    public static FunctionDescriptor EPSGetEigenpair$descriptor() {
        return EPSGetEigenpair.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenpair(EPS, PetscInt, PetscScalar *, PetscScalar *, Vec, Vec)
     * }
     */
    public static MethodHandle EPSGetEigenpair$handle() {
        return EPSGetEigenpair.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenpair(EPS, PetscInt, PetscScalar *, PetscScalar *, Vec, Vec)
     * }
     */
    public static MemorySegment EPSGetEigenpair$address() {
        return EPSGetEigenpair.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenpair(EPS, PetscInt, PetscScalar *, PetscScalar *, Vec, Vec)
     * }
     */
    public static int EPSGetEigenpair(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3, MemorySegment x4, MemorySegment x5) {
        var mh$ = EPSGetEigenpair.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetEigenpair", x0, x1, x2, x3, x4, x5);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetEigenvalue {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetEigenvalue");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvalue(EPS, PetscInt, PetscScalar *, PetscScalar *)
     * }
     */
    public static FunctionDescriptor EPSGetEigenvalue$descriptor() {
        return EPSGetEigenvalue.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvalue(EPS, PetscInt, PetscScalar *, PetscScalar *)
     * }
     */
    public static MethodHandle EPSGetEigenvalue$handle() {
        return EPSGetEigenvalue.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvalue(EPS, PetscInt, PetscScalar *, PetscScalar *)
     * }
     */
    public static MemorySegment EPSGetEigenvalue$address() {
        return EPSGetEigenvalue.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvalue(EPS, PetscInt, PetscScalar *, PetscScalar *)
     * }
     */
    public static int EPSGetEigenvalue(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = EPSGetEigenvalue.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetEigenvalue", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetEigenvector {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetEigenvector");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvector(EPS, PetscInt, Vec, Vec)
     * }
     */
    public static FunctionDescriptor EPSGetEigenvector$descriptor() {
        return EPSGetEigenvector.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvector(EPS, PetscInt, Vec, Vec)
     * }
     */
    public static MethodHandle EPSGetEigenvector$handle() {
        return EPSGetEigenvector.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvector(EPS, PetscInt, Vec, Vec)
     * }
     */
    public static MemorySegment EPSGetEigenvector$address() {
        return EPSGetEigenvector.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetEigenvector(EPS, PetscInt, Vec, Vec)
     * }
     */
    public static int EPSGetEigenvector(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = EPSGetEigenvector.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetEigenvector", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetErrorEstimate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetErrorEstimate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetErrorEstimate(EPS, PetscInt, PetscReal *)
     * }
     */
    public static FunctionDescriptor EPSGetErrorEstimate$descriptor() {
        return EPSGetErrorEstimate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetErrorEstimate(EPS, PetscInt, PetscReal *)
     * }
     */
    public static MethodHandle EPSGetErrorEstimate$handle() {
        return EPSGetErrorEstimate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetErrorEstimate(EPS, PetscInt, PetscReal *)
     * }
     */
    public static MemorySegment EPSGetErrorEstimate$address() {
        return EPSGetErrorEstimate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetErrorEstimate(EPS, PetscInt, PetscReal *)
     * }
     */
    public static int EPSGetErrorEstimate(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = EPSGetErrorEstimate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetErrorEstimate", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSComputeError {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_INT,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSComputeError");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSComputeError(EPS, PetscInt, EPSErrorType, PetscReal *)
     * }
     */
    public static FunctionDescriptor EPSComputeError$descriptor() {
        return EPSComputeError.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSComputeError(EPS, PetscInt, EPSErrorType, PetscReal *)
     * }
     */
    public static MethodHandle EPSComputeError$handle() {
        return EPSComputeError.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSComputeError(EPS, PetscInt, EPSErrorType, PetscReal *)
     * }
     */
    public static MemorySegment EPSComputeError$address() {
        return EPSComputeError.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSComputeError(EPS, PetscInt, EPSErrorType, PetscReal *)
     * }
     */
    public static int EPSComputeError(MemorySegment x0, int x1, int x2, MemorySegment x3) {
        var mh$ = EPSComputeError.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSComputeError", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetIterationNumber {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetIterationNumber");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetIterationNumber(EPS, PetscInt *)
     * }
     */
    public static FunctionDescriptor EPSGetIterationNumber$descriptor() {
        return EPSGetIterationNumber.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetIterationNumber(EPS, PetscInt *)
     * }
     */
    public static MethodHandle EPSGetIterationNumber$handle() {
        return EPSGetIterationNumber.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetIterationNumber(EPS, PetscInt *)
     * }
     */
    public static MemorySegment EPSGetIterationNumber$address() {
        return EPSGetIterationNumber.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetIterationNumber(EPS, PetscInt *)
     * }
     */
    public static int EPSGetIterationNumber(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSGetIterationNumber.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetIterationNumber", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSGetST {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSGetST");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetST(EPS, ST *)
     * }
     */
    public static FunctionDescriptor EPSGetST$descriptor() {
        return EPSGetST.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetST(EPS, ST *)
     * }
     */
    public static MethodHandle EPSGetST$handle() {
        return EPSGetST.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSGetST(EPS, ST *)
     * }
     */
    public static MemorySegment EPSGetST$address() {
        return EPSGetST.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSGetST(EPS, ST *)
     * }
     */
    public static int EPSGetST(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSGetST.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSGetST", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurSetPartitions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurSetPartitions");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetPartitions(EPS, PetscInt)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurSetPartitions$descriptor() {
        return EPSKrylovSchurSetPartitions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetPartitions(EPS, PetscInt)
     * }
     */
    public static MethodHandle EPSKrylovSchurSetPartitions$handle() {
        return EPSKrylovSchurSetPartitions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetPartitions(EPS, PetscInt)
     * }
     */
    public static MemorySegment EPSKrylovSchurSetPartitions$address() {
        return EPSKrylovSchurSetPartitions.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetPartitions(EPS, PetscInt)
     * }
     */
    public static int EPSKrylovSchurSetPartitions(MemorySegment x0, int x1) {
        var mh$ = EPSKrylovSchurSetPartitions.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurSetPartitions", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurSetDetectZeros {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurSetDetectZeros");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDetectZeros(EPS, PetscBool)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurSetDetectZeros$descriptor() {
        return EPSKrylovSchurSetDetectZeros.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDetectZeros(EPS, PetscBool)
     * }
     */
    public static MethodHandle EPSKrylovSchurSetDetectZeros$handle() {
        return EPSKrylovSchurSetDetectZeros.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDetectZeros(EPS, PetscBool)
     * }
     */
    public static MemorySegment EPSKrylovSchurSetDetectZeros$address() {
        return EPSKrylovSchurSetDetectZeros.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDetectZeros(EPS, PetscBool)
     * }
     */
    public static int EPSKrylovSchurSetDetectZeros(MemorySegment x0, int x1) {
        var mh$ = EPSKrylovSchurSetDetectZeros.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurSetDetectZeros", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurSetDimensions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_INT,
            slepc_h.C_INT
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurSetDimensions");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurSetDimensions$descriptor() {
        return EPSKrylovSchurSetDimensions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static MethodHandle EPSKrylovSchurSetDimensions$handle() {
        return EPSKrylovSchurSetDimensions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static MemorySegment EPSKrylovSchurSetDimensions$address() {
        return EPSKrylovSchurSetDimensions.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurSetDimensions(EPS, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static int EPSKrylovSchurSetDimensions(MemorySegment x0, int x1, int x2, int x3) {
        var mh$ = EPSKrylovSchurSetDimensions.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurSetDimensions", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurGetInertias {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurGetInertias");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetInertias(EPS, PetscInt *, PetscReal **, PetscInt **)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurGetInertias$descriptor() {
        return EPSKrylovSchurGetInertias.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetInertias(EPS, PetscInt *, PetscReal **, PetscInt **)
     * }
     */
    public static MethodHandle EPSKrylovSchurGetInertias$handle() {
        return EPSKrylovSchurGetInertias.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetInertias(EPS, PetscInt *, PetscReal **, PetscInt **)
     * }
     */
    public static MemorySegment EPSKrylovSchurGetInertias$address() {
        return EPSKrylovSchurGetInertias.ADDR;
    }

    /**
     * The two arrays are allocated by PETSc and belong to the caller: free each with petsc_h.PetscTrFree
     * (what PetscFree does in C).
     * <p>
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetInertias(EPS, PetscInt *, PetscReal **, PetscInt **)
     * }
     */
    public static int EPSKrylovSchurGetInertias(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = EPSKrylovSchurGetInertias.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurGetInertias", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurGetSubcommInfo {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurGetSubcommInfo");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommInfo(EPS, PetscInt *, PetscInt *, Vec *)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurGetSubcommInfo$descriptor() {
        return EPSKrylovSchurGetSubcommInfo.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommInfo(EPS, PetscInt *, PetscInt *, Vec *)
     * }
     */
    public static MethodHandle EPSKrylovSchurGetSubcommInfo$handle() {
        return EPSKrylovSchurGetSubcommInfo.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommInfo(EPS, PetscInt *, PetscInt *, Vec *)
     * }
     */
    public static MemorySegment EPSKrylovSchurGetSubcommInfo$address() {
        return EPSKrylovSchurGetSubcommInfo.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommInfo(EPS, PetscInt *, PetscInt *, Vec *)
     * }
     */
    public static int EPSKrylovSchurGetSubcommInfo(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = EPSKrylovSchurGetSubcommInfo.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurGetSubcommInfo", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurGetKSP {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurGetKSP");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetKSP(EPS, KSP *)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurGetKSP$descriptor() {
        return EPSKrylovSchurGetKSP.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetKSP(EPS, KSP *)
     * }
     */
    public static MethodHandle EPSKrylovSchurGetKSP$handle() {
        return EPSKrylovSchurGetKSP.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetKSP(EPS, KSP *)
     * }
     */
    public static MemorySegment EPSKrylovSchurGetKSP$address() {
        return EPSKrylovSchurGetKSP.ADDR;
    }

    /**
     * The linear solver of the internal EPS that spectrum slicing (EPS_ALL with an interval) factorises
     * with. Configure the factorisation (PC type, MUMPS) here: the internal EPS copies only the ST type
     * from the outer one, and the outer ST never factorises. Call after EPSSetWhichEigenpairs(EPS_ALL) and
     * STSetType.
     * <p>
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetKSP(EPS, KSP *)
     * }
     */
    public static int EPSKrylovSchurGetKSP(MemorySegment x0, MemorySegment x1) {
        var mh$ = EPSKrylovSchurGetKSP.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurGetKSP", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class EPSKrylovSchurGetSubcommPairs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("EPSKrylovSchurGetSubcommPairs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommPairs(EPS, PetscInt, PetscScalar *, Vec)
     * }
     */
    public static FunctionDescriptor EPSKrylovSchurGetSubcommPairs$descriptor() {
        return EPSKrylovSchurGetSubcommPairs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommPairs(EPS, PetscInt, PetscScalar *, Vec)
     * }
     */
    public static MethodHandle EPSKrylovSchurGetSubcommPairs$handle() {
        return EPSKrylovSchurGetSubcommPairs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommPairs(EPS, PetscInt, PetscScalar *, Vec)
     * }
     */
    public static MemorySegment EPSKrylovSchurGetSubcommPairs$address() {
        return EPSKrylovSchurGetSubcommPairs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode EPSKrylovSchurGetSubcommPairs(EPS, PetscInt, PetscScalar *, Vec)
     * }
     */
    public static int EPSKrylovSchurGetSubcommPairs(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = EPSKrylovSchurGetSubcommPairs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("EPSKrylovSchurGetSubcommPairs", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class STSetType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("STSetType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode STSetType(ST, STType)
     * }
     */
    public static FunctionDescriptor STSetType$descriptor() {
        return STSetType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode STSetType(ST, STType)
     * }
     */
    public static MethodHandle STSetType$handle() {
        return STSetType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode STSetType(ST, STType)
     * }
     */
    public static MemorySegment STSetType$address() {
        return STSetType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode STSetType(ST, STType)
     * }
     */
    public static int STSetType(MemorySegment x0, MemorySegment x1) {
        var mh$ = STSetType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("STSetType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class STGetKSP {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("STGetKSP");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode STGetKSP(ST, KSP *)
     * }
     */
    public static FunctionDescriptor STGetKSP$descriptor() {
        return STGetKSP.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode STGetKSP(ST, KSP *)
     * }
     */
    public static MethodHandle STGetKSP$handle() {
        return STGetKSP.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode STGetKSP(ST, KSP *)
     * }
     */
    public static MemorySegment STGetKSP$address() {
        return STGetKSP.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode STGetKSP(ST, KSP *)
     * }
     */
    public static int STGetKSP(MemorySegment x0, MemorySegment x1) {
        var mh$ = STGetKSP.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("STGetKSP", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class STSetShift {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("STSetShift");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode STSetShift(ST, PetscScalar)
     * }
     */
    public static FunctionDescriptor STSetShift$descriptor() {
        return STSetShift.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode STSetShift(ST, PetscScalar)
     * }
     */
    public static MethodHandle STSetShift$handle() {
        return STSetShift.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode STSetShift(ST, PetscScalar)
     * }
     */
    public static MemorySegment STSetShift$address() {
        return STSetShift.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode STSetShift(ST, PetscScalar)
     * }
     */
    public static int STSetShift(MemorySegment x0, double x1) {
        var mh$ = STSetShift.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("STSetShift", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class STSetPreconditionerMat {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("STSetPreconditionerMat");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode STSetPreconditionerMat(ST, Mat)
     * }
     */
    public static FunctionDescriptor STSetPreconditionerMat$descriptor() {
        return STSetPreconditionerMat.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode STSetPreconditionerMat(ST, Mat)
     * }
     */
    public static MethodHandle STSetPreconditionerMat$handle() {
        return STSetPreconditionerMat.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode STSetPreconditionerMat(ST, Mat)
     * }
     */
    public static MemorySegment STSetPreconditionerMat$address() {
        return STSetPreconditionerMat.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode STSetPreconditionerMat(ST, Mat)
     * }
     */
    public static int STSetPreconditionerMat(MemorySegment x0, MemorySegment x1) {
        var mh$ = STSetPreconditionerMat.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("STSetPreconditionerMat", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class STGetShift {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            slepc_h.C_INT,
            slepc_h.C_POINTER,
            slepc_h.C_POINTER
        );

        public static final MemorySegment ADDR = slepc_h.findOrThrow("STGetShift");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode STGetShift(ST, PetscScalar *)
     * }
     */
    public static FunctionDescriptor STGetShift$descriptor() {
        return STGetShift.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode STGetShift(ST, PetscScalar *)
     * }
     */
    public static MethodHandle STGetShift$handle() {
        return STGetShift.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode STGetShift(ST, PetscScalar *)
     * }
     */
    public static MemorySegment STGetShift$address() {
        return STGetShift.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode STGetShift(ST, PetscScalar *)
     * }
     */
    public static int STGetShift(MemorySegment x0, MemorySegment x1) {
        var mh$ = STGetShift.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("STGetShift", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
