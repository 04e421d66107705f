// Hand-written in the shape jextract generates (see package-info.java); every declaration in a
// {@snippet lang=c} block is checked against the installed C headers by BindingSignatureTest.

package org.modekick.bindings.lammps;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.modekick.bindings.NativeLibrary;

/**
 * Bindings for the LAMMPS C library interface, {@code <lammps/library.h>} of LAMMPS 29 Sep 2021 as shipped
 * by Debian (liblammps0, {@code liblammps.so.0}), compiled with {@code -DLAMMPS_SMALLBIG -DLAMMPS_LIB_MPI}.
 * <p>
 * This LAMMPS build has no C++ exceptions: an error inside any call ends the process. Validate input first.
 */
@SuppressWarnings("restricted") // calling native code is this class's whole purpose
public class library_h {

    library_h() {
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
    static final SymbolLookup SYMBOL_LOOKUP = NativeLibrary.LAMMPS;

    static MemorySegment findOrThrow(String symbol) {
        return NativeLibrary.LAMMPS.findOrThrow(symbol);
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

    private static final int LAMMPS_INT = (int)0L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_INT = 0
     * }
     */
    public static int LAMMPS_INT() {
        return LAMMPS_INT;
    }

    private static final int LAMMPS_INT_2D = (int)1L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_INT_2D = 1
     * }
     */
    public static int LAMMPS_INT_2D() {
        return LAMMPS_INT_2D;
    }

