// Hand-written in the shape jextract generates (see package-info.java); every declaration in a
// {@snippet lang=c} block is checked against the installed C headers by BindingSignatureTest.

package org.modekick.bindings.petsc;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.modekick.bindings.NativeLibrary;
import org.modekick.bindings.mpi.mpi_h;

/**
 * Bindings for PETSc 3.18, {@code <petsc.h>}, as built by Debian ({@code libpetsc_real.so.3.18}, package
 * libpetsc-real3.18): real double-precision scalars, 32-bit {@code PetscInt} (no PETSC_USE_64BIT_INDICES),
 * MUMPS available. {@code PetscErrorCode}, {@code PetscInt}, {@code PetscBool} and the enums are {@code int};
 * {@code PetscScalar} and {@code PetscReal} are {@code double}; objects ({@code Mat}, {@code Vec}, ...) and
 * {@code MPI_Comm} are pointers.
 * <p>
 * Every function returns a PetscErrorCode: check it. Debian's build has no debugging checks
 * (--with-debugging=0): argument validation such as NULL object checks is compiled out, so a NULL or stale
 * handle crashes the process instead of returning an error. The SLEPc part, including initialisation
 * ({@code SlepcInitialize}), is in {@link org.modekick.bindings.slepc.slepc_h}.
 */
@SuppressWarnings("restricted") // calling native code is this class's whole purpose
public class petsc_h {

    petsc_h() {
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
    static final SymbolLookup SYMBOL_LOOKUP = NativeLibrary.PETSC;

    static MemorySegment findOrThrow(String symbol) {
        return NativeLibrary.PETSC.findOrThrow(symbol);
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

    private static final int PETSC_FALSE = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.PETSC_FALSE = 0
     * }
     */
    public static int PETSC_FALSE() {
        return PETSC_FALSE;
    }

    private static final int PETSC_TRUE = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.PETSC_TRUE = 1
     * }
     */
    public static int PETSC_TRUE() {
        return PETSC_TRUE;
    }

    private static final int PETSC_DECIDE = (int)-1L;
    /**
     * {@snippet lang=c :
     * #define PETSC_DECIDE -1
     * }
     */
    public static int PETSC_DECIDE() {
        return PETSC_DECIDE;
    }

    private static final int PETSC_DETERMINE = (int)-1L;
    /**
     * {@snippet lang=c :
     * #define PETSC_DETERMINE -1
     * }
     */
    public static int PETSC_DETERMINE() {
        return PETSC_DETERMINE;
    }

    private static final int PETSC_DEFAULT = (int)-2L;
    /**
     * {@snippet lang=c :
     * #define PETSC_DEFAULT -2
     * }
     */
    public static int PETSC_DEFAULT() {
        return PETSC_DEFAULT;
    }

    private static final int PETSC_ERR_SUP = (int)56L;
    /**
     * {@snippet lang=c :
     * #define PETSC_ERR_SUP 56
     * }
     */
    public static int PETSC_ERR_SUP() {
        return PETSC_ERR_SUP;
    }

    private static final int PETSC_VERSION_MAJOR = (int)3L;
    /**
     * {@snippet lang=c :
     * #define PETSC_VERSION_MAJOR 3
     * }
     */
    public static int PETSC_VERSION_MAJOR() {
        return PETSC_VERSION_MAJOR;
    }

    private static final int PETSC_VERSION_MINOR = (int)18L;
    /**
     * {@snippet lang=c :
     * #define PETSC_VERSION_MINOR 18
     * }
     */
    public static int PETSC_VERSION_MINOR() {
        return PETSC_VERSION_MINOR;
    }

