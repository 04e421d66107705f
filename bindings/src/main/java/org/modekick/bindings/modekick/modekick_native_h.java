// Hand-written in the shape jextract generates (see package-info.java); every declaration in a
// {@snippet lang=c} block is checked against the installed C headers by BindingSignatureTest.

package org.modekick.bindings.modekick;

import java.lang.foreign.*;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.modekick.bindings.NativeLibrary;

/**
 * Bindings for modekick's own native library, {@code native/src/modekick_native.h}
 * ({@code libmodekick-native.so}): pair styles this LAMMPS build lacks, registered into a LAMMPS instance,
 * and the integer sizes the library was compiled with, to compare with
 * {@code lammps_extract_setting(handle, "bigint")} etc. at start-up.
 */
@SuppressWarnings("restricted") // calling native code is this class's whole purpose
public class modekick_native_h {

    modekick_native_h() {
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
    static final SymbolLookup SYMBOL_LOOKUP = NativeLibrary.MODEKICK_NATIVE;

    static MemorySegment findOrThrow(String symbol) {
        return NativeLibrary.MODEKICK_NATIVE.findOrThrow(symbol);
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

    private static class modekick_register_pair_styles {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            modekick_native_h.C_INT,
            modekick_native_h.C_POINTER
        );

        public static final MemorySegment ADDR = modekick_native_h.findOrThrow("modekick_register_pair_styles");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int modekick_register_pair_styles(void *lmp)
     * }
     */
    public static FunctionDescriptor modekick_register_pair_styles$descriptor() {
        return modekick_register_pair_styles.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int modekick_register_pair_styles(void *lmp)
     * }
     */
    public static MethodHandle modekick_register_pair_styles$handle() {
        return modekick_register_pair_styles.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int modekick_register_pair_styles(void *lmp)
     * }
     */
    public static MemorySegment modekick_register_pair_styles$address() {
        return modekick_register_pair_styles.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int modekick_register_pair_styles(void *lmp)
     * }
     */
    public static int modekick_register_pair_styles(MemorySegment lmp) {
        var mh$ = modekick_register_pair_styles.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("modekick_register_pair_styles", lmp);
            }
            return (int) mh$.invokeExact(lmp);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class modekick_native_sizeof_bigint {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            modekick_native_h.C_INT
        );

        public static final MemorySegment ADDR = modekick_native_h.findOrThrow("modekick_native_sizeof_bigint");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_bigint(void)
     * }
     */
    public static FunctionDescriptor modekick_native_sizeof_bigint$descriptor() {
        return modekick_native_sizeof_bigint.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_bigint(void)
     * }
     */
    public static MethodHandle modekick_native_sizeof_bigint$handle() {
        return modekick_native_sizeof_bigint.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_bigint(void)
     * }
     */
    public static MemorySegment modekick_native_sizeof_bigint$address() {
        return modekick_native_sizeof_bigint.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int modekick_native_sizeof_bigint(void)
     * }
     */
    public static int modekick_native_sizeof_bigint() {
        var mh$ = modekick_native_sizeof_bigint.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("modekick_native_sizeof_bigint");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class modekick_pair_cutoff {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            modekick_native_h.C_DOUBLE,
            modekick_native_h.C_POINTER
        );

        public static final MemorySegment ADDR = modekick_native_h.findOrThrow("modekick_pair_cutoff");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * double modekick_pair_cutoff(void *lmp)
     * }
     */
    public static FunctionDescriptor modekick_pair_cutoff$descriptor() {
        return modekick_pair_cutoff.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * double modekick_pair_cutoff(void *lmp)
     * }
     */
    public static MethodHandle modekick_pair_cutoff$handle() {
        return modekick_pair_cutoff.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * double modekick_pair_cutoff(void *lmp)
     * }
     */
    public static MemorySegment modekick_pair_cutoff$address() {
        return modekick_pair_cutoff.ADDR;
    }

    /**
     * {@snippet lang=c :
     * double modekick_pair_cutoff(void *lmp)
     * }
     */
    public static double modekick_pair_cutoff(MemorySegment lmp) {
        var mh$ = modekick_pair_cutoff.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("modekick_pair_cutoff", lmp);
            }
            return (double) mh$.invokeExact(lmp);
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class modekick_native_sizeof_tagint {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            modekick_native_h.C_INT
        );

        public static final MemorySegment ADDR = modekick_native_h.findOrThrow("modekick_native_sizeof_tagint");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_tagint(void)
     * }
     */
    public static FunctionDescriptor modekick_native_sizeof_tagint$descriptor() {
        return modekick_native_sizeof_tagint.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_tagint(void)
     * }
     */
    public static MethodHandle modekick_native_sizeof_tagint$handle() {
        return modekick_native_sizeof_tagint.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_tagint(void)
     * }
     */
    public static MemorySegment modekick_native_sizeof_tagint$address() {
        return modekick_native_sizeof_tagint.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int modekick_native_sizeof_tagint(void)
     * }
     */
    public static int modekick_native_sizeof_tagint() {
        var mh$ = modekick_native_sizeof_tagint.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("modekick_native_sizeof_tagint");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class modekick_native_sizeof_imageint {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            modekick_native_h.C_INT
        );

        public static final MemorySegment ADDR = modekick_native_h.findOrThrow("modekick_native_sizeof_imageint");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_imageint(void)
     * }
     */
    public static FunctionDescriptor modekick_native_sizeof_imageint$descriptor() {
        return modekick_native_sizeof_imageint.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_imageint(void)
     * }
     */
    public static MethodHandle modekick_native_sizeof_imageint$handle() {
        return modekick_native_sizeof_imageint.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * int modekick_native_sizeof_imageint(void)
     * }
     */
    public static MemorySegment modekick_native_sizeof_imageint$address() {
        return modekick_native_sizeof_imageint.ADDR;
    }

    /**
     * {@snippet lang=c :
     * int modekick_native_sizeof_imageint(void)
     * }
     */
    public static int modekick_native_sizeof_imageint() {
        var mh$ = modekick_native_sizeof_imageint.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("modekick_native_sizeof_imageint");
            }
            return (int) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class modekick_native_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            modekick_native_h.C_POINTER
        );

        public static final MemorySegment ADDR = modekick_native_h.findOrThrow("modekick_native_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /**
     * Function descriptor for:
     * {@snippet lang=c :
     * const char *modekick_native_version(void)
     * }
     */
    public static FunctionDescriptor modekick_native_version$descriptor() {
        return modekick_native_version.DESC;
    }

    /**
     * Downcall method handle for:
     * {@snippet lang=c :
     * const char *modekick_native_version(void)
     * }
     */
    public static MethodHandle modekick_native_version$handle() {
        return modekick_native_version.HANDLE;
    }

    /**
     * Address for:
     * {@snippet lang=c :
     * const char *modekick_native_version(void)
     * }
     */
    public static MemorySegment modekick_native_version$address() {
        return modekick_native_version.ADDR;
    }

    /**
     * {@snippet lang=c :
     * const char *modekick_native_version(void)
     * }
     */
    public static MemorySegment modekick_native_version() {
        var mh$ = modekick_native_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("modekick_native_version");
            }
            return (MemorySegment) mh$.invokeExact();
        } catch (Throwable ex$) {
            throw new AssertionError("should not reach here", ex$);
        }
    }
}