    private static final int LAMMPS_DOUBLE = (int)2L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_DOUBLE = 2
     * }
     */
    public static int LAMMPS_DOUBLE() {
        return LAMMPS_DOUBLE;
    }

    private static final int LAMMPS_DOUBLE_2D = (int)3L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_DOUBLE_2D = 3
     * }
     */
    public static int LAMMPS_DOUBLE_2D() {
        return LAMMPS_DOUBLE_2D;
    }

    private static final int LAMMPS_INT64 = (int)4L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_INT64 = 4
     * }
     */
    public static int LAMMPS_INT64() {
        return LAMMPS_INT64;
    }

    private static final int LAMMPS_INT64_2D = (int)5L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_INT64_2D = 5
     * }
     */
    public static int LAMMPS_INT64_2D() {
        return LAMMPS_INT64_2D;
    }

    private static final int LAMMPS_STRING = (int)6L;
    /**
     * {@snippet lang=c :
     * enum _LMP_DATATYPE_CONST.LAMMPS_STRING = 6
     * }
     */
    public static int LAMMPS_STRING() {
        return LAMMPS_STRING;
    }

    private static final int LMP_STYLE_GLOBAL = (int)0L;
    /**
     * {@snippet lang=c :
     * enum _LMP_STYLE_CONST.LMP_STYLE_GLOBAL = 0
     * }
     */
    public static int LMP_STYLE_GLOBAL() {
        return LMP_STYLE_GLOBAL;
    }

    private static final int LMP_STYLE_ATOM = (int)1L;
    /**
     * {@snippet lang=c :
     * enum _LMP_STYLE_CONST.LMP_STYLE_ATOM = 1
     * }
     */
    public static int LMP_STYLE_ATOM() {
        return LMP_STYLE_ATOM;
    }

    private static final int LMP_STYLE_LOCAL = (int)2L;
    /**
     * {@snippet lang=c :
     * enum _LMP_STYLE_CONST.LMP_STYLE_LOCAL = 2
     * }
     */
    public static int LMP_STYLE_LOCAL() {
        return LMP_STYLE_LOCAL;
    }

    private static final int LMP_TYPE_SCALAR = (int)0L;
    /**
     * {@snippet lang=c :
     * enum _LMP_TYPE_CONST.LMP_TYPE_SCALAR = 0
     * }
     */
    public static int LMP_TYPE_SCALAR() {
        return LMP_TYPE_SCALAR;
    }

    private static final int LMP_TYPE_VECTOR = (int)1L;
    /**
     * {@snippet lang=c :
     * enum _LMP_TYPE_CONST.LMP_TYPE_VECTOR = 1
     * }
     */
    public static int LMP_TYPE_VECTOR() {
        return LMP_TYPE_VECTOR;
    }

    private static final int LMP_TYPE_ARRAY = (int)2L;
    /**
     * {@snippet lang=c :
     * enum _LMP_TYPE_CONST.LMP_TYPE_ARRAY = 2
     * }
     */
    public static int LMP_TYPE_ARRAY() {
        return LMP_TYPE_ARRAY;
    }

    private static final int LMP_SIZE_VECTOR = (int)3L;
    /**
     * {@snippet lang=c :
     * enum _LMP_TYPE_CONST.LMP_SIZE_VECTOR = 3
     * }
     */
    public static int LMP_SIZE_VECTOR() {
        return LMP_SIZE_VECTOR;
    }

    private static final int LMP_SIZE_ROWS = (int)4L;
    /**
     * {@snippet lang=c :
     * enum _LMP_TYPE_CONST.LMP_SIZE_ROWS = 4
     * }
     */
    public static int LMP_SIZE_ROWS() {
        return LMP_SIZE_ROWS;
    }

    private static final int LMP_SIZE_COLS = (int)5L;
    /**
     * {@snippet lang=c :
     * enum _LMP_TYPE_CONST.LMP_SIZE_COLS = 5
     * }
     */
    public static int LMP_SIZE_COLS() {
        return LMP_SIZE_COLS;
    }

    private static class lammps_open {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_open");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_open(int argc, char **argv, MPI_Comm comm, void **ptr)
     * }
     */
    public static FunctionDescriptor lammps_open$descriptor() {
        return lammps_open.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_open(int argc, char **argv, MPI_Comm comm, void **ptr)
     * }
     */
    public static MethodHandle lammps_open$handle() {
        return lammps_open.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_open(int argc, char **argv, MPI_Comm comm, void **ptr)
     * }
     */
    public static MemorySegment lammps_open$address() {
        return lammps_open.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *lammps_open(int argc, char **argv, MPI_Comm comm, void **ptr)
     * }
     */
    public static MemorySegment lammps_open(int argc, MemorySegment argv, MemorySegment comm, MemorySegment ptr) {
        var mh$ = lammps_open.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_open", argc, argv, comm, ptr);
            }
            return (MemorySegment) mh$.invokeExact(argc, argv, comm, ptr);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_open_no_mpi {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_open_no_mpi");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_open_no_mpi(int argc, char **argv, void **ptr)
     * }
     */
    public static FunctionDescriptor lammps_open_no_mpi$descriptor() {
        return lammps_open_no_mpi.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_open_no_mpi(int argc, char **argv, void **ptr)
     * }
     */
    public static MethodHandle lammps_open_no_mpi$handle() {
        return lammps_open_no_mpi.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_open_no_mpi(int argc, char **argv, void **ptr)
     * }
     */
    public static MemorySegment lammps_open_no_mpi$address() {
        return lammps_open_no_mpi.ADDR;
    }

    /**
     * Runs on MPI_COMM_WORLD and calls MPI_Init itself if MPI is not yet initialised; initialise MPI first
     * (MPI_Init_thread with MPI_THREAD_MULTIPLE) when several instances run in threads.
     * <p>
     * {@snippet lang=c :
     * void *lammps_open_no_mpi(int argc, char **argv, void **ptr)
     * }
     */
    public static MemorySegment lammps_open_no_mpi(int argc, MemorySegment argv, MemorySegment ptr) {
        var mh$ = lammps_open_no_mpi.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_open_no_mpi", argc, argv, ptr);
            }
            return (MemorySegment) mh$.invokeExact(argc, argv, ptr);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_open_fortran {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_INT
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_open_fortran");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_open_fortran(int argc, char **argv, int f_comm)
     * }
     */
    public static FunctionDescriptor lammps_open_fortran$descriptor() {
        return lammps_open_fortran.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_open_fortran(int argc, char **argv, int f_comm)
     * }
     */
    public static MethodHandle lammps_open_fortran$handle() {
        return lammps_open_fortran.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_open_fortran(int argc, char **argv, int f_comm)
     * }
     */
    public static MemorySegment lammps_open_fortran$address() {
        return lammps_open_fortran.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *lammps_open_fortran(int argc, char **argv, int f_comm)
     * }
     */
    public static MemorySegment lammps_open_fortran(int argc, MemorySegment argv, int f_comm) {
        var mh$ = lammps_open_fortran.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_open_fortran", argc, argv, f_comm);
            }
            return (MemorySegment) mh$.invokeExact(argc, argv, f_comm);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_close(void *handle)
     * }
     */
    public static FunctionDescriptor lammps_close$descriptor() {
        return lammps_close.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_close(void *handle)
     * }
     */
    public static MethodHandle lammps_close$handle() {
        return lammps_close.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_close(void *handle)
     * }
     */
    public static MemorySegment lammps_close$address() {
        return lammps_close.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_close(void *handle)
     * }
     */
    public static void lammps_close(MemorySegment handle) {
        var mh$ = lammps_close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_close", handle);
            }
            mh$.invokeExact(handle);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_mpi_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_mpi_init");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_mpi_init()
     * }
     */
    public static FunctionDescriptor lammps_mpi_init$descriptor() {
        return lammps_mpi_init.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_mpi_init()
     * }
     */
    public static MethodHandle lammps_mpi_init$handle() {
        return lammps_mpi_init.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_mpi_init()
     * }
     */
    public static MemorySegment lammps_mpi_init$address() {
        return lammps_mpi_init.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_mpi_init()
     * }
     */
    public static void lammps_mpi_init() {
        var mh$ = lammps_mpi_init.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_mpi_init");
            }
            mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_mpi_finalize {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_mpi_finalize");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_mpi_finalize()
     * }
     */
    public static FunctionDescriptor lammps_mpi_finalize$descriptor() {
        return lammps_mpi_finalize.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_mpi_finalize()
     * }
     */
    public static MethodHandle lammps_mpi_finalize$handle() {
        return lammps_mpi_finalize.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_mpi_finalize()
     * }
     */
    public static MemorySegment lammps_mpi_finalize$address() {
        return lammps_mpi_finalize.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_mpi_finalize()
     * }
     */
    public static void lammps_mpi_finalize() {
        var mh$ = lammps_mpi_finalize.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_mpi_finalize");
            }
            mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_file {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_file");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_file(void *handle, const char *file)
     * }
     */
    public static FunctionDescriptor lammps_file$descriptor() {
        return lammps_file.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_file(void *handle, const char *file)
     * }
     */
    public static MethodHandle lammps_file$handle() {
        return lammps_file.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_file(void *handle, const char *file)
     * }
     */
    public static MemorySegment lammps_file$address() {
        return lammps_file.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_file(void *handle, const char *file)
     * }
     */
    public static void lammps_file(MemorySegment handle, MemorySegment file) {
        var mh$ = lammps_file.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_file", handle, file);
            }
            mh$.invokeExact(handle, file);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_command {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_command");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * char *lammps_command(void *handle, const char *cmd)
     * }
     */
    public static FunctionDescriptor lammps_command$descriptor() {
        return lammps_command.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * char *lammps_command(void *handle, const char *cmd)
     * }
     */
    public static MethodHandle lammps_command$handle() {
        return lammps_command.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * char *lammps_command(void *handle, const char *cmd)
     * }
     */
    public static MemorySegment lammps_command$address() {
        return lammps_command.ADDR;
    }

    /**
     * {@snippet lang=c :
     * char *lammps_command(void *handle, const char *cmd)
     * }
     */
    public static MemorySegment lammps_command(MemorySegment handle, MemorySegment cmd) {
        var mh$ = lammps_command.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_command", handle, cmd);
            }
            return (MemorySegment) mh$.invokeExact(handle, cmd);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_commands_list {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_commands_list");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_commands_list(void *handle, int ncmd, const char **cmds)
     * }
     */
    public static FunctionDescriptor lammps_commands_list$descriptor() {
        return lammps_commands_list.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_commands_list(void *handle, int ncmd, const char **cmds)
     * }
     */
    public static MethodHandle lammps_commands_list$handle() {
        return lammps_commands_list.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_commands_list(void *handle, int ncmd, const char **cmds)
     * }
     */
    public static MemorySegment lammps_commands_list$address() {
        return lammps_commands_list.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_commands_list(void *handle, int ncmd, const char **cmds)
     * }
     */
    public static void lammps_commands_list(MemorySegment handle, int ncmd, MemorySegment cmds) {
        var mh$ = lammps_commands_list.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_commands_list", handle, ncmd, cmds);
            }
            mh$.invokeExact(handle, ncmd, cmds);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_commands_string {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_commands_string");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_commands_string(void *handle, const char *str)
     * }
     */
    public static FunctionDescriptor lammps_commands_string$descriptor() {
        return lammps_commands_string.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_commands_string(void *handle, const char *str)
     * }
     */
    public static MethodHandle lammps_commands_string$handle() {
        return lammps_commands_string.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_commands_string(void *handle, const char *str)
     * }
     */
    public static MemorySegment lammps_commands_string$address() {
        return lammps_commands_string.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_commands_string(void *handle, const char *str)
     * }
     */
    public static void lammps_commands_string(MemorySegment handle, MemorySegment str) {
        var mh$ = lammps_commands_string.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_commands_string", handle, str);
            }
            mh$.invokeExact(handle, str);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_get_natoms {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_DOUBLE,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_get_natoms");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * double lammps_get_natoms(void *handle)
     * }
     */
    public static FunctionDescriptor lammps_get_natoms$descriptor() {
        return lammps_get_natoms.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * double lammps_get_natoms(void *handle)
     * }
     */
    public static MethodHandle lammps_get_natoms$handle() {
        return lammps_get_natoms.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * double lammps_get_natoms(void *handle)
     * }
     */
    public static MemorySegment lammps_get_natoms$address() {
        return lammps_get_natoms.ADDR;
    }

    /**
     * {@snippet lang=c :
     * double lammps_get_natoms(void *handle)
     * }
     */
    public static double lammps_get_natoms(MemorySegment handle) {
        var mh$ = lammps_get_natoms.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_get_natoms", handle);
            }
            return (double) mh$.invokeExact(handle);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_get_thermo {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_DOUBLE,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_get_thermo");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * double lammps_get_thermo(void *handle, const char *keyword)
     * }
     */
    public static FunctionDescriptor lammps_get_thermo$descriptor() {
        return lammps_get_thermo.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * double lammps_get_thermo(void *handle, const char *keyword)
     * }
     */
    public static MethodHandle lammps_get_thermo$handle() {
        return lammps_get_thermo.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * double lammps_get_thermo(void *handle, const char *keyword)
     * }
     */
    public static MemorySegment lammps_get_thermo$address() {
        return lammps_get_thermo.ADDR;
    }

    /**
     * {@snippet lang=c :
     * double lammps_get_thermo(void *handle, const char *keyword)
     * }
     */
    public static double lammps_get_thermo(MemorySegment handle, MemorySegment keyword) {
        var mh$ = lammps_get_thermo.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_get_thermo", handle, keyword);
            }
            return (double) mh$.invokeExact(handle, keyword);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_box {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_box");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_extract_box(void *handle, double *boxlo, double *boxhi, double *xy, double *yz,
     *     double *xz, int *pflags, int *boxflag)
     * }
     */
    public static FunctionDescriptor lammps_extract_box$descriptor() {
        return lammps_extract_box.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_extract_box(void *handle, double *boxlo, double *boxhi, double *xy, double *yz,
     *     double *xz, int *pflags, int *boxflag)
     * }
     */
    public static MethodHandle lammps_extract_box$handle() {
        return lammps_extract_box.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_extract_box(void *handle, double *boxlo, double *boxhi, double *xy, double *yz,
     *     double *xz, int *pflags, int *boxflag)
     * }
     */
    public static MemorySegment lammps_extract_box$address() {
        return lammps_extract_box.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_extract_box(void *handle, double *boxlo, double *boxhi, double *xy, double *yz,
     *     double *xz, int *pflags, int *boxflag)
     * }
     */
    public static void lammps_extract_box(MemorySegment handle, MemorySegment boxlo, MemorySegment boxhi, MemorySegment xy, MemorySegment yz, MemorySegment xz, MemorySegment pflags, MemorySegment boxflag) {
        var mh$ = lammps_extract_box.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_box", handle, boxlo, boxhi, xy, yz, xz, pflags, boxflag);
            }
            mh$.invokeExact(handle, boxlo, boxhi, xy, yz, xz, pflags, boxflag);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_reset_box {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_DOUBLE,
            library_h.C_DOUBLE,
            library_h.C_DOUBLE
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_reset_box");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_reset_box(void *handle, double *boxlo, double *boxhi, double xy, double yz, double xz)
     * }
     */
    public static FunctionDescriptor lammps_reset_box$descriptor() {
        return lammps_reset_box.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_reset_box(void *handle, double *boxlo, double *boxhi, double xy, double yz, double xz)
     * }
     */
    public static MethodHandle lammps_reset_box$handle() {
        return lammps_reset_box.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_reset_box(void *handle, double *boxlo, double *boxhi, double xy, double yz, double xz)
     * }
     */
    public static MemorySegment lammps_reset_box$address() {
        return lammps_reset_box.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_reset_box(void *handle, double *boxlo, double *boxhi, double xy, double yz, double xz)
     * }
     */
    public static void lammps_reset_box(MemorySegment handle, MemorySegment boxlo, MemorySegment boxhi, double xy, double yz, double xz) {
        var mh$ = lammps_reset_box.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_reset_box", handle, boxlo, boxhi, xy, yz, xz);
            }
            mh$.invokeExact(handle, boxlo, boxhi, xy, yz, xz);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_memory_usage {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_memory_usage");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_memory_usage(void *handle, double *meminfo)
     * }
     */
    public static FunctionDescriptor lammps_memory_usage$descriptor() {
        return lammps_memory_usage.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_memory_usage(void *handle, double *meminfo)
     * }
     */
    public static MethodHandle lammps_memory_usage$handle() {
        return lammps_memory_usage.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_memory_usage(void *handle, double *meminfo)
     * }
     */
    public static MemorySegment lammps_memory_usage$address() {
        return lammps_memory_usage.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_memory_usage(void *handle, double *meminfo)
     * }
     */
    public static void lammps_memory_usage(MemorySegment handle, MemorySegment meminfo) {
        var mh$ = lammps_memory_usage.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_memory_usage", handle, meminfo);
            }
            mh$.invokeExact(handle, meminfo);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_get_mpi_comm {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_get_mpi_comm");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_get_mpi_comm(void *handle)
     * }
     */
    public static FunctionDescriptor lammps_get_mpi_comm$descriptor() {
        return lammps_get_mpi_comm.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_get_mpi_comm(void *handle)
     * }
     */
    public static MethodHandle lammps_get_mpi_comm$handle() {
        return lammps_get_mpi_comm.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_get_mpi_comm(void *handle)
     * }
     */
    public static MemorySegment lammps_get_mpi_comm$address() {
        return lammps_get_mpi_comm.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_get_mpi_comm(void *handle)
     * }
     */
    public static int lammps_get_mpi_comm(MemorySegment handle) {
        var mh$ = lammps_get_mpi_comm.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_get_mpi_comm", handle);
            }
            return (int) mh$.invokeExact(handle);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_setting {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_setting");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_extract_setting(void *handle, const char *keyword)
     * }
     */
    public static FunctionDescriptor lammps_extract_setting$descriptor() {
        return lammps_extract_setting.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_extract_setting(void *handle, const char *keyword)
     * }
     */
    public static MethodHandle lammps_extract_setting$handle() {
        return lammps_extract_setting.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_extract_setting(void *handle, const char *keyword)
     * }
     */
    public static MemorySegment lammps_extract_setting$address() {
        return lammps_extract_setting.ADDR;
    }

    /**
     * The size keywords ("bigint", "tagint", "imageint") are answered without an instance: handle may be
     * NULL.
     * <p>
     * {@snippet lang=c :
     * int lammps_extract_setting(void *handle, const char *keyword)
     * }
     */
    public static int lammps_extract_setting(MemorySegment handle, MemorySegment keyword) {
        var mh$ = lammps_extract_setting.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_setting", handle, keyword);
            }
            return (int) mh$.invokeExact(handle, keyword);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_global_datatype {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_global_datatype");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_extract_global_datatype(void *handle, const char *name)
     * }
     */
    public static FunctionDescriptor lammps_extract_global_datatype$descriptor() {
        return lammps_extract_global_datatype.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_extract_global_datatype(void *handle, const char *name)
     * }
     */
    public static MethodHandle lammps_extract_global_datatype$handle() {
        return lammps_extract_global_datatype.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_extract_global_datatype(void *handle, const char *name)
     * }
     */
    public static MemorySegment lammps_extract_global_datatype$address() {
        return lammps_extract_global_datatype.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_extract_global_datatype(void *handle, const char *name)
     * }
     */
    public static int lammps_extract_global_datatype(MemorySegment handle, MemorySegment name) {
        var mh$ = lammps_extract_global_datatype.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_global_datatype", handle, name);
            }
            return (int) mh$.invokeExact(handle, name);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_global {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_global");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_extract_global(void *handle, const char *name)
     * }
     */
    public static FunctionDescriptor lammps_extract_global$descriptor() {
        return lammps_extract_global.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_extract_global(void *handle, const char *name)
     * }
     */
    public static MethodHandle lammps_extract_global$handle() {
        return lammps_extract_global.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_extract_global(void *handle, const char *name)
     * }
     */
    public static MemorySegment lammps_extract_global$address() {
        return lammps_extract_global.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *lammps_extract_global(void *handle, const char *name)
     * }
     */
    public static MemorySegment lammps_extract_global(MemorySegment handle, MemorySegment name) {
        var mh$ = lammps_extract_global.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_global", handle, name);
            }
            return (MemorySegment) mh$.invokeExact(handle, name);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_atom_datatype {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_atom_datatype");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_extract_atom_datatype(void *handle, const char *name)
     * }
     */
    public static FunctionDescriptor lammps_extract_atom_datatype$descriptor() {
        return lammps_extract_atom_datatype.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_extract_atom_datatype(void *handle, const char *name)
     * }
     */
    public static MethodHandle lammps_extract_atom_datatype$handle() {
        return lammps_extract_atom_datatype.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_extract_atom_datatype(void *handle, const char *name)
     * }
     */
    public static MemorySegment lammps_extract_atom_datatype$address() {
        return lammps_extract_atom_datatype.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_extract_atom_datatype(void *handle, const char *name)
     * }
     */
    public static int lammps_extract_atom_datatype(MemorySegment handle, MemorySegment name) {
        var mh$ = lammps_extract_atom_datatype.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_atom_datatype", handle, name);
            }
            return (int) mh$.invokeExact(handle, name);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_atom {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_atom");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_extract_atom(void *handle, const char *name)
     * }
     */
    public static FunctionDescriptor lammps_extract_atom$descriptor() {
        return lammps_extract_atom.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_extract_atom(void *handle, const char *name)
     * }
     */
    public static MethodHandle lammps_extract_atom$handle() {
        return lammps_extract_atom.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_extract_atom(void *handle, const char *name)
     * }
     */
    public static MemorySegment lammps_extract_atom$address() {
        return lammps_extract_atom.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *lammps_extract_atom(void *handle, const char *name)
     * }
     */
    public static MemorySegment lammps_extract_atom(MemorySegment handle, MemorySegment name) {
        var mh$ = lammps_extract_atom.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_atom", handle, name);
            }
            return (MemorySegment) mh$.invokeExact(handle, name);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_compute {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_INT
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_compute");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_extract_compute(void *handle, const char *, int, int)
     * }
     */
    public static FunctionDescriptor lammps_extract_compute$descriptor() {
        return lammps_extract_compute.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_extract_compute(void *handle, const char *, int, int)
     * }
     */
    public static MethodHandle lammps_extract_compute$handle() {
        return lammps_extract_compute.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_extract_compute(void *handle, const char *, int, int)
     * }
     */
    public static MemorySegment lammps_extract_compute$address() {
        return lammps_extract_compute.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *lammps_extract_compute(void *handle, const char *, int, int)
     * }
     */
    public static MemorySegment lammps_extract_compute(MemorySegment handle, MemorySegment x1, int x2, int x3) {
        var mh$ = lammps_extract_compute.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_compute", handle, x1, x2, x3);
            }
            return (MemorySegment) mh$.invokeExact(handle, x1, x2, x3);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_extract_variable {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_extract_variable");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void *lammps_extract_variable(void *handle, const char *, const char *)
     * }
     */
    public static FunctionDescriptor lammps_extract_variable$descriptor() {
        return lammps_extract_variable.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void *lammps_extract_variable(void *handle, const char *, const char *)
     * }
     */
    public static MethodHandle lammps_extract_variable$handle() {
        return lammps_extract_variable.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void *lammps_extract_variable(void *handle, const char *, const char *)
     * }
     */
    public static MemorySegment lammps_extract_variable$address() {
        return lammps_extract_variable.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void *lammps_extract_variable(void *handle, const char *, const char *)
     * }
     */
    public static MemorySegment lammps_extract_variable(MemorySegment handle, MemorySegment x1, MemorySegment x2) {
        var mh$ = lammps_extract_variable.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_extract_variable", handle, x1, x2);
            }
            return (MemorySegment) mh$.invokeExact(handle, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_gather_atoms {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_gather_atoms");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_gather_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static FunctionDescriptor lammps_gather_atoms$descriptor() {
        return lammps_gather_atoms.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_gather_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MethodHandle lammps_gather_atoms$handle() {
        return lammps_gather_atoms.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_gather_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MemorySegment lammps_gather_atoms$address() {
        return lammps_gather_atoms.ADDR;
    }

    /**
     * type is 0 for int and 1 for double data, not the LAMMPS_INT / LAMMPS_DOUBLE constants: with
     * LAMMPS_DOUBLE (2) this version only logs a warning and leaves data untouched.
     * <p>
     * {@snippet lang=c :
     * void lammps_gather_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static void lammps_gather_atoms(MemorySegment handle, MemorySegment name, int type, int count, MemorySegment data) {
        var mh$ = lammps_gather_atoms.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_gather_atoms", handle, name, type, count, data);
            }
            mh$.invokeExact(handle, name, type, count, data);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_scatter_atoms {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_scatter_atoms");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_scatter_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static FunctionDescriptor lammps_scatter_atoms$descriptor() {
        return lammps_scatter_atoms.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_scatter_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MethodHandle lammps_scatter_atoms$handle() {
        return lammps_scatter_atoms.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_scatter_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MemorySegment lammps_scatter_atoms$address() {
        return lammps_scatter_atoms.ADDR;
    }

    /**
     * type is 0 for int and 1 for double data (this version treats any non-zero type as double; pass 1,
     * since lammps_gather_atoms rejects LAMMPS_DOUBLE). Does nothing unless an atom map exists
     * (atom_modify map array).
     * <p>
     * {@snippet lang=c :
     * void lammps_scatter_atoms(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static void lammps_scatter_atoms(MemorySegment handle, MemorySegment name, int type, int count, MemorySegment data) {
        var mh$ = lammps_scatter_atoms.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_scatter_atoms", handle, name, type, count, data);
            }
            mh$.invokeExact(handle, name, type, count, data);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_gather {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_gather");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_gather(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static FunctionDescriptor lammps_gather$descriptor() {
        return lammps_gather.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_gather(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MethodHandle lammps_gather$handle() {
        return lammps_gather.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_gather(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MemorySegment lammps_gather$address() {
        return lammps_gather.ADDR;
    }

    /**
     * type is 0 for int and 1 for double data (this version treats any non-zero type as double; pass 1,
     * since lammps_gather_atoms rejects LAMMPS_DOUBLE).
     * <p>
     * {@snippet lang=c :
     * void lammps_gather(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static void lammps_gather(MemorySegment handle, MemorySegment name, int type, int count, MemorySegment data) {
        var mh$ = lammps_gather.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_gather", handle, name, type, count, data);
            }
            mh$.invokeExact(handle, name, type, count, data);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_scatter {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_scatter");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_scatter(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static FunctionDescriptor lammps_scatter$descriptor() {
        return lammps_scatter.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_scatter(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MethodHandle lammps_scatter$handle() {
        return lammps_scatter.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_scatter(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static MemorySegment lammps_scatter$address() {
        return lammps_scatter.ADDR;
    }

    /**
     * type is 0 for int and 1 for double data (this version treats any non-zero type as double; pass 1,
     * since lammps_gather_atoms rejects LAMMPS_DOUBLE).
     * <p>
     * {@snippet lang=c :
     * void lammps_scatter(void *handle, char *name, int type, int count, void *data)
     * }
     */
    public static void lammps_scatter(MemorySegment handle, MemorySegment name, int type, int count, MemorySegment data) {
        var mh$ = lammps_scatter.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_scatter", handle, name, type, count, data);
            }
            mh$.invokeExact(handle, name, type, count, data);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_create_atoms {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_create_atoms");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_create_atoms(void *handle, int n, const int *id, const int *type, const double *x,
     *     const double *v, const int *image, int bexpand)
     * }
     */
    public static FunctionDescriptor lammps_create_atoms$descriptor() {
        return lammps_create_atoms.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_create_atoms(void *handle, int n, const int *id, const int *type, const double *x,
     *     const double *v, const int *image, int bexpand)
     * }
     */
    public static MethodHandle lammps_create_atoms$handle() {
        return lammps_create_atoms.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_create_atoms(void *handle, int n, const int *id, const int *type, const double *x,
     *     const double *v, const int *image, int bexpand)
     * }
     */
    public static MemorySegment lammps_create_atoms$address() {
        return lammps_create_atoms.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_create_atoms(void *handle, int n, const int *id, const int *type, const double *x,
     *     const double *v, const int *image, int bexpand)
     * }
     */
    public static int lammps_create_atoms(MemorySegment handle, int n, MemorySegment id, MemorySegment type, MemorySegment x, MemorySegment v, MemorySegment image, int bexpand) {
        var mh$ = lammps_create_atoms.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_create_atoms", handle, n, id, type, x, v, image, bexpand);
            }
            return (int) mh$.invokeExact(handle, n, id, type, x, v, image, bexpand);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_version(void *handle)
     * }
     */
    public static FunctionDescriptor lammps_version$descriptor() {
        return lammps_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_version(void *handle)
     * }
     */
    public static MethodHandle lammps_version$handle() {
        return lammps_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_version(void *handle)
     * }
     */
    public static MemorySegment lammps_version$address() {
        return lammps_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_version(void *handle)
     * }
     */
    public static int lammps_version(MemorySegment handle) {
        var mh$ = lammps_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_version", handle);
            }
            return (int) mh$.invokeExact(handle);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_config_has_mpi_support {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_config_has_mpi_support");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_config_has_mpi_support()
     * }
     */
    public static FunctionDescriptor lammps_config_has_mpi_support$descriptor() {
        return lammps_config_has_mpi_support.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_config_has_mpi_support()
     * }
     */
    public static MethodHandle lammps_config_has_mpi_support$handle() {
        return lammps_config_has_mpi_support.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_config_has_mpi_support()
     * }
     */
    public static MemorySegment lammps_config_has_mpi_support$address() {
        return lammps_config_has_mpi_support.ADDR;
    }

    /**
     * Not a 0/1 flag in this version: returns sizeof(MPI_Comm) of the MPI library LAMMPS was built with (8
     * with OpenMPI), 0 for the MPI stubs.
     * <p>
     * {@snippet lang=c :
     * int lammps_config_has_mpi_support()
     * }
     */
    public static int lammps_config_has_mpi_support() {
        var mh$ = lammps_config_has_mpi_support.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_config_has_mpi_support");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_config_has_exceptions {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_config_has_exceptions");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_config_has_exceptions()
     * }
     */
    public static FunctionDescriptor lammps_config_has_exceptions$descriptor() {
        return lammps_config_has_exceptions.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_config_has_exceptions()
     * }
     */
    public static MethodHandle lammps_config_has_exceptions$handle() {
        return lammps_config_has_exceptions.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_config_has_exceptions()
     * }
     */
    public static MemorySegment lammps_config_has_exceptions$address() {
        return lammps_config_has_exceptions.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_config_has_exceptions()
     * }
     */
    public static int lammps_config_has_exceptions() {
        var mh$ = lammps_config_has_exceptions.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_config_has_exceptions");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_config_has_package {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_config_has_package");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_config_has_package(const char *)
     * }
     */
    public static FunctionDescriptor lammps_config_has_package$descriptor() {
        return lammps_config_has_package.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_config_has_package(const char *)
     * }
     */
    public static MethodHandle lammps_config_has_package$handle() {
        return lammps_config_has_package.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_config_has_package(const char *)
     * }
     */
    public static MemorySegment lammps_config_has_package$address() {
        return lammps_config_has_package.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_config_has_package(const char *)
     * }
     */
    public static int lammps_config_has_package(MemorySegment x0) {
        var mh$ = lammps_config_has_package.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_config_has_package", x0);
            }
            return (int) mh$.invokeExact(x0);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_has_style {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_has_style");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_has_style(void *, const char *, const char *)
     * }
     */
    public static FunctionDescriptor lammps_has_style$descriptor() {
        return lammps_has_style.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_has_style(void *, const char *, const char *)
     * }
     */
    public static MethodHandle lammps_has_style$handle() {
        return lammps_has_style.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_has_style(void *, const char *, const char *)
     * }
     */
    public static MemorySegment lammps_has_style$address() {
        return lammps_has_style.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_has_style(void *, const char *, const char *)
     * }
     */
    public static int lammps_has_style(MemorySegment x0, MemorySegment x1, MemorySegment x2) {
        var mh$ = lammps_has_style.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_has_style", x0, x1, x2);
            }
            return (int) mh$.invokeExact(x0, x1, x2);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_id_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_id_count");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_id_count(void *, const char *)
     * }
     */
    public static FunctionDescriptor lammps_id_count$descriptor() {
        return lammps_id_count.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_id_count(void *, const char *)
     * }
     */
    public static MethodHandle lammps_id_count$handle() {
        return lammps_id_count.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_id_count(void *, const char *)
     * }
     */
    public static MemorySegment lammps_id_count$address() {
        return lammps_id_count.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_id_count(void *, const char *)
     * }
     */
    public static int lammps_id_count(MemorySegment x0, MemorySegment x1) {
        var mh$ = lammps_id_count.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_id_count", x0, x1);
            }
            return (int) mh$.invokeExact(x0, x1);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void lammps_free(void *ptr)
     * }
     */
    public static FunctionDescriptor lammps_free$descriptor() {
        return lammps_free.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void lammps_free(void *ptr)
     * }
     */
    public static MethodHandle lammps_free$handle() {
        return lammps_free.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void lammps_free(void *ptr)
     * }
     */
    public static MemorySegment lammps_free$address() {
        return lammps_free.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void lammps_free(void *ptr)
     * }
     */
    public static void lammps_free(MemorySegment ptr) {
        var mh$ = lammps_free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_free", ptr);
            }
            mh$.invokeExact(ptr);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_has_error {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_has_error");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_has_error(void *handle)
     * }
     */
    public static FunctionDescriptor lammps_has_error$descriptor() {
        return lammps_has_error.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_has_error(void *handle)
     * }
     */
    public static MethodHandle lammps_has_error$handle() {
        return lammps_has_error.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_has_error(void *handle)
     * }
     */
    public static MemorySegment lammps_has_error$address() {
        return lammps_has_error.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_has_error(void *handle)
     * }
     */
    public static int lammps_has_error(MemorySegment handle) {
        var mh$ = lammps_has_error.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_has_error", handle);
            }
            return (int) mh$.invokeExact(handle);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class lammps_get_last_error_message {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            library_h.C_INT,
            library_h.C_POINTER,
            library_h.C_POINTER,
            library_h.C_INT
        );

        public static final MemorySegment ADDR = library_h.findOrThrow("lammps_get_last_error_message");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int lammps_get_last_error_message(void *handle, char *buffer, int buf_size)
     * }
     */
    public static FunctionDescriptor lammps_get_last_error_message$descriptor() {
        return lammps_get_last_error_message.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int lammps_get_last_error_message(void *handle, char *buffer, int buf_size)
     * }
     */
    public static MethodHandle lammps_get_last_error_message$handle() {
        return lammps_get_last_error_message.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int lammps_get_last_error_message(void *handle, char *buffer, int buf_size)
     * }
     */
    public static MemorySegment lammps_get_last_error_message$address() {
        return lammps_get_last_error_message.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int lammps_get_last_error_message(void *handle, char *buffer, int buf_size)
     * }
     */
    public static int lammps_get_last_error_message(MemorySegment handle, MemorySegment buffer, int buf_size) {
        var mh$ = lammps_get_last_error_message.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("lammps_get_last_error_message", handle, buffer, buf_size);
            }
            return (int) mh$.invokeExact(handle, buffer, buf_size);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