    private static final int NORM_1 = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.NORM_1 = 0
     * }
     */
    public static int NORM_1() {
        return NORM_1;
    }

    private static final int NORM_2 = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.NORM_2 = 1
     * }
     */
    public static int NORM_2() {
        return NORM_2;
    }

    private static final int NORM_FROBENIUS = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.NORM_FROBENIUS = 2
     * }
     */
    public static int NORM_FROBENIUS() {
        return NORM_FROBENIUS;
    }

    private static final int NORM_INFINITY = (int)3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.NORM_INFINITY = 3
     * }
     */
    public static int NORM_INFINITY() {
        return NORM_INFINITY;
    }

    private static final int NORM_1_AND_2 = (int)4L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.NORM_1_AND_2 = 4
     * }
     */
    public static int NORM_1_AND_2() {
        return NORM_1_AND_2;
    }

    private static final int MAT_FINAL_ASSEMBLY = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_FINAL_ASSEMBLY = 0
     * }
     */
    public static int MAT_FINAL_ASSEMBLY() {
        return MAT_FINAL_ASSEMBLY;
    }

    private static final int MAT_FLUSH_ASSEMBLY = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_FLUSH_ASSEMBLY = 1
     * }
     */
    public static int MAT_FLUSH_ASSEMBLY() {
        return MAT_FLUSH_ASSEMBLY;
    }

    private static final int MAT_SYMMETRIC = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_SYMMETRIC = 1
     * }
     */
    public static int MAT_SYMMETRIC() {
        return MAT_SYMMETRIC;
    }

    private static final int MAT_STRUCTURALLY_SYMMETRIC = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_STRUCTURALLY_SYMMETRIC = 2
     * }
     */
    public static int MAT_STRUCTURALLY_SYMMETRIC() {
        return MAT_STRUCTURALLY_SYMMETRIC;
    }

    private static final int MAT_HERMITIAN = (int)9L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_HERMITIAN = 9
     * }
     */
    public static int MAT_HERMITIAN() {
        return MAT_HERMITIAN;
    }

    private static final int MAT_SYMMETRY_ETERNAL = (int)10L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_SYMMETRY_ETERNAL = 10
     * }
     */
    public static int MAT_SYMMETRY_ETERNAL() {
        return MAT_SYMMETRY_ETERNAL;
    }

    private static final int MAT_IGNORE_LOWER_TRIANGULAR = (int)12L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_IGNORE_LOWER_TRIANGULAR = 12
     * }
     */
    public static int MAT_IGNORE_LOWER_TRIANGULAR() {
        return MAT_IGNORE_LOWER_TRIANGULAR;
    }

    private static final int MAT_SPD = (int)15L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_SPD = 15
     * }
     */
    public static int MAT_SPD() {
        return MAT_SPD;
    }

    private static final int MAT_FACTOR_CHOLESKY = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_FACTOR_CHOLESKY = 2
     * }
     */
    public static int MAT_FACTOR_CHOLESKY() {
        return MAT_FACTOR_CHOLESKY;
    }

    private static final int MAT_COPY_VALUES = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_COPY_VALUES = 1
     * }
     */
    public static int MAT_COPY_VALUES() {
        return MAT_COPY_VALUES;
    }

    private static final int MAT_NO_OFF_PROC_ENTRIES = (int)17L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_NO_OFF_PROC_ENTRIES = 17
     * }
     */
    public static int MAT_NO_OFF_PROC_ENTRIES() {
        return MAT_NO_OFF_PROC_ENTRIES;
    }

    private static final int MAT_NEW_NONZERO_ALLOCATION_ERR = (int)19L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MAT_NEW_NONZERO_ALLOCATION_ERR = 19
     * }
     */
    public static int MAT_NEW_NONZERO_ALLOCATION_ERR() {
        return MAT_NEW_NONZERO_ALLOCATION_ERR;
    }

    private static final int INSERT_VALUES = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.INSERT_VALUES = 1
     * }
     */
    public static int INSERT_VALUES() {
        return INSERT_VALUES;
    }

    private static final int ADD_VALUES = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.ADD_VALUES = 2
     * }
     */
    public static int ADD_VALUES() {
        return ADD_VALUES;
    }

    private static final int PETSC_ERROR_INITIAL = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.PETSC_ERROR_INITIAL = 0
     * }
     */
    public static int PETSC_ERROR_INITIAL() {
        return PETSC_ERROR_INITIAL;
    }

    private static final int PETSC_ERROR_REPEAT = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.PETSC_ERROR_REPEAT = 1
     * }
     */
    public static int PETSC_ERROR_REPEAT() {
        return PETSC_ERROR_REPEAT;
    }

    /**
     * {@snippet lang=c :
     * #define MATAIJ "aij"
     * }
     */
    public static final String MATAIJ = "aij";

    /**
     * {@snippet lang=c :
     * #define MATAIJ "aij"
     * }
     */
    public static MemorySegment MATAIJ() {
        class Holder {
            static final MemorySegment MATAIJ
                = petsc_h.LIBRARY_ARENA.allocateFrom("aij");
        }
        return Holder.MATAIJ;
    }

    /**
     * {@snippet lang=c :
     * #define MATSEQAIJ "seqaij"
     * }
     */
    public static final String MATSEQAIJ = "seqaij";

    /**
     * {@snippet lang=c :
     * #define MATSEQAIJ "seqaij"
     * }
     */
    public static MemorySegment MATSEQAIJ() {
        class Holder {
            static final MemorySegment MATSEQAIJ
                = petsc_h.LIBRARY_ARENA.allocateFrom("seqaij");
        }
        return Holder.MATSEQAIJ;
    }

    /**
     * {@snippet lang=c :
     * #define MATMPIAIJ "mpiaij"
     * }
     */
    public static final String MATMPIAIJ = "mpiaij";

    /**
     * {@snippet lang=c :
     * #define MATMPIAIJ "mpiaij"
     * }
     */
    public static MemorySegment MATMPIAIJ() {
        class Holder {
            static final MemorySegment MATMPIAIJ
                = petsc_h.LIBRARY_ARENA.allocateFrom("mpiaij");
        }
        return Holder.MATMPIAIJ;
    }

    /**
     * {@snippet lang=c :
     * #define MATSBAIJ "sbaij"
     * }
     */
    public static final String MATSBAIJ = "sbaij";

    /**
     * {@snippet lang=c :
     * #define MATSBAIJ "sbaij"
     * }
     */
    public static MemorySegment MATSBAIJ() {
        class Holder {
            static final MemorySegment MATSBAIJ
                = petsc_h.LIBRARY_ARENA.allocateFrom("sbaij");
        }
        return Holder.MATSBAIJ;
    }

    /**
     * {@snippet lang=c :
     * #define MATSEQSBAIJ "seqsbaij"
     * }
     */
    public static final String MATSEQSBAIJ = "seqsbaij";

    /**
     * {@snippet lang=c :
     * #define MATSEQSBAIJ "seqsbaij"
     * }
     */
    public static MemorySegment MATSEQSBAIJ() {
        class Holder {
            static final MemorySegment MATSEQSBAIJ
                = petsc_h.LIBRARY_ARENA.allocateFrom("seqsbaij");
        }
        return Holder.MATSEQSBAIJ;
    }

    /**
     * {@snippet lang=c :
     * #define MATMPISBAIJ "mpisbaij"
     * }
     */
    public static final String MATMPISBAIJ = "mpisbaij";

    /**
     * {@snippet lang=c :
     * #define MATMPISBAIJ "mpisbaij"
     * }
     */
    public static MemorySegment MATMPISBAIJ() {
        class Holder {
            static final MemorySegment MATMPISBAIJ
                = petsc_h.LIBRARY_ARENA.allocateFrom("mpisbaij");
        }
        return Holder.MATMPISBAIJ;
    }

    /**
     * {@snippet lang=c :
     * #define MATSOLVERMUMPS "mumps"
     * }
     */
    public static final String MATSOLVERMUMPS = "mumps";

    /**
     * {@snippet lang=c :
     * #define MATSOLVERMUMPS "mumps"
     * }
     */
    public static MemorySegment MATSOLVERMUMPS() {
        class Holder {
            static final MemorySegment MATSOLVERMUMPS
                = petsc_h.LIBRARY_ARENA.allocateFrom("mumps");
        }
        return Holder.MATSOLVERMUMPS;
    }

    /**
     * {@snippet lang=c :
     * #define MATSOLVERCHOLMOD "cholmod"
     * }
     */
    public static final String MATSOLVERCHOLMOD = "cholmod";

    /**
     * {@snippet lang=c :
     * #define MATSOLVERCHOLMOD "cholmod"
     * }
     */
    public static MemorySegment MATSOLVERCHOLMOD() {
        class Holder {
            static final MemorySegment MATSOLVERCHOLMOD
                = petsc_h.LIBRARY_ARENA.allocateFrom("cholmod");
        }
        return Holder.MATSOLVERCHOLMOD;
    }

    /**
     * {@snippet lang=c :
     * #define MATORDERINGNATURAL "natural"
     * }
     */
    public static final String MATORDERINGNATURAL = "natural";

    /**
     * {@snippet lang=c :
     * #define MATORDERINGNATURAL "natural"
     * }
     */
    public static MemorySegment MATORDERINGNATURAL() {
        class Holder {
            static final MemorySegment MATORDERINGNATURAL
                = petsc_h.LIBRARY_ARENA.allocateFrom("natural");
        }
        return Holder.MATORDERINGNATURAL;
    }

    /**
     * {@snippet lang=c :
     * #define MATORDERINGND "nd"
     * }
     */
    public static final String MATORDERINGND = "nd";

    /**
     * {@snippet lang=c :
     * #define MATORDERINGND "nd"
     * }
     */
    public static MemorySegment MATORDERINGND() {
        class Holder {
            static final MemorySegment MATORDERINGND
                = petsc_h.LIBRARY_ARENA.allocateFrom("nd");
        }
        return Holder.MATORDERINGND;
    }

    /**
     * {@snippet lang=c :
     * #define MATORDERINGAMD "amd"
     * }
     */
    public static final String MATORDERINGAMD = "amd";

    /**
     * {@snippet lang=c :
     * #define MATORDERINGAMD "amd"
     * }
     */
    public static MemorySegment MATORDERINGAMD() {
        class Holder {
            static final MemorySegment MATORDERINGAMD
                = petsc_h.LIBRARY_ARENA.allocateFrom("amd");
        }
        return Holder.MATORDERINGAMD;
    }

    /**
     * {@snippet lang=c :
     * #define MATORDERINGMETISND "metisnd"
     * }
     */
    public static final String MATORDERINGMETISND = "metisnd";

    /**
     * {@snippet lang=c :
     * #define MATORDERINGMETISND "metisnd"
     * }
     */
    public static MemorySegment MATORDERINGMETISND() {
        class Holder {
            static final MemorySegment MATORDERINGMETISND
                = petsc_h.LIBRARY_ARENA.allocateFrom("metisnd");
        }
        return Holder.MATORDERINGMETISND;
    }

    /**
     * {@snippet lang=c :
     * #define KSPPREONLY "preonly"
     * }
     */
    public static final String KSPPREONLY = "preonly";

    /**
     * {@snippet lang=c :
     * #define KSPPREONLY "preonly"
     * }
     */
    public static MemorySegment KSPPREONLY() {
        class Holder {
            static final MemorySegment KSPPREONLY
                = petsc_h.LIBRARY_ARENA.allocateFrom("preonly");
        }
        return Holder.KSPPREONLY;
    }

    /**
     * {@snippet lang=c :
     * #define PCNONE "none"
     * }
     */
    public static final String PCNONE = "none";

    /**
     * {@snippet lang=c :
     * #define PCNONE "none"
     * }
     */
    public static MemorySegment PCNONE() {
        class Holder {
            static final MemorySegment PCNONE
                = petsc_h.LIBRARY_ARENA.allocateFrom("none");
        }
        return Holder.PCNONE;
    }

    /**
     * {@snippet lang=c :
     * #define PCLU "lu"
     * }
     */
    public static final String PCLU = "lu";

    /**
     * {@snippet lang=c :
     * #define PCLU "lu"
     * }
     */
    public static MemorySegment PCLU() {
        class Holder {
            static final MemorySegment PCLU
                = petsc_h.LIBRARY_ARENA.allocateFrom("lu");
        }
        return Holder.PCLU;
    }

    /**
     * {@snippet lang=c :
     * #define PCCHOLESKY "cholesky"
     * }
     */
    public static final String PCCHOLESKY = "cholesky";

    /**
     * {@snippet lang=c :
     * #define PCCHOLESKY "cholesky"
     * }
     */
    public static MemorySegment PCCHOLESKY() {
        class Holder {
            static final MemorySegment PCCHOLESKY
                = petsc_h.LIBRARY_ARENA.allocateFrom("cholesky");
        }
        return Holder.PCCHOLESKY;
    }

    private static class PETSC_COMM_WORLD$constants {
        public static final AddressLayout LAYOUT = petsc_h.C_POINTER;
        public static final MemorySegment SEGMENT = petsc_h.findOrThrow("PETSC_COMM_WORLD").reinterpret(LAYOUT.byteSize());
    }

    /**
     * Layout for variable:
     * {@snippet lang=c :
     * extern MPI_Comm PETSC_COMM_WORLD
     * }
     */
    public static AddressLayout PETSC_COMM_WORLD$layout() {
        return PETSC_COMM_WORLD$constants.LAYOUT;
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern MPI_Comm PETSC_COMM_WORLD
     * }
     */
    public static MemorySegment PETSC_COMM_WORLD$segment() {
        return PETSC_COMM_WORLD$constants.SEGMENT;
    }

    /**
     * The communicator PETSc works on; MPI_COMM_WORLD unless set before SlepcInitialize. Read it after
     * initialisation: it is a variable holding an MPI_Comm (a pointer in OpenMPI), not a constant.
     * <p>
     * Getter for variable:
     * {@snippet lang=c :
     * extern MPI_Comm PETSC_COMM_WORLD
     * }
     */
    public static MemorySegment PETSC_COMM_WORLD() {
        return PETSC_COMM_WORLD$constants.SEGMENT.get(PETSC_COMM_WORLD$constants.LAYOUT, 0L);
    }

    /**
     * Setter for variable:
     * {@snippet lang=c :
     * extern MPI_Comm PETSC_COMM_WORLD
     * }
     */
    public static void PETSC_COMM_WORLD(MemorySegment varValue) {
        PETSC_COMM_WORLD$constants.SEGMENT.set(PETSC_COMM_WORLD$constants.LAYOUT, 0L, varValue);
    }

    /**
     * {@snippet lang=c :
     * #define PETSC_COMM_SELF MPI_COMM_SELF
     * }
     */
    public static MemorySegment PETSC_COMM_SELF() {
        return mpi_h.MPI_COMM_SELF();
    }

    private static class PetscTrFree$constants {
        public static final AddressLayout LAYOUT = petsc_h.C_POINTER;
        public static final MemorySegment SEGMENT = petsc_h.findOrThrow("PetscTrFree").reinterpret(LAYOUT.byteSize());
    }

    /**
     * Layout for variable:
     * {@snippet lang=c :
     * extern PetscErrorCode (*PetscTrFree)(void *, int, const char[], const char[])
     * }
     */
    public static AddressLayout PetscTrFree$layout() {
        return PetscTrFree$constants.LAYOUT;
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern PetscErrorCode (*PetscTrFree)(void *, int, const char[], const char[])
     * }
     */
    public static MemorySegment PetscTrFree$segment() {
        return PetscTrFree$constants.SEGMENT;
    }

    /**
     * The function PetscFree(p) calls (a macro in C): needed to free arrays PETSc hands over, e.g. those
     * of EPSKrylovSchurGetInertias. Call it through a downcall handle with descriptor (C_POINTER, C_INT,
     * C_POINTER, C_POINTER) returning C_INT, passing the pointer, a line number and two strings (function
     * and file name, may be empty).
     * <p>
     * Getter for variable:
     * {@snippet lang=c :
     * extern PetscErrorCode (*PetscTrFree)(void *, int, const char[], const char[])
     * }
     */
    public static MemorySegment PetscTrFree() {
        return PetscTrFree$constants.SEGMENT.get(PetscTrFree$constants.LAYOUT, 0L);
    }

    /**
     * Setter for variable:
     * {@snippet lang=c :
     * extern PetscErrorCode (*PetscTrFree)(void *, int, const char[], const char[])
     * }
     */
    public static void PetscTrFree(MemorySegment varValue) {
        PetscTrFree$constants.SEGMENT.set(PetscTrFree$constants.LAYOUT, 0L, varValue);
    }

    private static class PetscInitialized {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscInitialized");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscInitialized(PetscBool *)
     * }
     */
    public static FunctionDescriptor PetscInitialized$descriptor() {
        return PetscInitialized.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscInitialized(PetscBool *)
     * }
     */
    public static MethodHandle PetscInitialized$handle() {
        return PetscInitialized.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscInitialized(PetscBool *)
     * }
     */
    public static MemorySegment PetscInitialized$address() {
        return PetscInitialized.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscInitialized(PetscBool *)
     * }
     */
    public static int PetscInitialized(MemorySegment x0) {
        var mh$ = PetscInitialized.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscInitialized", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscFinalized {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscFinalized");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscFinalized(PetscBool *)
     * }
     */
    public static FunctionDescriptor PetscFinalized$descriptor() {
        return PetscFinalized.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscFinalized(PetscBool *)
     * }
     */
    public static MethodHandle PetscFinalized$handle() {
        return PetscFinalized.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscFinalized(PetscBool *)
     * }
     */
    public static MemorySegment PetscFinalized$address() {
        return PetscFinalized.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscFinalized(PetscBool *)
     * }
     */
    public static int PetscFinalized(MemorySegment x0) {
        var mh$ = PetscFinalized.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscFinalized", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscGetVersionNumber {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscGetVersionNumber");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor PetscGetVersionNumber$descriptor() {
        return PetscGetVersionNumber.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle PetscGetVersionNumber$handle() {
        return PetscGetVersionNumber.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment PetscGetVersionNumber$address() {
        return PetscGetVersionNumber.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscGetVersionNumber(PetscInt *, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static int PetscGetVersionNumber(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = PetscGetVersionNumber.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscGetVersionNumber", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsInsertString {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsInsertString");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsInsertString(PetscOptions, const char[])
     * }
     */
    public static FunctionDescriptor PetscOptionsInsertString$descriptor() {
        return PetscOptionsInsertString.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsInsertString(PetscOptions, const char[])
     * }
     */
    public static MethodHandle PetscOptionsInsertString$handle() {
        return PetscOptionsInsertString.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsInsertString(PetscOptions, const char[])
     * }
     */
    public static MemorySegment PetscOptionsInsertString$address() {
        return PetscOptionsInsertString.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsInsertString(PetscOptions, const char[])
     * }
     */
    public static int PetscOptionsInsertString(MemorySegment x0, MemorySegment x1) {
        var mh$ = PetscOptionsInsertString.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsInsertString", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsSetValue {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsSetValue");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsSetValue(PetscOptions, const char[], const char[])
     * }
     */
    public static FunctionDescriptor PetscOptionsSetValue$descriptor() {
        return PetscOptionsSetValue.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsSetValue(PetscOptions, const char[], const char[])
     * }
     */
    public static MethodHandle PetscOptionsSetValue$handle() {
        return PetscOptionsSetValue.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsSetValue(PetscOptions, const char[], const char[])
     * }
     */
    public static MemorySegment PetscOptionsSetValue$address() {
        return PetscOptionsSetValue.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsSetValue(PetscOptions, const char[], const char[])
     * }
     */
    public static int PetscOptionsSetValue(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = PetscOptionsSetValue.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsSetValue", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsClearValue {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsClearValue");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsClearValue(PetscOptions, const char[])
     * }
     */
    public static FunctionDescriptor PetscOptionsClearValue$descriptor() {
        return PetscOptionsClearValue.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsClearValue(PetscOptions, const char[])
     * }
     */
    public static MethodHandle PetscOptionsClearValue$handle() {
        return PetscOptionsClearValue.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsClearValue(PetscOptions, const char[])
     * }
     */
    public static MemorySegment PetscOptionsClearValue$address() {
        return PetscOptionsClearValue.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsClearValue(PetscOptions, const char[])
     * }
     */
    public static int PetscOptionsClearValue(MemorySegment x0, MemorySegment x1) {
        var mh$ = PetscOptionsClearValue.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsClearValue", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsHasName {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsHasName");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsHasName(PetscOptions, const char[], const char[], PetscBool *)
     * }
     */
    public static FunctionDescriptor PetscOptionsHasName$descriptor() {
        return PetscOptionsHasName.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsHasName(PetscOptions, const char[], const char[], PetscBool *)
     * }
     */
    public static MethodHandle PetscOptionsHasName$handle() {
        return PetscOptionsHasName.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsHasName(PetscOptions, const char[], const char[], PetscBool *)
     * }
     */
    public static MemorySegment PetscOptionsHasName$address() {
        return PetscOptionsHasName.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsHasName(PetscOptions, const char[], const char[], PetscBool *)
     * }
     */
    public static int PetscOptionsHasName(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = PetscOptionsHasName.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsHasName", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscErrorMessage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscErrorMessage");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscErrorMessage(int, const char *[], char **)
     * }
     */
    public static FunctionDescriptor PetscErrorMessage$descriptor() {
        return PetscErrorMessage.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscErrorMessage(int, const char *[], char **)
     * }
     */
    public static MethodHandle PetscErrorMessage$handle() {
        return PetscErrorMessage.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscErrorMessage(int, const char *[], char **)
     * }
     */
    public static MemorySegment PetscErrorMessage$address() {
        return PetscErrorMessage.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscErrorMessage(int, const char *[], char **)
     * }
     */
    public static int PetscErrorMessage(int x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = PetscErrorMessage.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscErrorMessage", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscPushErrorHandler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscPushErrorHandler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscPushErrorHandler(
     *     PetscErrorCode (*handler)(MPI_Comm, int, const char *, const char *, PetscErrorCode, PetscErrorType, const char *, void *),
     *     void *)
     * }
     */
    public static FunctionDescriptor PetscPushErrorHandler$descriptor() {
        return PetscPushErrorHandler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscPushErrorHandler(
     *     PetscErrorCode (*handler)(MPI_Comm, int, const char *, const char *, PetscErrorCode, PetscErrorType, const char *, void *),
     *     void *)
     * }
     */
    public static MethodHandle PetscPushErrorHandler$handle() {
        return PetscPushErrorHandler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscPushErrorHandler(
     *     PetscErrorCode (*handler)(MPI_Comm, int, const char *, const char *, PetscErrorCode, PetscErrorType, const char *, void *),
     *     void *)
     * }
     */
    public static MemorySegment PetscPushErrorHandler$address() {
        return PetscPushErrorHandler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscPushErrorHandler(
     *     PetscErrorCode (*handler)(MPI_Comm, int, const char *, const char *, PetscErrorCode, PetscErrorType, const char *, void *),
     *     void *)
     * }
     */
    public static int PetscPushErrorHandler(MemorySegment handler, MemorySegment x1) {
        var mh$ = PetscPushErrorHandler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscPushErrorHandler", handler, x1);
            }
            return (int) mh$.invokeExact(handler, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscPopErrorHandler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscPopErrorHandler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscPopErrorHandler(void)
     * }
     */
    public static FunctionDescriptor PetscPopErrorHandler$descriptor() {
        return PetscPopErrorHandler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscPopErrorHandler(void)
     * }
     */
    public static MethodHandle PetscPopErrorHandler$handle() {
        return PetscPopErrorHandler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscPopErrorHandler(void)
     * }
     */
    public static MemorySegment PetscPopErrorHandler$address() {
        return PetscPopErrorHandler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscPopErrorHandler(void)
     * }
     */
    public static int PetscPopErrorHandler() {
        var mh$ = PetscPopErrorHandler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscPopErrorHandler");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscIgnoreErrorHandler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscIgnoreErrorHandler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscIgnoreErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static FunctionDescriptor PetscIgnoreErrorHandler$descriptor() {
        return PetscIgnoreErrorHandler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscIgnoreErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static MethodHandle PetscIgnoreErrorHandler$handle() {
        return PetscIgnoreErrorHandler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscIgnoreErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static MemorySegment PetscIgnoreErrorHandler$address() {
        return PetscIgnoreErrorHandler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscIgnoreErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static int PetscIgnoreErrorHandler(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3, int x4, int x5, MemorySegment x6, MemorySegment x7) {
        var mh$ = PetscIgnoreErrorHandler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscIgnoreErrorHandler", x0, x1, x2, x3, x4, x5, x6, x7);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6, x7);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscTraceBackErrorHandler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscTraceBackErrorHandler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscTraceBackErrorHandler(MPI_Comm, int, const char *, const char *,
     *     PetscErrorCode, PetscErrorType, const char *, void *)
     * }
     */
    public static FunctionDescriptor PetscTraceBackErrorHandler$descriptor() {
        return PetscTraceBackErrorHandler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscTraceBackErrorHandler(MPI_Comm, int, const char *, const char *,
     *     PetscErrorCode, PetscErrorType, const char *, void *)
     * }
     */
    public static MethodHandle PetscTraceBackErrorHandler$handle() {
        return PetscTraceBackErrorHandler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscTraceBackErrorHandler(MPI_Comm, int, const char *, const char *,
     *     PetscErrorCode, PetscErrorType, const char *, void *)
     * }
     */
    public static MemorySegment PetscTraceBackErrorHandler$address() {
        return PetscTraceBackErrorHandler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscTraceBackErrorHandler(MPI_Comm, int, const char *, const char *,
     *     PetscErrorCode, PetscErrorType, const char *, void *)
     * }
     */
    public static int PetscTraceBackErrorHandler(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3, int x4, int x5, MemorySegment x6, MemorySegment x7) {
        var mh$ = PetscTraceBackErrorHandler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscTraceBackErrorHandler", x0, x1, x2, x3, x4, x5, x6, x7);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6, x7);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscReturnErrorHandler {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscReturnErrorHandler");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscReturnErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static FunctionDescriptor PetscReturnErrorHandler$descriptor() {
        return PetscReturnErrorHandler.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscReturnErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static MethodHandle PetscReturnErrorHandler$handle() {
        return PetscReturnErrorHandler.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscReturnErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static MemorySegment PetscReturnErrorHandler$address() {
        return PetscReturnErrorHandler.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscReturnErrorHandler(MPI_Comm, int, const char *, const char *, PetscErrorCode,
     *     PetscErrorType, const char *, void *)
     * }
     */
    public static int PetscReturnErrorHandler(MemorySegment x0, int x1, MemorySegment x2, MemorySegment x3, int x4, int x5, MemorySegment x6, MemorySegment x7) {
        var mh$ = PetscReturnErrorHandler.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscReturnErrorHandler", x0, x1, x2, x3, x4, x5, x6, x7);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6, x7);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscMemorySetGetMaximumUsage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscMemorySetGetMaximumUsage");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemorySetGetMaximumUsage(void)
     * }
     */
    public static FunctionDescriptor PetscMemorySetGetMaximumUsage$descriptor() {
        return PetscMemorySetGetMaximumUsage.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemorySetGetMaximumUsage(void)
     * }
     */
    public static MethodHandle PetscMemorySetGetMaximumUsage$handle() {
        return PetscMemorySetGetMaximumUsage.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemorySetGetMaximumUsage(void)
     * }
     */
    public static MemorySegment PetscMemorySetGetMaximumUsage$address() {
        return PetscMemorySetGetMaximumUsage.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscMemorySetGetMaximumUsage(void)
     * }
     */
    public static int PetscMemorySetGetMaximumUsage() {
        var mh$ = PetscMemorySetGetMaximumUsage.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscMemorySetGetMaximumUsage");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscMemoryGetMaximumUsage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscMemoryGetMaximumUsage");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static FunctionDescriptor PetscMemoryGetMaximumUsage$descriptor() {
        return PetscMemoryGetMaximumUsage.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static MethodHandle PetscMemoryGetMaximumUsage$handle() {
        return PetscMemoryGetMaximumUsage.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static MemorySegment PetscMemoryGetMaximumUsage$address() {
        return PetscMemoryGetMaximumUsage.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static int PetscMemoryGetMaximumUsage(MemorySegment x0) {
        var mh$ = PetscMemoryGetMaximumUsage.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscMemoryGetMaximumUsage", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscMemoryGetCurrentUsage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscMemoryGetCurrentUsage");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetCurrentUsage(PetscLogDouble *)
     * }
     */
    public static FunctionDescriptor PetscMemoryGetCurrentUsage$descriptor() {
        return PetscMemoryGetCurrentUsage.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetCurrentUsage(PetscLogDouble *)
     * }
     */
    public static MethodHandle PetscMemoryGetCurrentUsage$handle() {
        return PetscMemoryGetCurrentUsage.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetCurrentUsage(PetscLogDouble *)
     * }
     */
    public static MemorySegment PetscMemoryGetCurrentUsage$address() {
        return PetscMemoryGetCurrentUsage.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscMemoryGetCurrentUsage(PetscLogDouble *)
     * }
     */
    public static int PetscMemoryGetCurrentUsage(MemorySegment x0) {
        var mh$ = PetscMemoryGetCurrentUsage.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscMemoryGetCurrentUsage", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscMallocGetMaximumUsage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscMallocGetMaximumUsage");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMallocGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static FunctionDescriptor PetscMallocGetMaximumUsage$descriptor() {
        return PetscMallocGetMaximumUsage.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMallocGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static MethodHandle PetscMallocGetMaximumUsage$handle() {
        return PetscMallocGetMaximumUsage.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscMallocGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static MemorySegment PetscMallocGetMaximumUsage$address() {
        return PetscMallocGetMaximumUsage.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscMallocGetMaximumUsage(PetscLogDouble *)
     * }
     */
    public static int PetscMallocGetMaximumUsage(MemorySegment x0) {
        var mh$ = PetscMallocGetMaximumUsage.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscMallocGetMaximumUsage", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatCreate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatCreate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreate(MPI_Comm, Mat *)
     * }
     */
    public static FunctionDescriptor MatCreate$descriptor() {
        return MatCreate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreate(MPI_Comm, Mat *)
     * }
     */
    public static MethodHandle MatCreate$handle() {
        return MatCreate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreate(MPI_Comm, Mat *)
     * }
     */
    public static MemorySegment MatCreate$address() {
        return MatCreate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatCreate(MPI_Comm, Mat *)
     * }
     */
    public static int MatCreate(MemorySegment x0, MemorySegment x1) {
        var mh$ = MatCreate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatCreate", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetSizes {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetSizes");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetSizes(Mat, PetscInt, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static FunctionDescriptor MatSetSizes$descriptor() {
        return MatSetSizes.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetSizes(Mat, PetscInt, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static MethodHandle MatSetSizes$handle() {
        return MatSetSizes.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetSizes(Mat, PetscInt, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static MemorySegment MatSetSizes$address() {
        return MatSetSizes.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetSizes(Mat, PetscInt, PetscInt, PetscInt, PetscInt)
     * }
     */
    public static int MatSetSizes(MemorySegment x0, int x1, int x2, int x3, int x4) {
        var mh$ = MatSetSizes.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetSizes", x0, x1, x2, x3, x4);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetType(Mat, MatType)
     * }
     */
    public static FunctionDescriptor MatSetType$descriptor() {
        return MatSetType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetType(Mat, MatType)
     * }
     */
    public static MethodHandle MatSetType$handle() {
        return MatSetType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetType(Mat, MatType)
     * }
     */
    public static MemorySegment MatSetType$address() {
        return MatSetType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetType(Mat, MatType)
     * }
     */
    public static int MatSetType(MemorySegment x0, MemorySegment x1) {
        var mh$ = MatSetType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetBlockSize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetBlockSize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetBlockSize(Mat, PetscInt)
     * }
     */
    public static FunctionDescriptor MatSetBlockSize$descriptor() {
        return MatSetBlockSize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetBlockSize(Mat, PetscInt)
     * }
     */
    public static MethodHandle MatSetBlockSize$handle() {
        return MatSetBlockSize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetBlockSize(Mat, PetscInt)
     * }
     */
    public static MemorySegment MatSetBlockSize$address() {
        return MatSetBlockSize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetBlockSize(Mat, PetscInt)
     * }
     */
    public static int MatSetBlockSize(MemorySegment x0, int x1) {
        var mh$ = MatSetBlockSize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetBlockSize", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetUp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetUp");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetUp(Mat)
     * }
     */
    public static FunctionDescriptor MatSetUp$descriptor() {
        return MatSetUp.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetUp(Mat)
     * }
     */
    public static MethodHandle MatSetUp$handle() {
        return MatSetUp.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetUp(Mat)
     * }
     */
    public static MemorySegment MatSetUp$address() {
        return MatSetUp.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetUp(Mat)
     * }
     */
    public static int MatSetUp(MemorySegment x0) {
        var mh$ = MatSetUp.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetUp", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSeqAIJSetPreallocation {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSeqAIJSetPreallocation");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSeqAIJSetPreallocation(Mat, PetscInt, const PetscInt[])
     * }
     */
    public static FunctionDescriptor MatSeqAIJSetPreallocation$descriptor() {
        return MatSeqAIJSetPreallocation.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSeqAIJSetPreallocation(Mat, PetscInt, const PetscInt[])
     * }
     */
    public static MethodHandle MatSeqAIJSetPreallocation$handle() {
        return MatSeqAIJSetPreallocation.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSeqAIJSetPreallocation(Mat, PetscInt, const PetscInt[])
     * }
     */
    public static MemorySegment MatSeqAIJSetPreallocation$address() {
        return MatSeqAIJSetPreallocation.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSeqAIJSetPreallocation(Mat, PetscInt, const PetscInt[])
     * }
     */
    public static int MatSeqAIJSetPreallocation(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatSeqAIJSetPreallocation.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSeqAIJSetPreallocation", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMPIAIJSetPreallocation {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMPIAIJSetPreallocation");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMPIAIJSetPreallocation(Mat, PetscInt, const PetscInt[], PetscInt,
     *     const PetscInt[])
     * }
     */
    public static FunctionDescriptor MatMPIAIJSetPreallocation$descriptor() {
        return MatMPIAIJSetPreallocation.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMPIAIJSetPreallocation(Mat, PetscInt, const PetscInt[], PetscInt,
     *     const PetscInt[])
     * }
     */
    public static MethodHandle MatMPIAIJSetPreallocation$handle() {
        return MatMPIAIJSetPreallocation.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMPIAIJSetPreallocation(Mat, PetscInt, const PetscInt[], PetscInt,
     *     const PetscInt[])
     * }
     */
    public static MemorySegment MatMPIAIJSetPreallocation$address() {
        return MatMPIAIJSetPreallocation.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMPIAIJSetPreallocation(Mat, PetscInt, const PetscInt[], PetscInt,
     *     const PetscInt[])
     * }
     */
    public static int MatMPIAIJSetPreallocation(MemorySegment x0, int x1, MemorySegment x2, int x3, MemorySegment x4) {
        var mh$ = MatMPIAIJSetPreallocation.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMPIAIJSetPreallocation", x0, x1, x2, x3, x4);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatCreateSeqAIJWithArrays {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatCreateSeqAIJWithArrays");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt[], PetscInt[],
     *     PetscScalar[], Mat *)
     * }
     */
    public static FunctionDescriptor MatCreateSeqAIJWithArrays$descriptor() {
        return MatCreateSeqAIJWithArrays.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt[], PetscInt[],
     *     PetscScalar[], Mat *)
     * }
     */
    public static MethodHandle MatCreateSeqAIJWithArrays$handle() {
        return MatCreateSeqAIJWithArrays.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt[], PetscInt[],
     *     PetscScalar[], Mat *)
     * }
     */
    public static MemorySegment MatCreateSeqAIJWithArrays$address() {
        return MatCreateSeqAIJWithArrays.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt[], PetscInt[],
     *     PetscScalar[], Mat *)
     * }
     */
    public static int MatCreateSeqAIJWithArrays(MemorySegment x0, int x1, int x2, MemorySegment x3, MemorySegment x4, MemorySegment x5, MemorySegment x6) {
        var mh$ = MatCreateSeqAIJWithArrays.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatCreateSeqAIJWithArrays", x0, x1, x2, x3, x4, x5, x6);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatCreateMPIAIJWithArrays {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatCreateMPIAIJWithArrays");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPIAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static FunctionDescriptor MatCreateMPIAIJWithArrays$descriptor() {
        return MatCreateMPIAIJWithArrays.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPIAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static MethodHandle MatCreateMPIAIJWithArrays$handle() {
        return MatCreateMPIAIJWithArrays.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPIAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static MemorySegment MatCreateMPIAIJWithArrays$address() {
        return MatCreateMPIAIJWithArrays.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPIAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static int MatCreateMPIAIJWithArrays(MemorySegment x0, int x1, int x2, int x3, int x4, MemorySegment x5, MemorySegment x6, MemorySegment x7, MemorySegment x8) {
        var mh$ = MatCreateMPIAIJWithArrays.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatCreateMPIAIJWithArrays", x0, x1, x2, x3, x4, x5, x6, x7, x8);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6, x7, x8);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatCreateSeqSBAIJWithArrays {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatCreateSeqSBAIJWithArrays");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqSBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt[],
     *     PetscInt[], PetscScalar[], Mat *)
     * }
     */
    public static FunctionDescriptor MatCreateSeqSBAIJWithArrays$descriptor() {
        return MatCreateSeqSBAIJWithArrays.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqSBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt[],
     *     PetscInt[], PetscScalar[], Mat *)
     * }
     */
    public static MethodHandle MatCreateSeqSBAIJWithArrays$handle() {
        return MatCreateSeqSBAIJWithArrays.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqSBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt[],
     *     PetscInt[], PetscScalar[], Mat *)
     * }
     */
    public static MemorySegment MatCreateSeqSBAIJWithArrays$address() {
        return MatCreateSeqSBAIJWithArrays.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatCreateSeqSBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt[],
     *     PetscInt[], PetscScalar[], Mat *)
     * }
     */
    public static int MatCreateSeqSBAIJWithArrays(MemorySegment x0, int x1, int x2, int x3, MemorySegment x4, MemorySegment x5, MemorySegment x6, MemorySegment x7) {
        var mh$ = MatCreateSeqSBAIJWithArrays.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatCreateSeqSBAIJWithArrays", x0, x1, x2, x3, x4, x5, x6, x7);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6, x7);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatCreateMPISBAIJWithArrays {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatCreateMPISBAIJWithArrays");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPISBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     PetscInt, const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static FunctionDescriptor MatCreateMPISBAIJWithArrays$descriptor() {
        return MatCreateMPISBAIJWithArrays.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPISBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     PetscInt, const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static MethodHandle MatCreateMPISBAIJWithArrays$handle() {
        return MatCreateMPISBAIJWithArrays.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPISBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     PetscInt, const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static MemorySegment MatCreateMPISBAIJWithArrays$address() {
        return MatCreateMPISBAIJWithArrays.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatCreateMPISBAIJWithArrays(MPI_Comm, PetscInt, PetscInt, PetscInt, PetscInt,
     *     PetscInt, const PetscInt[], const PetscInt[], const PetscScalar[], Mat *)
     * }
     */
    public static int MatCreateMPISBAIJWithArrays(MemorySegment x0, int x1, int x2, int x3, int x4, int x5, MemorySegment x6, MemorySegment x7, MemorySegment x8, MemorySegment x9) {
        var mh$ = MatCreateMPISBAIJWithArrays.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatCreateMPISBAIJWithArrays", x0, x1, x2, x3, x4, x5, x6, x7, x8, x9);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6, x7, x8, x9);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetValues {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetValues");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetValues(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static FunctionDescriptor MatSetValues$descriptor() {
        return MatSetValues.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetValues(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static MethodHandle MatSetValues$handle() {
        return MatSetValues.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetValues(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static MemorySegment MatSetValues$address() {
        return MatSetValues.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetValues(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static int MatSetValues(MemorySegment x0, int x1, MemorySegment x2, int x3, MemorySegment x4, MemorySegment x5, int x6) {
        var mh$ = MatSetValues.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetValues", x0, x1, x2, x3, x4, x5, x6);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetValuesBlocked {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetValuesBlocked");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetValuesBlocked(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static FunctionDescriptor MatSetValuesBlocked$descriptor() {
        return MatSetValuesBlocked.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetValuesBlocked(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static MethodHandle MatSetValuesBlocked$handle() {
        return MatSetValuesBlocked.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetValuesBlocked(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static MemorySegment MatSetValuesBlocked$address() {
        return MatSetValuesBlocked.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetValuesBlocked(Mat, PetscInt, const PetscInt[], PetscInt, const PetscInt[],
     *     const PetscScalar[], InsertMode)
     * }
     */
    public static int MatSetValuesBlocked(MemorySegment x0, int x1, MemorySegment x2, int x3, MemorySegment x4, MemorySegment x5, int x6) {
        var mh$ = MatSetValuesBlocked.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetValuesBlocked", x0, x1, x2, x3, x4, x5, x6);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5, x6);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatSetOption {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatSetOption");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetOption(Mat, MatOption, PetscBool)
     * }
     */
    public static FunctionDescriptor MatSetOption$descriptor() {
        return MatSetOption.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetOption(Mat, MatOption, PetscBool)
     * }
     */
    public static MethodHandle MatSetOption$handle() {
        return MatSetOption.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatSetOption(Mat, MatOption, PetscBool)
     * }
     */
    public static MemorySegment MatSetOption$address() {
        return MatSetOption.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatSetOption(Mat, MatOption, PetscBool)
     * }
     */
    public static int MatSetOption(MemorySegment x0, int x1, int x2) {
        var mh$ = MatSetOption.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatSetOption", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatAssemblyBegin {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatAssemblyBegin");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyBegin(Mat, MatAssemblyType)
     * }
     */
    public static FunctionDescriptor MatAssemblyBegin$descriptor() {
        return MatAssemblyBegin.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyBegin(Mat, MatAssemblyType)
     * }
     */
    public static MethodHandle MatAssemblyBegin$handle() {
        return MatAssemblyBegin.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyBegin(Mat, MatAssemblyType)
     * }
     */
    public static MemorySegment MatAssemblyBegin$address() {
        return MatAssemblyBegin.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyBegin(Mat, MatAssemblyType)
     * }
     */
    public static int MatAssemblyBegin(MemorySegment x0, int x1) {
        var mh$ = MatAssemblyBegin.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatAssemblyBegin", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatAssemblyEnd {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatAssemblyEnd");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyEnd(Mat, MatAssemblyType)
     * }
     */
    public static FunctionDescriptor MatAssemblyEnd$descriptor() {
        return MatAssemblyEnd.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyEnd(Mat, MatAssemblyType)
     * }
     */
    public static MethodHandle MatAssemblyEnd$handle() {
        return MatAssemblyEnd.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyEnd(Mat, MatAssemblyType)
     * }
     */
    public static MemorySegment MatAssemblyEnd$address() {
        return MatAssemblyEnd.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatAssemblyEnd(Mat, MatAssemblyType)
     * }
     */
    public static int MatAssemblyEnd(MemorySegment x0, int x1) {
        var mh$ = MatAssemblyEnd.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatAssemblyEnd", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatDestroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatDestroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatDestroy(Mat *)
     * }
     */
    public static FunctionDescriptor MatDestroy$descriptor() {
        return MatDestroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatDestroy(Mat *)
     * }
     */
    public static MethodHandle MatDestroy$handle() {
        return MatDestroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatDestroy(Mat *)
     * }
     */
    public static MemorySegment MatDestroy$address() {
        return MatDestroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatDestroy(Mat *)
     * }
     */
    public static int MatDestroy(MemorySegment x0) {
        var mh$ = MatDestroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatDestroy", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatGetSize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatGetSize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatGetSize$descriptor() {
        return MatGetSize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle MatGetSize$handle() {
        return MatGetSize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment MatGetSize$address() {
        return MatGetSize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatGetSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static int MatGetSize(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = MatGetSize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatGetSize", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatGetLocalSize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatGetLocalSize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetLocalSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatGetLocalSize$descriptor() {
        return MatGetLocalSize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetLocalSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle MatGetLocalSize$handle() {
        return MatGetLocalSize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetLocalSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment MatGetLocalSize$address() {
        return MatGetLocalSize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatGetLocalSize(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static int MatGetLocalSize(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = MatGetLocalSize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatGetLocalSize", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatGetOwnershipRange {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatGetOwnershipRange");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetOwnershipRange(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatGetOwnershipRange$descriptor() {
        return MatGetOwnershipRange.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetOwnershipRange(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle MatGetOwnershipRange$handle() {
        return MatGetOwnershipRange.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetOwnershipRange(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment MatGetOwnershipRange$address() {
        return MatGetOwnershipRange.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatGetOwnershipRange(Mat, PetscInt *, PetscInt *)
     * }
     */
    public static int MatGetOwnershipRange(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = MatGetOwnershipRange.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatGetOwnershipRange", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatDuplicate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatDuplicate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatDuplicate(Mat, MatDuplicateOption, Mat *)
     * }
     */
    public static FunctionDescriptor MatDuplicate$descriptor() {
        return MatDuplicate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatDuplicate(Mat, MatDuplicateOption, Mat *)
     * }
     */
    public static MethodHandle MatDuplicate$handle() {
        return MatDuplicate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatDuplicate(Mat, MatDuplicateOption, Mat *)
     * }
     */
    public static MemorySegment MatDuplicate$address() {
        return MatDuplicate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatDuplicate(Mat, MatDuplicateOption, Mat *)
     * }
     */
    public static int MatDuplicate(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatDuplicate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatDuplicate", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatShift {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatShift");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatShift(Mat, PetscScalar)
     * }
     */
    public static FunctionDescriptor MatShift$descriptor() {
        return MatShift.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatShift(Mat, PetscScalar)
     * }
     */
    public static MethodHandle MatShift$handle() {
        return MatShift.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatShift(Mat, PetscScalar)
     * }
     */
    public static MemorySegment MatShift$address() {
        return MatShift.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatShift(Mat, PetscScalar)
     * }
     */
    public static int MatShift(MemorySegment x0, double x1) {
        var mh$ = MatShift.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatShift", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMult {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMult");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMult(Mat, Vec, Vec)
     * }
     */
    public static FunctionDescriptor MatMult$descriptor() {
        return MatMult.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMult(Mat, Vec, Vec)
     * }
     */
    public static MethodHandle MatMult$handle() {
        return MatMult.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMult(Mat, Vec, Vec)
     * }
     */
    public static MemorySegment MatMult$address() {
        return MatMult.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMult(Mat, Vec, Vec)
     * }
     */
    public static int MatMult(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = MatMult.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMult", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatCreateVecs {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatCreateVecs");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateVecs(Mat, Vec *, Vec *)
     * }
     */
    public static FunctionDescriptor MatCreateVecs$descriptor() {
        return MatCreateVecs.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateVecs(Mat, Vec *, Vec *)
     * }
     */
    public static MethodHandle MatCreateVecs$handle() {
        return MatCreateVecs.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatCreateVecs(Mat, Vec *, Vec *)
     * }
     */
    public static MemorySegment MatCreateVecs$address() {
        return MatCreateVecs.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatCreateVecs(Mat, Vec *, Vec *)
     * }
     */
    public static int MatCreateVecs(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = MatCreateVecs.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatCreateVecs", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatNorm {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatNorm");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatNorm(Mat, NormType, PetscReal *)
     * }
     */
    public static FunctionDescriptor MatNorm$descriptor() {
        return MatNorm.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatNorm(Mat, NormType, PetscReal *)
     * }
     */
    public static MethodHandle MatNorm$handle() {
        return MatNorm.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatNorm(Mat, NormType, PetscReal *)
     * }
     */
    public static MemorySegment MatNorm$address() {
        return MatNorm.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatNorm(Mat, NormType, PetscReal *)
     * }
     */
    public static int MatNorm(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatNorm.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatNorm", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatIsSymmetric {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_DOUBLE,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatIsSymmetric");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatIsSymmetric(Mat, PetscReal, PetscBool *)
     * }
     */
    public static FunctionDescriptor MatIsSymmetric$descriptor() {
        return MatIsSymmetric.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatIsSymmetric(Mat, PetscReal, PetscBool *)
     * }
     */
    public static MethodHandle MatIsSymmetric$handle() {
        return MatIsSymmetric.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatIsSymmetric(Mat, PetscReal, PetscBool *)
     * }
     */
    public static MemorySegment MatIsSymmetric$address() {
        return MatIsSymmetric.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatIsSymmetric(Mat, PetscReal, PetscBool *)
     * }
     */
    public static int MatIsSymmetric(MemorySegment x0, double x1, MemorySegment x2) {
        var mh$ = MatIsSymmetric.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatIsSymmetric", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatGetInertia {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatGetInertia");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetInertia(Mat, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatGetInertia$descriptor() {
        return MatGetInertia.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetInertia(Mat, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle MatGetInertia$handle() {
        return MatGetInertia.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetInertia(Mat, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment MatGetInertia$address() {
        return MatGetInertia.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatGetInertia(Mat, PetscInt *, PetscInt *, PetscInt *)
     * }
     */
    public static int MatGetInertia(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = MatGetInertia.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatGetInertia", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecCreateSeq {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecCreateSeq");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeq(MPI_Comm, PetscInt, Vec *)
     * }
     */
    public static FunctionDescriptor VecCreateSeq$descriptor() {
        return VecCreateSeq.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeq(MPI_Comm, PetscInt, Vec *)
     * }
     */
    public static MethodHandle VecCreateSeq$handle() {
        return VecCreateSeq.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeq(MPI_Comm, PetscInt, Vec *)
     * }
     */
    public static MemorySegment VecCreateSeq$address() {
        return VecCreateSeq.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeq(MPI_Comm, PetscInt, Vec *)
     * }
     */
    public static int VecCreateSeq(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = VecCreateSeq.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecCreateSeq", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecCreateMPI {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecCreateMPI");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPI(MPI_Comm, PetscInt, PetscInt, Vec *)
     * }
     */
    public static FunctionDescriptor VecCreateMPI$descriptor() {
        return VecCreateMPI.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPI(MPI_Comm, PetscInt, PetscInt, Vec *)
     * }
     */
    public static MethodHandle VecCreateMPI$handle() {
        return VecCreateMPI.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPI(MPI_Comm, PetscInt, PetscInt, Vec *)
     * }
     */
    public static MemorySegment VecCreateMPI$address() {
        return VecCreateMPI.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPI(MPI_Comm, PetscInt, PetscInt, Vec *)
     * }
     */
    public static int VecCreateMPI(MemorySegment x0, int x1, int x2, MemorySegment x3) {
        var mh$ = VecCreateMPI.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecCreateMPI", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecCreateSeqWithArray {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecCreateSeqWithArray");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeqWithArray(MPI_Comm, PetscInt, PetscInt, const PetscScalar[], Vec *)
     * }
     */
    public static FunctionDescriptor VecCreateSeqWithArray$descriptor() {
        return VecCreateSeqWithArray.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeqWithArray(MPI_Comm, PetscInt, PetscInt, const PetscScalar[], Vec *)
     * }
     */
    public static MethodHandle VecCreateSeqWithArray$handle() {
        return VecCreateSeqWithArray.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeqWithArray(MPI_Comm, PetscInt, PetscInt, const PetscScalar[], Vec *)
     * }
     */
    public static MemorySegment VecCreateSeqWithArray$address() {
        return VecCreateSeqWithArray.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecCreateSeqWithArray(MPI_Comm, PetscInt, PetscInt, const PetscScalar[], Vec *)
     * }
     */
    public static int VecCreateSeqWithArray(MemorySegment x0, int x1, int x2, MemorySegment x3, MemorySegment x4) {
        var mh$ = VecCreateSeqWithArray.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecCreateSeqWithArray", x0, x1, x2, x3, x4);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecCreateMPIWithArray {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecCreateMPIWithArray");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPIWithArray(MPI_Comm, PetscInt, PetscInt, PetscInt, const PetscScalar[],
     *     Vec *)
     * }
     */
    public static FunctionDescriptor VecCreateMPIWithArray$descriptor() {
        return VecCreateMPIWithArray.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPIWithArray(MPI_Comm, PetscInt, PetscInt, PetscInt, const PetscScalar[],
     *     Vec *)
     * }
     */
    public static MethodHandle VecCreateMPIWithArray$handle() {
        return VecCreateMPIWithArray.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPIWithArray(MPI_Comm, PetscInt, PetscInt, PetscInt, const PetscScalar[],
     *     Vec *)
     * }
     */
    public static MemorySegment VecCreateMPIWithArray$address() {
        return VecCreateMPIWithArray.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecCreateMPIWithArray(MPI_Comm, PetscInt, PetscInt, PetscInt, const PetscScalar[],
     *     Vec *)
     * }
     */
    public static int VecCreateMPIWithArray(MemorySegment x0, int x1, int x2, int x3, MemorySegment x4, MemorySegment x5) {
        var mh$ = VecCreateMPIWithArray.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecCreateMPIWithArray", x0, x1, x2, x3, x4, x5);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3, x4, x5);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecDuplicate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecDuplicate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecDuplicate(Vec, Vec *)
     * }
     */
    public static FunctionDescriptor VecDuplicate$descriptor() {
        return VecDuplicate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecDuplicate(Vec, Vec *)
     * }
     */
    public static MethodHandle VecDuplicate$handle() {
        return VecDuplicate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecDuplicate(Vec, Vec *)
     * }
     */
    public static MemorySegment VecDuplicate$address() {
        return VecDuplicate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecDuplicate(Vec, Vec *)
     * }
     */
    public static int VecDuplicate(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecDuplicate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecDuplicate", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecDestroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecDestroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecDestroy(Vec *)
     * }
     */
    public static FunctionDescriptor VecDestroy$descriptor() {
        return VecDestroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecDestroy(Vec *)
     * }
     */
    public static MethodHandle VecDestroy$handle() {
        return VecDestroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecDestroy(Vec *)
     * }
     */
    public static MemorySegment VecDestroy$address() {
        return VecDestroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecDestroy(Vec *)
     * }
     */
    public static int VecDestroy(MemorySegment x0) {
        var mh$ = VecDestroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecDestroy", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecGetArrayRead {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecGetArrayRead");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static FunctionDescriptor VecGetArrayRead$descriptor() {
        return VecGetArrayRead.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static MethodHandle VecGetArrayRead$handle() {
        return VecGetArrayRead.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static MemorySegment VecGetArrayRead$address() {
        return VecGetArrayRead.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecGetArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static int VecGetArrayRead(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecGetArrayRead.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecGetArrayRead", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecRestoreArrayRead {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecRestoreArrayRead");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static FunctionDescriptor VecRestoreArrayRead$descriptor() {
        return VecRestoreArrayRead.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static MethodHandle VecRestoreArrayRead$handle() {
        return VecRestoreArrayRead.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static MemorySegment VecRestoreArrayRead$address() {
        return VecRestoreArrayRead.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArrayRead(Vec, const PetscScalar **)
     * }
     */
    public static int VecRestoreArrayRead(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecRestoreArrayRead.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecRestoreArrayRead", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecGetArray {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecGetArray");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetArray(Vec, PetscScalar **)
     * }
     */
    public static FunctionDescriptor VecGetArray$descriptor() {
        return VecGetArray.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetArray(Vec, PetscScalar **)
     * }
     */
    public static MethodHandle VecGetArray$handle() {
        return VecGetArray.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetArray(Vec, PetscScalar **)
     * }
     */
    public static MemorySegment VecGetArray$address() {
        return VecGetArray.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecGetArray(Vec, PetscScalar **)
     * }
     */
    public static int VecGetArray(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecGetArray.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecGetArray", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecRestoreArray {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecRestoreArray");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArray(Vec, PetscScalar **)
     * }
     */
    public static FunctionDescriptor VecRestoreArray$descriptor() {
        return VecRestoreArray.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArray(Vec, PetscScalar **)
     * }
     */
    public static MethodHandle VecRestoreArray$handle() {
        return VecRestoreArray.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArray(Vec, PetscScalar **)
     * }
     */
    public static MemorySegment VecRestoreArray$address() {
        return VecRestoreArray.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecRestoreArray(Vec, PetscScalar **)
     * }
     */
    public static int VecRestoreArray(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecRestoreArray.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecRestoreArray", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecPlaceArray {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecPlaceArray");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecPlaceArray(Vec, const PetscScalar[])
     * }
     */
    public static FunctionDescriptor VecPlaceArray$descriptor() {
        return VecPlaceArray.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecPlaceArray(Vec, const PetscScalar[])
     * }
     */
    public static MethodHandle VecPlaceArray$handle() {
        return VecPlaceArray.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecPlaceArray(Vec, const PetscScalar[])
     * }
     */
    public static MemorySegment VecPlaceArray$address() {
        return VecPlaceArray.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecPlaceArray(Vec, const PetscScalar[])
     * }
     */
    public static int VecPlaceArray(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecPlaceArray.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecPlaceArray", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecResetArray {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecResetArray");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecResetArray(Vec)
     * }
     */
    public static FunctionDescriptor VecResetArray$descriptor() {
        return VecResetArray.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecResetArray(Vec)
     * }
     */
    public static MethodHandle VecResetArray$handle() {
        return VecResetArray.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecResetArray(Vec)
     * }
     */
    public static MemorySegment VecResetArray$address() {
        return VecResetArray.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecResetArray(Vec)
     * }
     */
    public static int VecResetArray(MemorySegment x0) {
        var mh$ = VecResetArray.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecResetArray", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecGetSize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecGetSize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetSize(Vec, PetscInt *)
     * }
     */
    public static FunctionDescriptor VecGetSize$descriptor() {
        return VecGetSize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetSize(Vec, PetscInt *)
     * }
     */
    public static MethodHandle VecGetSize$handle() {
        return VecGetSize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetSize(Vec, PetscInt *)
     * }
     */
    public static MemorySegment VecGetSize$address() {
        return VecGetSize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecGetSize(Vec, PetscInt *)
     * }
     */
    public static int VecGetSize(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecGetSize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecGetSize", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecGetLocalSize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecGetLocalSize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetLocalSize(Vec, PetscInt *)
     * }
     */
    public static FunctionDescriptor VecGetLocalSize$descriptor() {
        return VecGetLocalSize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetLocalSize(Vec, PetscInt *)
     * }
     */
    public static MethodHandle VecGetLocalSize$handle() {
        return VecGetLocalSize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetLocalSize(Vec, PetscInt *)
     * }
     */
    public static MemorySegment VecGetLocalSize$address() {
        return VecGetLocalSize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecGetLocalSize(Vec, PetscInt *)
     * }
     */
    public static int VecGetLocalSize(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecGetLocalSize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecGetLocalSize", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecGetOwnershipRange {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecGetOwnershipRange");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetOwnershipRange(Vec, PetscInt *, PetscInt *)
     * }
     */
    public static FunctionDescriptor VecGetOwnershipRange$descriptor() {
        return VecGetOwnershipRange.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetOwnershipRange(Vec, PetscInt *, PetscInt *)
     * }
     */
    public static MethodHandle VecGetOwnershipRange$handle() {
        return VecGetOwnershipRange.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecGetOwnershipRange(Vec, PetscInt *, PetscInt *)
     * }
     */
    public static MemorySegment VecGetOwnershipRange$address() {
        return VecGetOwnershipRange.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecGetOwnershipRange(Vec, PetscInt *, PetscInt *)
     * }
     */
    public static int VecGetOwnershipRange(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = VecGetOwnershipRange.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecGetOwnershipRange", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecSet {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecSet");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecSet(Vec, PetscScalar)
     * }
     */
    public static FunctionDescriptor VecSet$descriptor() {
        return VecSet.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecSet(Vec, PetscScalar)
     * }
     */
    public static MethodHandle VecSet$handle() {
        return VecSet.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecSet(Vec, PetscScalar)
     * }
     */
    public static MemorySegment VecSet$address() {
        return VecSet.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecSet(Vec, PetscScalar)
     * }
     */
    public static int VecSet(MemorySegment x0, double x1) {
        var mh$ = VecSet.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecSet", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecScale {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecScale");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecScale(Vec, PetscScalar)
     * }
     */
    public static FunctionDescriptor VecScale$descriptor() {
        return VecScale.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecScale(Vec, PetscScalar)
     * }
     */
    public static MethodHandle VecScale$handle() {
        return VecScale.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecScale(Vec, PetscScalar)
     * }
     */
    public static MemorySegment VecScale$address() {
        return VecScale.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecScale(Vec, PetscScalar)
     * }
     */
    public static int VecScale(MemorySegment x0, double x1) {
        var mh$ = VecScale.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecScale", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecCopy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecCopy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecCopy(Vec, Vec)
     * }
     */
    public static FunctionDescriptor VecCopy$descriptor() {
        return VecCopy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecCopy(Vec, Vec)
     * }
     */
    public static MethodHandle VecCopy$handle() {
        return VecCopy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecCopy(Vec, Vec)
     * }
     */
    public static MemorySegment VecCopy$address() {
        return VecCopy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecCopy(Vec, Vec)
     * }
     */
    public static int VecCopy(MemorySegment x0, MemorySegment x1) {
        var mh$ = VecCopy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecCopy", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecAXPY {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_DOUBLE,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecAXPY");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecAXPY(Vec, PetscScalar, Vec)
     * }
     */
    public static FunctionDescriptor VecAXPY$descriptor() {
        return VecAXPY.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecAXPY(Vec, PetscScalar, Vec)
     * }
     */
    public static MethodHandle VecAXPY$handle() {
        return VecAXPY.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecAXPY(Vec, PetscScalar, Vec)
     * }
     */
    public static MemorySegment VecAXPY$address() {
        return VecAXPY.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecAXPY(Vec, PetscScalar, Vec)
     * }
     */
    public static int VecAXPY(MemorySegment x0, double x1, MemorySegment x2) {
        var mh$ = VecAXPY.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecAXPY", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecDot {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecDot");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecDot(Vec, Vec, PetscScalar *)
     * }
     */
    public static FunctionDescriptor VecDot$descriptor() {
        return VecDot.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecDot(Vec, Vec, PetscScalar *)
     * }
     */
    public static MethodHandle VecDot$handle() {
        return VecDot.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecDot(Vec, Vec, PetscScalar *)
     * }
     */
    public static MemorySegment VecDot$address() {
        return VecDot.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecDot(Vec, Vec, PetscScalar *)
     * }
     */
    public static int VecDot(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = VecDot.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecDot", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class VecNorm {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("VecNorm");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode VecNorm(Vec, NormType, PetscReal *)
     * }
     */
    public static FunctionDescriptor VecNorm$descriptor() {
        return VecNorm.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode VecNorm(Vec, NormType, PetscReal *)
     * }
     */
    public static MethodHandle VecNorm$handle() {
        return VecNorm.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode VecNorm(Vec, NormType, PetscReal *)
     * }
     */
    public static MemorySegment VecNorm$address() {
        return VecNorm.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode VecNorm(Vec, NormType, PetscReal *)
     * }
     */
    public static int VecNorm(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = VecNorm.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("VecNorm", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class KSPSetType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("KSPSetType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode KSPSetType(KSP, KSPType)
     * }
     */
    public static FunctionDescriptor KSPSetType$descriptor() {
        return KSPSetType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode KSPSetType(KSP, KSPType)
     * }
     */
    public static MethodHandle KSPSetType$handle() {
        return KSPSetType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode KSPSetType(KSP, KSPType)
     * }
     */
    public static MemorySegment KSPSetType$address() {
        return KSPSetType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode KSPSetType(KSP, KSPType)
     * }
     */
    public static int KSPSetType(MemorySegment x0, MemorySegment x1) {
        var mh$ = KSPSetType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("KSPSetType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class KSPGetPC {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("KSPGetPC");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode KSPGetPC(KSP, PC *)
     * }
     */
    public static FunctionDescriptor KSPGetPC$descriptor() {
        return KSPGetPC.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode KSPGetPC(KSP, PC *)
     * }
     */
    public static MethodHandle KSPGetPC$handle() {
        return KSPGetPC.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode KSPGetPC(KSP, PC *)
     * }
     */
    public static MemorySegment KSPGetPC$address() {
        return KSPGetPC.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode KSPGetPC(KSP, PC *)
     * }
     */
    public static int KSPGetPC(MemorySegment x0, MemorySegment x1) {
        var mh$ = KSPGetPC.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("KSPGetPC", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PCSetType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PCSetType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PCSetType(PC, PCType)
     * }
     */
    public static FunctionDescriptor PCSetType$descriptor() {
        return PCSetType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PCSetType(PC, PCType)
     * }
     */
    public static MethodHandle PCSetType$handle() {
        return PCSetType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PCSetType(PC, PCType)
     * }
     */
    public static MemorySegment PCSetType$address() {
        return PCSetType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PCSetType(PC, PCType)
     * }
     */
    public static int PCSetType(MemorySegment x0, MemorySegment x1) {
        var mh$ = PCSetType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PCSetType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PCFactorSetMatSolverType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PCFactorSetMatSolverType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatSolverType(PC, MatSolverType)
     * }
     */
    public static FunctionDescriptor PCFactorSetMatSolverType$descriptor() {
        return PCFactorSetMatSolverType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatSolverType(PC, MatSolverType)
     * }
     */
    public static MethodHandle PCFactorSetMatSolverType$handle() {
        return PCFactorSetMatSolverType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatSolverType(PC, MatSolverType)
     * }
     */
    public static MemorySegment PCFactorSetMatSolverType$address() {
        return PCFactorSetMatSolverType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatSolverType(PC, MatSolverType)
     * }
     */
    public static int PCFactorSetMatSolverType(MemorySegment x0, MemorySegment x1) {
        var mh$ = PCFactorSetMatSolverType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PCFactorSetMatSolverType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PCFactorSetUpMatSolverType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PCFactorSetUpMatSolverType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetUpMatSolverType(PC)
     * }
     */
    public static FunctionDescriptor PCFactorSetUpMatSolverType$descriptor() {
        return PCFactorSetUpMatSolverType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetUpMatSolverType(PC)
     * }
     */
    public static MethodHandle PCFactorSetUpMatSolverType$handle() {
        return PCFactorSetUpMatSolverType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetUpMatSolverType(PC)
     * }
     */
    public static MemorySegment PCFactorSetUpMatSolverType$address() {
        return PCFactorSetUpMatSolverType.ADDR;
    }

    /**
     * Creates the factor matrix (e.g. MUMPS) before the factorisation, so that PCFactorGetMatrix can
     * return it and MatMumpsSetIcntl can set options on it.
     * <p>
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetUpMatSolverType(PC)
     * }
     */
    public static int PCFactorSetUpMatSolverType(MemorySegment x0) {
        var mh$ = PCFactorSetUpMatSolverType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PCFactorSetUpMatSolverType", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PCFactorSetMatOrderingType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PCFactorSetMatOrderingType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatOrderingType(PC, MatOrderingType)
     * }
     */
    public static FunctionDescriptor PCFactorSetMatOrderingType$descriptor() {
        return PCFactorSetMatOrderingType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatOrderingType(PC, MatOrderingType)
     * }
     */
    public static MethodHandle PCFactorSetMatOrderingType$handle() {
        return PCFactorSetMatOrderingType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatOrderingType(PC, MatOrderingType)
     * }
     */
    public static MemorySegment PCFactorSetMatOrderingType$address() {
        return PCFactorSetMatOrderingType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PCFactorSetMatOrderingType(PC, MatOrderingType)
     * }
     */
    public static int PCFactorSetMatOrderingType(MemorySegment x0, MemorySegment x1) {
        var mh$ = PCFactorSetMatOrderingType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PCFactorSetMatOrderingType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PCFactorGetMatrix {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PCFactorGetMatrix");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatrix(PC, Mat *)
     * }
     */
    public static FunctionDescriptor PCFactorGetMatrix$descriptor() {
        return PCFactorGetMatrix.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatrix(PC, Mat *)
     * }
     */
    public static MethodHandle PCFactorGetMatrix$handle() {
        return PCFactorGetMatrix.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatrix(PC, Mat *)
     * }
     */
    public static MemorySegment PCFactorGetMatrix$address() {
        return PCFactorGetMatrix.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatrix(PC, Mat *)
     * }
     */
    public static int PCFactorGetMatrix(MemorySegment x0, MemorySegment x1) {
        var mh$ = PCFactorGetMatrix.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PCFactorGetMatrix", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMumpsSetIcntl {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMumpsSetIcntl");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetIcntl(Mat, PetscInt, PetscInt)
     * }
     */
    public static FunctionDescriptor MatMumpsSetIcntl$descriptor() {
        return MatMumpsSetIcntl.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetIcntl(Mat, PetscInt, PetscInt)
     * }
     */
    public static MethodHandle MatMumpsSetIcntl$handle() {
        return MatMumpsSetIcntl.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetIcntl(Mat, PetscInt, PetscInt)
     * }
     */
    public static MemorySegment MatMumpsSetIcntl$address() {
        return MatMumpsSetIcntl.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetIcntl(Mat, PetscInt, PetscInt)
     * }
     */
    public static int MatMumpsSetIcntl(MemorySegment x0, int x1, int x2) {
        var mh$ = MatMumpsSetIcntl.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMumpsSetIcntl", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMumpsGetIcntl {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMumpsGetIcntl");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetIcntl(Mat, PetscInt, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatMumpsGetIcntl$descriptor() {
        return MatMumpsGetIcntl.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetIcntl(Mat, PetscInt, PetscInt *)
     * }
     */
    public static MethodHandle MatMumpsGetIcntl$handle() {
        return MatMumpsGetIcntl.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetIcntl(Mat, PetscInt, PetscInt *)
     * }
     */
    public static MemorySegment MatMumpsGetIcntl$address() {
        return MatMumpsGetIcntl.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetIcntl(Mat, PetscInt, PetscInt *)
     * }
     */
    public static int MatMumpsGetIcntl(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatMumpsGetIcntl.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMumpsGetIcntl", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMumpsSetCntl {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMumpsSetCntl");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetCntl(Mat, PetscInt, PetscReal)
     * }
     */
    public static FunctionDescriptor MatMumpsSetCntl$descriptor() {
        return MatMumpsSetCntl.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetCntl(Mat, PetscInt, PetscReal)
     * }
     */
    public static MethodHandle MatMumpsSetCntl$handle() {
        return MatMumpsSetCntl.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetCntl(Mat, PetscInt, PetscReal)
     * }
     */
    public static MemorySegment MatMumpsSetCntl$address() {
        return MatMumpsSetCntl.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsSetCntl(Mat, PetscInt, PetscReal)
     * }
     */
    public static int MatMumpsSetCntl(MemorySegment x0, int x1, double x2) {
        var mh$ = MatMumpsSetCntl.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMumpsSetCntl", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMumpsGetInfo {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMumpsGetInfo");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfo(Mat, PetscInt, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatMumpsGetInfo$descriptor() {
        return MatMumpsGetInfo.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfo(Mat, PetscInt, PetscInt *)
     * }
     */
    public static MethodHandle MatMumpsGetInfo$handle() {
        return MatMumpsGetInfo.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfo(Mat, PetscInt, PetscInt *)
     * }
     */
    public static MemorySegment MatMumpsGetInfo$address() {
        return MatMumpsGetInfo.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfo(Mat, PetscInt, PetscInt *)
     * }
     */
    public static int MatMumpsGetInfo(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatMumpsGetInfo.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMumpsGetInfo", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMumpsGetInfog {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMumpsGetInfog");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfog(Mat, PetscInt, PetscInt *)
     * }
     */
    public static FunctionDescriptor MatMumpsGetInfog$descriptor() {
        return MatMumpsGetInfog.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfog(Mat, PetscInt, PetscInt *)
     * }
     */
    public static MethodHandle MatMumpsGetInfog$handle() {
        return MatMumpsGetInfog.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfog(Mat, PetscInt, PetscInt *)
     * }
     */
    public static MemorySegment MatMumpsGetInfog$address() {
        return MatMumpsGetInfog.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetInfog(Mat, PetscInt, PetscInt *)
     * }
     */
    public static int MatMumpsGetInfog(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatMumpsGetInfog.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMumpsGetInfog", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatMumpsGetRinfog {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatMumpsGetRinfog");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetRinfog(Mat, PetscInt, PetscReal *)
     * }
     */
    public static FunctionDescriptor MatMumpsGetRinfog$descriptor() {
        return MatMumpsGetRinfog.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetRinfog(Mat, PetscInt, PetscReal *)
     * }
     */
    public static MethodHandle MatMumpsGetRinfog$handle() {
        return MatMumpsGetRinfog.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetRinfog(Mat, PetscInt, PetscReal *)
     * }
     */
    public static MemorySegment MatMumpsGetRinfog$address() {
        return MatMumpsGetRinfog.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatMumpsGetRinfog(Mat, PetscInt, PetscReal *)
     * }
     */
    public static int MatMumpsGetRinfog(MemorySegment x0, int x1, MemorySegment x2) {
        var mh$ = MatMumpsGetRinfog.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatMumpsGetRinfog", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsCreate {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsCreate");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsCreate(PetscOptions *)
     * }
     */
    public static FunctionDescriptor PetscOptionsCreate$descriptor() {
        return PetscOptionsCreate.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsCreate(PetscOptions *)
     * }
     */
    public static MethodHandle PetscOptionsCreate$handle() {
        return PetscOptionsCreate.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsCreate(PetscOptions *)
     * }
     */
    public static MemorySegment PetscOptionsCreate$address() {
        return PetscOptionsCreate.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsCreate(PetscOptions *)
     * }
     */
    public static int PetscOptionsCreate(MemorySegment x0) {
        var mh$ = PetscOptionsCreate.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsCreate", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsDestroy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsDestroy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsDestroy(PetscOptions *)
     * }
     */
    public static FunctionDescriptor PetscOptionsDestroy$descriptor() {
        return PetscOptionsDestroy.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsDestroy(PetscOptions *)
     * }
     */
    public static MethodHandle PetscOptionsDestroy$handle() {
        return PetscOptionsDestroy.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsDestroy(PetscOptions *)
     * }
     */
    public static MemorySegment PetscOptionsDestroy$address() {
        return PetscOptionsDestroy.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsDestroy(PetscOptions *)
     * }
     */
    public static int PetscOptionsDestroy(MemorySegment x0) {
        var mh$ = PetscOptionsDestroy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsDestroy", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsPush {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsPush");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPush(PetscOptions)
     * }
     */
    public static FunctionDescriptor PetscOptionsPush$descriptor() {
        return PetscOptionsPush.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPush(PetscOptions)
     * }
     */
    public static MethodHandle PetscOptionsPush$handle() {
        return PetscOptionsPush.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPush(PetscOptions)
     * }
     */
    public static MemorySegment PetscOptionsPush$address() {
        return PetscOptionsPush.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPush(PetscOptions)
     * }
     */
    public static int PetscOptionsPush(MemorySegment x0) {
        var mh$ = PetscOptionsPush.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsPush", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsPop {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsPop");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPop(void)
     * }
     */
    public static FunctionDescriptor PetscOptionsPop$descriptor() {
        return PetscOptionsPop.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPop(void)
     * }
     */
    public static MethodHandle PetscOptionsPop$handle() {
        return PetscOptionsPop.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPop(void)
     * }
     */
    public static MemorySegment PetscOptionsPop$address() {
        return PetscOptionsPop.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsPop(void)
     * }
     */
    public static int PetscOptionsPop() {
        var mh$ = PetscOptionsPop.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsPop");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsLeftGet {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsLeftGet");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftGet(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static FunctionDescriptor PetscOptionsLeftGet$descriptor() {
        return PetscOptionsLeftGet.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftGet(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static MethodHandle PetscOptionsLeftGet$handle() {
        return PetscOptionsLeftGet.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftGet(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static MemorySegment PetscOptionsLeftGet$address() {
        return PetscOptionsLeftGet.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftGet(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static int PetscOptionsLeftGet(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = PetscOptionsLeftGet.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsLeftGet", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PetscOptionsLeftRestore {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PetscOptionsLeftRestore");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftRestore(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static FunctionDescriptor PetscOptionsLeftRestore$descriptor() {
        return PetscOptionsLeftRestore.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftRestore(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static MethodHandle PetscOptionsLeftRestore$handle() {
        return PetscOptionsLeftRestore.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftRestore(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static MemorySegment PetscOptionsLeftRestore$address() {
        return PetscOptionsLeftRestore.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PetscOptionsLeftRestore(PetscOptions, PetscInt *, char ***, char ***)
     * }
     */
    public static int PetscOptionsLeftRestore(MemorySegment x0, MemorySegment x1, MemorySegment x2, MemorySegment x3) {
        var mh$ = PetscOptionsLeftRestore.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PetscOptionsLeftRestore", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class KSPSetUp {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("KSPSetUp");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode KSPSetUp(KSP)
     * }
     */
    public static FunctionDescriptor KSPSetUp$descriptor() {
        return KSPSetUp.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode KSPSetUp(KSP)
     * }
     */
    public static MethodHandle KSPSetUp$handle() {
        return KSPSetUp.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode KSPSetUp(KSP)
     * }
     */
    public static MemorySegment KSPSetUp$address() {
        return KSPSetUp.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode KSPSetUp(KSP)
     * }
     */
    public static int KSPSetUp(MemorySegment x0) {
        var mh$ = KSPSetUp.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("KSPSetUp", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MatGetFactorAvailable {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER,
            petsc_h.C_INT,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("MatGetFactorAvailable");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetFactorAvailable(Mat, MatSolverType, MatFactorType, PetscBool *)
     * }
     */
    public static FunctionDescriptor MatGetFactorAvailable$descriptor() {
        return MatGetFactorAvailable.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetFactorAvailable(Mat, MatSolverType, MatFactorType, PetscBool *)
     * }
     */
    public static MethodHandle MatGetFactorAvailable$handle() {
        return MatGetFactorAvailable.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode MatGetFactorAvailable(Mat, MatSolverType, MatFactorType, PetscBool *)
     * }
     */
    public static MemorySegment MatGetFactorAvailable$address() {
        return MatGetFactorAvailable.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode MatGetFactorAvailable(Mat, MatSolverType, MatFactorType, PetscBool *)
     * }
     */
    public static int MatGetFactorAvailable(MemorySegment x0, MemorySegment x1, int x2, MemorySegment x3) {
        var mh$ = MatGetFactorAvailable.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MatGetFactorAvailable", x0, x1, x2, x3);
            }
            return (int) mh$.invokeExact(x0, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class PCFactorGetMatSolverType {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("PCFactorGetMatSolverType");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatSolverType(PC, MatSolverType *)
     * }
     */
    public static FunctionDescriptor PCFactorGetMatSolverType$descriptor() {
        return PCFactorGetMatSolverType.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatSolverType(PC, MatSolverType *)
     * }
     */
    public static MethodHandle PCFactorGetMatSolverType$handle() {
        return PCFactorGetMatSolverType.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatSolverType(PC, MatSolverType *)
     * }
     */
    public static MemorySegment PCFactorGetMatSolverType$address() {
        return PCFactorGetMatSolverType.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode PCFactorGetMatSolverType(PC, MatSolverType *)
     * }
     */
    public static int PCFactorGetMatSolverType(MemorySegment x0, MemorySegment x1) {
        var mh$ = PCFactorGetMatSolverType.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("PCFactorGetMatSolverType", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class KSPGetTotalIterations {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            petsc_h.C_INT,
            petsc_h.C_POINTER,
            petsc_h.C_POINTER
        );

        public static final MemorySegment ADDR = petsc_h.findOrThrow("KSPGetTotalIterations");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * PetscErrorCode KSPGetTotalIterations(KSP, PetscInt *)
     * }
     */
    public static FunctionDescriptor KSPGetTotalIterations$descriptor() {
        return KSPGetTotalIterations.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * PetscErrorCode KSPGetTotalIterations(KSP, PetscInt *)
     * }
     */
    public static MethodHandle KSPGetTotalIterations$handle() {
        return KSPGetTotalIterations.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * PetscErrorCode KSPGetTotalIterations(KSP, PetscInt *)
     * }
     */
    public static MemorySegment KSPGetTotalIterations$address() {
        return KSPGetTotalIterations.ADDR;
    }

    /**
     * {@snippet lang=c :
     * PetscErrorCode KSPGetTotalIterations(KSP, PetscInt *)
     * }
     */
    public static int KSPGetTotalIterations(MemorySegment x0, MemorySegment x1) {
        var mh$ = KSPGetTotalIterations.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("KSPGetTotalIterations", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
