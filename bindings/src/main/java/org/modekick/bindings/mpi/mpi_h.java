// Hand-written in the shape jextract generates (see package-info.java); every declaration in a
// {@snippet lang=c} block is checked against the installed C headers by BindingSignatureTest.

package org.modekick.bindings.mpi;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.modekick.bindings.NativeLibrary;

/**
 * Bindings for the MPI C interface of OpenMPI 4.1, {@code <mpi.h>} (Debian libopenmpi3, {@code libmpi.so.40}).
 * <p>
 * In OpenMPI the handles {@code MPI_Comm}, {@code MPI_Datatype} and {@code MPI_Op} are pointers, and the
 * predefined ones ({@code MPI_COMM_WORLD}, {@code MPI_DOUBLE}, {@code MPI_SUM}, ...) are the addresses of
 * global symbols such as {@code ompi_mpi_comm_world}: the {@code MPI_*()} accessors return those addresses.
 * MPI can be initialised once per process; call {@link #MPI_Init_thread} with {@link #MPI_THREAD_MULTIPLE()}
 * before any library (LAMMPS, PETSc) does it on its own.
 */
@SuppressWarnings("restricted") // calling native code is this class's whole purpose
public class mpi_h {

    mpi_h() {
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
    static final SymbolLookup SYMBOL_LOOKUP = NativeLibrary.MPI;

    static MemorySegment findOrThrow(String symbol) {
        return NativeLibrary.MPI.findOrThrow(symbol);
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

    private static final int MPI_THREAD_SINGLE = (int)0L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MPI_THREAD_SINGLE = 0
     * }
     */
    public static int MPI_THREAD_SINGLE() {
        return MPI_THREAD_SINGLE;
    }

    private static final int MPI_THREAD_FUNNELED = (int)1L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MPI_THREAD_FUNNELED = 1
     * }
     */
    public static int MPI_THREAD_FUNNELED() {
        return MPI_THREAD_FUNNELED;
    }

