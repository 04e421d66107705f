// Hand-written in the shape jextract generates (see package-info.java); every declaration in a
// {@snippet lang=c} block is checked against the installed C headers by BindingSignatureTest.

package org.modekick.bindings.openblas;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.modekick.bindings.NativeLibrary;

/**
 * Bindings for OpenBLAS's thread control, declared in its {@code cblas.h}: the number of threads its
 * level-3 (and threaded level-2) kernels use, which MUMPS's dense front factorisations and solves inherit.
 */
@SuppressWarnings("restricted") // calling native code is this class's whole purpose
public class openblas_h {

    openblas_h() {
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
    // a missing library fails with a message naming the package. dlopen by soname returns the copy that
    // libblas.so.3 already loaded, so these calls reach the BLAS that MUMPS uses.
    static final SymbolLookup SYMBOL_LOOKUP = NativeLibrary.OPENBLAS;

    static MemorySegment findOrThrow(String symbol) {
        return NativeLibrary.OPENBLAS.findOrThrow(symbol);
    }

    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;

    private static class openblas_set_num_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            openblas_h.C_INT
        );

        public static final MemorySegment ADDR = openblas_h.findOrThrow("openblas_set_num_threads");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * void openblas_set_num_threads(int num_threads)
     * }
     */
    public static FunctionDescriptor openblas_set_num_threads$descriptor() {
        return openblas_set_num_threads.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * void openblas_set_num_threads(int num_threads)
     * }
     */
    public static MethodHandle openblas_set_num_threads$handle() {
        return openblas_set_num_threads.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * void openblas_set_num_threads(int num_threads)
     * }
     */
    public static MemorySegment openblas_set_num_threads$address() {
        return openblas_set_num_threads.ADDR;
    }

    /**
     * {@snippet lang=c :
     * void openblas_set_num_threads(int num_threads)
     * }
     */
    public static void openblas_set_num_threads(int num_threads) {
        var mh$ = openblas_set_num_threads.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("openblas_set_num_threads", num_threads);
            }
            mh$.invokeExact(num_threads);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class openblas_get_num_threads {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            openblas_h.C_INT
        );

        public static final MemorySegment ADDR = openblas_h.findOrThrow("openblas_get_num_threads");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int openblas_get_num_threads(void)
     * }
     */
    public static FunctionDescriptor openblas_get_num_threads$descriptor() {
        return openblas_get_num_threads.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int openblas_get_num_threads(void)
     * }
     */
    public static MethodHandle openblas_get_num_threads$handle() {
        return openblas_get_num_threads.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int openblas_get_num_threads(void)
     * }
     */
    public static MemorySegment openblas_get_num_threads$address() {
        return openblas_get_num_threads.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int openblas_get_num_threads(void)
     * }
     */
    public static int openblas_get_num_threads() {
        var mh$ = openblas_get_num_threads.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("openblas_get_num_threads");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