    private static final int MPI_THREAD_SERIALIZED = (int)2L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MPI_THREAD_SERIALIZED = 2
     * }
     */
    public static int MPI_THREAD_SERIALIZED() {
        return MPI_THREAD_SERIALIZED;
    }

    private static final int MPI_THREAD_MULTIPLE = (int)3L;
    /**
     * {@snippet lang=c :
     * enum <anonymous>.MPI_THREAD_MULTIPLE = 3
     * }
     */
    public static int MPI_THREAD_MULTIPLE() {
        return MPI_THREAD_MULTIPLE;
    }

    private static final int MPI_SUCCESS = (int)0L;
    /**
     * {@snippet lang=c :
     * #define MPI_SUCCESS 0
     * }
     */
    public static int MPI_SUCCESS() {
        return MPI_SUCCESS;
    }

    private static final int MPI_ANY_SOURCE = (int)-1L;
    /**
     * {@snippet lang=c :
     * #define MPI_ANY_SOURCE -1
     * }
     */
    public static int MPI_ANY_SOURCE() {
        return MPI_ANY_SOURCE;
    }

    private static final int MPI_PROC_NULL = (int)-2L;
    /**
     * {@snippet lang=c :
     * #define MPI_PROC_NULL -2
     * }
     */
    public static int MPI_PROC_NULL() {
        return MPI_PROC_NULL;
    }

    private static final int MPI_ANY_TAG = (int)-1L;
    /**
     * {@snippet lang=c :
     * #define MPI_ANY_TAG -1
     * }
     */
    public static int MPI_ANY_TAG() {
        return MPI_ANY_TAG;
    }

    private static final int MPI_UNDEFINED = (int)-32766L;
    /**
     * {@snippet lang=c :
     * #define MPI_UNDEFINED -32766
     * }
     */
    public static int MPI_UNDEFINED() {
        return MPI_UNDEFINED;
    }

    private static final int MPI_MAX_ERROR_STRING = (int)256L;
    /**
     * {@snippet lang=c :
     * #define MPI_MAX_ERROR_STRING 256
     * }
     */
    public static int MPI_MAX_ERROR_STRING() {
        return MPI_MAX_ERROR_STRING;
    }

    private static final MemorySegment MPI_STATUS_IGNORE = MemorySegment.ofAddress(0L);
    /**
     * {@snippet lang=c :
     * #define MPI_STATUS_IGNORE ((MPI_Status *) 0)
     * }
     */
    public static MemorySegment MPI_STATUS_IGNORE() {
        return MPI_STATUS_IGNORE;
    }

    private static final MemorySegment MPI_IN_PLACE = MemorySegment.ofAddress(1L);
    /**
     * {@snippet lang=c :
     * #define MPI_IN_PLACE ((void *) 1)
     * }
     */
    public static MemorySegment MPI_IN_PLACE() {
        return MPI_IN_PLACE;
    }

    private static class ompi_mpi_comm_world$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_comm_world");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_communicator_t ompi_mpi_comm_world
     * }
     */
    public static MemorySegment ompi_mpi_comm_world$segment() {
        return ompi_mpi_comm_world$constants.SEGMENT;
    }

    private static class ompi_mpi_comm_self$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_comm_self");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_communicator_t ompi_mpi_comm_self
     * }
     */
    public static MemorySegment ompi_mpi_comm_self$segment() {
        return ompi_mpi_comm_self$constants.SEGMENT;
    }

    private static class ompi_mpi_comm_null$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_comm_null");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_communicator_t ompi_mpi_comm_null
     * }
     */
    public static MemorySegment ompi_mpi_comm_null$segment() {
        return ompi_mpi_comm_null$constants.SEGMENT;
    }

    private static class ompi_mpi_byte$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_byte");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_datatype_t ompi_mpi_byte
     * }
     */
    public static MemorySegment ompi_mpi_byte$segment() {
        return ompi_mpi_byte$constants.SEGMENT;
    }

    private static class ompi_mpi_int$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_int");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_datatype_t ompi_mpi_int
     * }
     */
    public static MemorySegment ompi_mpi_int$segment() {
        return ompi_mpi_int$constants.SEGMENT;
    }

    private static class ompi_mpi_long$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_long");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_datatype_t ompi_mpi_long
     * }
     */
    public static MemorySegment ompi_mpi_long$segment() {
        return ompi_mpi_long$constants.SEGMENT;
    }

    private static class ompi_mpi_double$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_double");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_datatype_t ompi_mpi_double
     * }
     */
    public static MemorySegment ompi_mpi_double$segment() {
        return ompi_mpi_double$constants.SEGMENT;
    }

    private static class ompi_mpi_op_sum$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_op_sum");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_op_t ompi_mpi_op_sum
     * }
     */
    public static MemorySegment ompi_mpi_op_sum$segment() {
        return ompi_mpi_op_sum$constants.SEGMENT;
    }

    private static class ompi_mpi_op_max$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_op_max");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_op_t ompi_mpi_op_max
     * }
     */
    public static MemorySegment ompi_mpi_op_max$segment() {
        return ompi_mpi_op_max$constants.SEGMENT;
    }

    private static class ompi_mpi_op_min$constants {
        // Incomplete struct type in the header: only the address is meaningful.
        public static final MemorySegment SEGMENT = mpi_h.findOrThrow("ompi_mpi_op_min");
    }

    /**
     * Segment for variable:
     * {@snippet lang=c :
     * extern struct ompi_predefined_op_t ompi_mpi_op_min
     * }
     */
    public static MemorySegment ompi_mpi_op_min$segment() {
        return ompi_mpi_op_min$constants.SEGMENT;
    }

    /**
     * {@snippet lang=c :
     * #define MPI_COMM_WORLD OMPI_PREDEFINED_GLOBAL(MPI_Comm, ompi_mpi_comm_world)
     * }
     */
    public static MemorySegment MPI_COMM_WORLD() {
        return ompi_mpi_comm_world$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_COMM_SELF OMPI_PREDEFINED_GLOBAL(MPI_Comm, ompi_mpi_comm_self)
     * }
     */
    public static MemorySegment MPI_COMM_SELF() {
        return ompi_mpi_comm_self$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_COMM_NULL OMPI_PREDEFINED_GLOBAL(MPI_Comm, ompi_mpi_comm_null)
     * }
     */
    public static MemorySegment MPI_COMM_NULL() {
        return ompi_mpi_comm_null$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_BYTE OMPI_PREDEFINED_GLOBAL(MPI_Datatype, ompi_mpi_byte)
     * }
     */
    public static MemorySegment MPI_BYTE() {
        return ompi_mpi_byte$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_INT OMPI_PREDEFINED_GLOBAL(MPI_Datatype, ompi_mpi_int)
     * }
     */
    public static MemorySegment MPI_INT() {
        return ompi_mpi_int$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_LONG OMPI_PREDEFINED_GLOBAL(MPI_Datatype, ompi_mpi_long)
     * }
     */
    public static MemorySegment MPI_LONG() {
        return ompi_mpi_long$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_DOUBLE OMPI_PREDEFINED_GLOBAL(MPI_Datatype, ompi_mpi_double)
     * }
     */
    public static MemorySegment MPI_DOUBLE() {
        return ompi_mpi_double$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_SUM OMPI_PREDEFINED_GLOBAL(MPI_Op, ompi_mpi_op_sum)
     * }
     */
    public static MemorySegment MPI_SUM() {
        return ompi_mpi_op_sum$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_MAX OMPI_PREDEFINED_GLOBAL(MPI_Op, ompi_mpi_op_max)
     * }
     */
    public static MemorySegment MPI_MAX() {
        return ompi_mpi_op_max$segment();
    }

    /**
     * {@snippet lang=c :
     * #define MPI_MIN OMPI_PREDEFINED_GLOBAL(MPI_Op, ompi_mpi_op_min)
     * }
     */
    public static MemorySegment MPI_MIN() {
        return ompi_mpi_op_min$segment();
    }

    private static class MPI_Init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Init");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Init(int *argc, char ***argv)
     * }
     */
    public static FunctionDescriptor MPI_Init$descriptor() {
        return MPI_Init.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Init(int *argc, char ***argv)
     * }
     */
    public static MethodHandle MPI_Init$handle() {
        return MPI_Init.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Init(int *argc, char ***argv)
     * }
     */
    public static MemorySegment MPI_Init$address() {
        return MPI_Init.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Init(int *argc, char ***argv)
     * }
     */
    public static int MPI_Init(MemorySegment argc, MemorySegment argv) {
        var mh$ = MPI_Init.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Init", argc, argv);
            }
            return (int) mh$.invokeExact(argc, argv);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Init_thread {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Init_thread");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Init_thread(int *argc, char ***argv, int required, int *provided)
     * }
     */
    public static FunctionDescriptor MPI_Init_thread$descriptor() {
        return MPI_Init_thread.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Init_thread(int *argc, char ***argv, int required, int *provided)
     * }
     */
    public static MethodHandle MPI_Init_thread$handle() {
        return MPI_Init_thread.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Init_thread(int *argc, char ***argv, int required, int *provided)
     * }
     */
    public static MemorySegment MPI_Init_thread$address() {
        return MPI_Init_thread.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Init_thread(int *argc, char ***argv, int required, int *provided)
     * }
     */
    public static int MPI_Init_thread(MemorySegment argc, MemorySegment argv, int required, MemorySegment provided) {
        var mh$ = MPI_Init_thread.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Init_thread", argc, argv, required, provided);
            }
            return (int) mh$.invokeExact(argc, argv, required, provided);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Initialized {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Initialized");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Initialized(int *flag)
     * }
     */
    public static FunctionDescriptor MPI_Initialized$descriptor() {
        return MPI_Initialized.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Initialized(int *flag)
     * }
     */
    public static MethodHandle MPI_Initialized$handle() {
        return MPI_Initialized.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Initialized(int *flag)
     * }
     */
    public static MemorySegment MPI_Initialized$address() {
        return MPI_Initialized.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Initialized(int *flag)
     * }
     */
    public static int MPI_Initialized(MemorySegment flag) {
        var mh$ = MPI_Initialized.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Initialized", flag);
            }
            return (int) mh$.invokeExact(flag);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Finalized {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Finalized");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Finalized(int *flag)
     * }
     */
    public static FunctionDescriptor MPI_Finalized$descriptor() {
        return MPI_Finalized.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Finalized(int *flag)
     * }
     */
    public static MethodHandle MPI_Finalized$handle() {
        return MPI_Finalized.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Finalized(int *flag)
     * }
     */
    public static MemorySegment MPI_Finalized$address() {
        return MPI_Finalized.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Finalized(int *flag)
     * }
     */
    public static int MPI_Finalized(MemorySegment flag) {
        var mh$ = MPI_Finalized.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Finalized", flag);
            }
            return (int) mh$.invokeExact(flag);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Finalize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Finalize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Finalize(void)
     * }
     */
    public static FunctionDescriptor MPI_Finalize$descriptor() {
        return MPI_Finalize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Finalize(void)
     * }
     */
    public static MethodHandle MPI_Finalize$handle() {
        return MPI_Finalize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Finalize(void)
     * }
     */
    public static MemorySegment MPI_Finalize$address() {
        return MPI_Finalize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Finalize(void)
     * }
     */
    public static int MPI_Finalize() {
        var mh$ = MPI_Finalize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Finalize");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Query_thread {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Query_thread");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Query_thread(int *provided)
     * }
     */
    public static FunctionDescriptor MPI_Query_thread$descriptor() {
        return MPI_Query_thread.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Query_thread(int *provided)
     * }
     */
    public static MethodHandle MPI_Query_thread$handle() {
        return MPI_Query_thread.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Query_thread(int *provided)
     * }
     */
    public static MemorySegment MPI_Query_thread$address() {
        return MPI_Query_thread.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Query_thread(int *provided)
     * }
     */
    public static int MPI_Query_thread(MemorySegment provided) {
        var mh$ = MPI_Query_thread.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Query_thread", provided);
            }
            return (int) mh$.invokeExact(provided);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Error_string {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Error_string");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Error_string(int errorcode, char *string, int *resultlen)
     * }
     */
    public static FunctionDescriptor MPI_Error_string$descriptor() {
        return MPI_Error_string.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Error_string(int errorcode, char *string, int *resultlen)
     * }
     */
    public static MethodHandle MPI_Error_string$handle() {
        return MPI_Error_string.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Error_string(int errorcode, char *string, int *resultlen)
     * }
     */
    public static MemorySegment MPI_Error_string$address() {
        return MPI_Error_string.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Error_string(int errorcode, char *string, int *resultlen)
     * }
     */
    public static int MPI_Error_string(int errorcode, MemorySegment string, MemorySegment resultlen) {
        var mh$ = MPI_Error_string.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Error_string", errorcode, string, resultlen);
            }
            return (int) mh$.invokeExact(errorcode, string, resultlen);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_rank {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_rank");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Comm_rank(MPI_Comm comm, int *rank)
     * }
     */
    public static FunctionDescriptor MPI_Comm_rank$descriptor() {
        return MPI_Comm_rank.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Comm_rank(MPI_Comm comm, int *rank)
     * }
     */
    public static MethodHandle MPI_Comm_rank$handle() {
        return MPI_Comm_rank.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Comm_rank(MPI_Comm comm, int *rank)
     * }
     */
    public static MemorySegment MPI_Comm_rank$address() {
        return MPI_Comm_rank.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Comm_rank(MPI_Comm comm, int *rank)
     * }
     */
    public static int MPI_Comm_rank(MemorySegment comm, MemorySegment rank) {
        var mh$ = MPI_Comm_rank.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_rank", comm, rank);
            }
            return (int) mh$.invokeExact(comm, rank);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_size {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_size");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Comm_size(MPI_Comm comm, int *size)
     * }
     */
    public static FunctionDescriptor MPI_Comm_size$descriptor() {
        return MPI_Comm_size.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Comm_size(MPI_Comm comm, int *size)
     * }
     */
    public static MethodHandle MPI_Comm_size$handle() {
        return MPI_Comm_size.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Comm_size(MPI_Comm comm, int *size)
     * }
     */
    public static MemorySegment MPI_Comm_size$address() {
        return MPI_Comm_size.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Comm_size(MPI_Comm comm, int *size)
     * }
     */
    public static int MPI_Comm_size(MemorySegment comm, MemorySegment size) {
        var mh$ = MPI_Comm_size.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_size", comm, size);
            }
            return (int) mh$.invokeExact(comm, size);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_split {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_split");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Comm_split(MPI_Comm comm, int color, int key, MPI_Comm *newcomm)
     * }
     */
    public static FunctionDescriptor MPI_Comm_split$descriptor() {
        return MPI_Comm_split.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Comm_split(MPI_Comm comm, int color, int key, MPI_Comm *newcomm)
     * }
     */
    public static MethodHandle MPI_Comm_split$handle() {
        return MPI_Comm_split.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Comm_split(MPI_Comm comm, int color, int key, MPI_Comm *newcomm)
     * }
     */
    public static MemorySegment MPI_Comm_split$address() {
        return MPI_Comm_split.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Comm_split(MPI_Comm comm, int color, int key, MPI_Comm *newcomm)
     * }
     */
    public static int MPI_Comm_split(MemorySegment comm, int color, int key, MemorySegment newcomm) {
        var mh$ = MPI_Comm_split.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_split", comm, color, key, newcomm);
            }
            return (int) mh$.invokeExact(comm, color, key, newcomm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Comm_free(MPI_Comm *comm)
     * }
     */
    public static FunctionDescriptor MPI_Comm_free$descriptor() {
        return MPI_Comm_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Comm_free(MPI_Comm *comm)
     * }
     */
    public static MethodHandle MPI_Comm_free$handle() {
        return MPI_Comm_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Comm_free(MPI_Comm *comm)
     * }
     */
    public static MemorySegment MPI_Comm_free$address() {
        return MPI_Comm_free.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Comm_free(MPI_Comm *comm)
     * }
     */
    public static int MPI_Comm_free(MemorySegment comm) {
        var mh$ = MPI_Comm_free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_free", comm);
            }
            return (int) mh$.invokeExact(comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_dup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_dup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Comm_dup(MPI_Comm comm, MPI_Comm *newcomm)
     * }
     */
    public static FunctionDescriptor MPI_Comm_dup$descriptor() {
        return MPI_Comm_dup.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Comm_dup(MPI_Comm comm, MPI_Comm *newcomm)
     * }
     */
    public static MethodHandle MPI_Comm_dup$handle() {
        return MPI_Comm_dup.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Comm_dup(MPI_Comm comm, MPI_Comm *newcomm)
     * }
     */
    public static MemorySegment MPI_Comm_dup$address() {
        return MPI_Comm_dup.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Comm_dup(MPI_Comm comm, MPI_Comm *newcomm)
     * }
     */
    public static int MPI_Comm_dup(MemorySegment comm, MemorySegment newcomm) {
        var mh$ = MPI_Comm_dup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_dup", comm, newcomm);
            }
            return (int) mh$.invokeExact(comm, newcomm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_c2f {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_c2f");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * MPI_Fint MPI_Comm_c2f(MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Comm_c2f$descriptor() {
        return MPI_Comm_c2f.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * MPI_Fint MPI_Comm_c2f(MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Comm_c2f$handle() {
        return MPI_Comm_c2f.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * MPI_Fint MPI_Comm_c2f(MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Comm_c2f$address() {
        return MPI_Comm_c2f.ADDR;
    }

    /**
     * {@snippet lang=c :
     * MPI_Fint MPI_Comm_c2f(MPI_Comm comm)
     * }
     */
    public static int MPI_Comm_c2f(MemorySegment comm) {
        var mh$ = MPI_Comm_c2f.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_c2f", comm);
            }
            return (int) mh$.invokeExact(comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Comm_f2c {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_POINTER,
            mpi_h.C_INT
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Comm_f2c");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * MPI_Comm MPI_Comm_f2c(MPI_Fint comm)
     * }
     */
    public static FunctionDescriptor MPI_Comm_f2c$descriptor() {
        return MPI_Comm_f2c.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * MPI_Comm MPI_Comm_f2c(MPI_Fint comm)
     * }
     */
    public static MethodHandle MPI_Comm_f2c$handle() {
        return MPI_Comm_f2c.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * MPI_Comm MPI_Comm_f2c(MPI_Fint comm)
     * }
     */
    public static MemorySegment MPI_Comm_f2c$address() {
        return MPI_Comm_f2c.ADDR;
    }

    /**
     * {@snippet lang=c :
     * MPI_Comm MPI_Comm_f2c(MPI_Fint comm)
     * }
     */
    public static MemorySegment MPI_Comm_f2c(int comm) {
        var mh$ = MPI_Comm_f2c.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Comm_f2c", comm);
            }
            return (MemorySegment) mh$.invokeExact(comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Barrier {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Barrier");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Barrier(MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Barrier$descriptor() {
        return MPI_Barrier.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Barrier(MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Barrier$handle() {
        return MPI_Barrier.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Barrier(MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Barrier$address() {
        return MPI_Barrier.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Barrier(MPI_Comm comm)
     * }
     */
    public static int MPI_Barrier(MemorySegment comm) {
        var mh$ = MPI_Barrier.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Barrier", comm);
            }
            return (int) mh$.invokeExact(comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Bcast {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Bcast");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Bcast(void *buffer, int count, MPI_Datatype datatype, int root, MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Bcast$descriptor() {
        return MPI_Bcast.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Bcast(void *buffer, int count, MPI_Datatype datatype, int root, MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Bcast$handle() {
        return MPI_Bcast.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Bcast(void *buffer, int count, MPI_Datatype datatype, int root, MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Bcast$address() {
        return MPI_Bcast.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Bcast(void *buffer, int count, MPI_Datatype datatype, int root, MPI_Comm comm)
     * }
     */
    public static int MPI_Bcast(MemorySegment buffer, int count, MemorySegment datatype, int root, MemorySegment comm) {
        var mh$ = MPI_Bcast.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Bcast", buffer, count, datatype, root, comm);
            }
            return (int) mh$.invokeExact(buffer, count, datatype, root, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Allreduce {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Allreduce");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Allreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Allreduce$descriptor() {
        return MPI_Allreduce.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Allreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Allreduce$handle() {
        return MPI_Allreduce.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Allreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Allreduce$address() {
        return MPI_Allreduce.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Allreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm)
     * }
     */
    public static int MPI_Allreduce(MemorySegment sendbuf, MemorySegment recvbuf, int count, MemorySegment datatype, MemorySegment op, MemorySegment comm) {
        var mh$ = MPI_Allreduce.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Allreduce", sendbuf, recvbuf, count, datatype, op, comm);
            }
            return (int) mh$.invokeExact(sendbuf, recvbuf, count, datatype, op, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Reduce {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Reduce");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Reduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     int root, MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Reduce$descriptor() {
        return MPI_Reduce.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Reduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     int root, MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Reduce$handle() {
        return MPI_Reduce.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Reduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     int root, MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Reduce$address() {
        return MPI_Reduce.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Reduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     int root, MPI_Comm comm)
     * }
     */
    public static int MPI_Reduce(MemorySegment sendbuf, MemorySegment recvbuf, int count, MemorySegment datatype, MemorySegment op, int root, MemorySegment comm) {
        var mh$ = MPI_Reduce.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Reduce", sendbuf, recvbuf, count, datatype, op, root, comm);
            }
            return (int) mh$.invokeExact(sendbuf, recvbuf, count, datatype, op, root, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Gather {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Gather");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Gather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Gather$descriptor() {
        return MPI_Gather.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Gather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Gather$handle() {
        return MPI_Gather.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Gather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Gather$address() {
        return MPI_Gather.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Gather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static int MPI_Gather(MemorySegment sendbuf, int sendcount, MemorySegment sendtype, MemorySegment recvbuf, int recvcount, MemorySegment recvtype, int root, MemorySegment comm) {
        var mh$ = MPI_Gather.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Gather", sendbuf, sendcount, sendtype, recvbuf, recvcount, recvtype, root, comm);
            }
            return (int) mh$.invokeExact(sendbuf, sendcount, sendtype, recvbuf, recvcount, recvtype, root, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Gatherv {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Gatherv");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Gatherv(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     const int recvcounts[], const int displs[], MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Gatherv$descriptor() {
        return MPI_Gatherv.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Gatherv(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     const int recvcounts[], const int displs[], MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Gatherv$handle() {
        return MPI_Gatherv.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Gatherv(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     const int recvcounts[], const int displs[], MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Gatherv$address() {
        return MPI_Gatherv.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Gatherv(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     const int recvcounts[], const int displs[], MPI_Datatype recvtype, int root, MPI_Comm comm)
     * }
     */
    public static int MPI_Gatherv(MemorySegment sendbuf, int sendcount, MemorySegment sendtype, MemorySegment recvbuf, MemorySegment recvcounts, MemorySegment displs, MemorySegment recvtype, int root, MemorySegment comm) {
        var mh$ = MPI_Gatherv.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Gatherv", sendbuf, sendcount, sendtype, recvbuf, recvcounts, displs, recvtype, root, comm);
            }
            return (int) mh$.invokeExact(sendbuf, sendcount, sendtype, recvbuf, recvcounts, displs, recvtype, root, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Allgather {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Allgather");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Allgather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Allgather$descriptor() {
        return MPI_Allgather.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Allgather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Allgather$handle() {
        return MPI_Allgather.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Allgather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Allgather$address() {
        return MPI_Allgather.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Allgather(const void *sendbuf, int sendcount, MPI_Datatype sendtype, void *recvbuf,
     *     int recvcount, MPI_Datatype recvtype, MPI_Comm comm)
     * }
     */
    public static int MPI_Allgather(MemorySegment sendbuf, int sendcount, MemorySegment sendtype, MemorySegment recvbuf, int recvcount, MemorySegment recvtype, MemorySegment comm) {
        var mh$ = MPI_Allgather.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Allgather", sendbuf, sendcount, sendtype, recvbuf, recvcount, recvtype, comm);
            }
            return (int) mh$.invokeExact(sendbuf, sendcount, sendtype, recvbuf, recvcount, recvtype, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Send {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_INT,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Send");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Send(const void *buf, int count, MPI_Datatype datatype, int dest, int tag, MPI_Comm comm)
     * }
     */
    public static FunctionDescriptor MPI_Send$descriptor() {
        return MPI_Send.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Send(const void *buf, int count, MPI_Datatype datatype, int dest, int tag, MPI_Comm comm)
     * }
     */
    public static MethodHandle MPI_Send$handle() {
        return MPI_Send.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Send(const void *buf, int count, MPI_Datatype datatype, int dest, int tag, MPI_Comm comm)
     * }
     */
    public static MemorySegment MPI_Send$address() {
        return MPI_Send.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Send(const void *buf, int count, MPI_Datatype datatype, int dest, int tag, MPI_Comm comm)
     * }
     */
    public static int MPI_Send(MemorySegment buf, int count, MemorySegment datatype, int dest, int tag, MemorySegment comm) {
        var mh$ = MPI_Send.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Send", buf, count, datatype, dest, tag, comm);
            }
            return (int) mh$.invokeExact(buf, count, datatype, dest, tag, comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Recv {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Recv");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Recv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Status *status)
     * }
     */
    public static FunctionDescriptor MPI_Recv$descriptor() {
        return MPI_Recv.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Recv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Status *status)
     * }
     */
    public static MethodHandle MPI_Recv$handle() {
        return MPI_Recv.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Recv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Status *status)
     * }
     */
    public static MemorySegment MPI_Recv$address() {
        return MPI_Recv.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Recv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Status *status)
     * }
     */
    public static int MPI_Recv(MemorySegment buf, int count, MemorySegment datatype, int source, int tag, MemorySegment comm, MemorySegment status) {
        var mh$ = MPI_Recv.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Recv", buf, count, datatype, source, tag, comm, status);
            }
            return (int) mh$.invokeExact(buf, count, datatype, source, tag, comm, status);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Irecv {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Irecv");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Irecv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Request *request)
     * }
     */
    public static FunctionDescriptor MPI_Irecv$descriptor() {
        return MPI_Irecv.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Irecv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Request *request)
     * }
     */
    public static MethodHandle MPI_Irecv$handle() {
        return MPI_Irecv.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Irecv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Request *request)
     * }
     */
    public static MemorySegment MPI_Irecv$address() {
        return MPI_Irecv.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Irecv(void *buf, int count, MPI_Datatype datatype, int source, int tag, MPI_Comm comm,
     *     MPI_Request *request)
     * }
     */
    public static int MPI_Irecv(MemorySegment buf, int count, MemorySegment datatype, int source, int tag, MemorySegment comm, MemorySegment request) {
        var mh$ = MPI_Irecv.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Irecv", buf, count, datatype, source, tag, comm, request);
            }
            return (int) mh$.invokeExact(buf, count, datatype, source, tag, comm, request);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Abort {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_INT
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Abort");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Abort(MPI_Comm comm, int errorcode)
     * }
     */
    public static FunctionDescriptor MPI_Abort$descriptor() {
        return MPI_Abort.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Abort(MPI_Comm comm, int errorcode)
     * }
     */
    public static MethodHandle MPI_Abort$handle() {
        return MPI_Abort.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Abort(MPI_Comm comm, int errorcode)
     * }
     */
    public static MemorySegment MPI_Abort$address() {
        return MPI_Abort.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Abort(MPI_Comm comm, int errorcode)
     * }
     */
    public static int MPI_Abort(MemorySegment comm, int errorcode) {
        var mh$ = MPI_Abort.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Abort", comm, errorcode);
            }
            return (int) mh$.invokeExact(comm, errorcode);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Iallreduce {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Iallreduce");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Iallreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm, MPI_Request *request)
     * }
     */
    public static FunctionDescriptor MPI_Iallreduce$descriptor() {
        return MPI_Iallreduce.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Iallreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm, MPI_Request *request)
     * }
     */
    public static MethodHandle MPI_Iallreduce$handle() {
        return MPI_Iallreduce.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Iallreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm, MPI_Request *request)
     * }
     */
    public static MemorySegment MPI_Iallreduce$address() {
        return MPI_Iallreduce.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Iallreduce(const void *sendbuf, void *recvbuf, int count, MPI_Datatype datatype, MPI_Op op,
     *     MPI_Comm comm, MPI_Request *request)
     * }
     */
    public static int MPI_Iallreduce(MemorySegment sendbuf, MemorySegment recvbuf, int count, MemorySegment datatype, MemorySegment op, MemorySegment comm, MemorySegment request) {
        var mh$ = MPI_Iallreduce.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Iallreduce", sendbuf, recvbuf, count, datatype, op, comm, request);
            }
            return (int) mh$.invokeExact(sendbuf, recvbuf, count, datatype, op, comm, request);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Test {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_INT,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER,
            mpi_h.C_POINTER
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Test");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int MPI_Test(MPI_Request *request, int *flag, MPI_Status *status)
     * }
     */
    public static FunctionDescriptor MPI_Test$descriptor() {
        return MPI_Test.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int MPI_Test(MPI_Request *request, int *flag, MPI_Status *status)
     * }
     */
    public static MethodHandle MPI_Test$handle() {
        return MPI_Test.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int MPI_Test(MPI_Request *request, int *flag, MPI_Status *status)
     * }
     */
    public static MemorySegment MPI_Test$address() {
        return MPI_Test.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int MPI_Test(MPI_Request *request, int *flag, MPI_Status *status)
     * }
     */
    public static int MPI_Test(MemorySegment request, MemorySegment flag, MemorySegment status) {
        var mh$ = MPI_Test.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Test", request, flag, status);
            }
            return (int) mh$.invokeExact(request, flag, status);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class MPI_Wtime {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            mpi_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = mpi_h.findOrThrow("MPI_Wtime");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * double MPI_Wtime(void)
     * }
     */
    public static FunctionDescriptor MPI_Wtime$descriptor() {
        return MPI_Wtime.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * double MPI_Wtime(void)
     * }
     */
    public static MethodHandle MPI_Wtime$handle() {
        return MPI_Wtime.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * double MPI_Wtime(void)
     * }
     */
    public static MemorySegment MPI_Wtime$address() {
        return MPI_Wtime.ADDR;
    }

    /**
     * {@snippet lang=c :
     * double MPI_Wtime(void)
     * }
     */
    public static double MPI_Wtime() {
        var mh$ = MPI_Wtime.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("MPI_Wtime");
            }
            return (double) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
