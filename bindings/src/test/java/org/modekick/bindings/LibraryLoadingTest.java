package org.modekick.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.bindings.lammps.library_h;
import org.modekick.bindings.modekick.modekick_native_h;
import org.modekick.bindings.mpi.mpi_h;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading, error messages, symbol resolution and cheap calls that initialise nothing (MPI stays uninitialised). */
class LibraryLoadingTest {

    @Test
    void missingLibraryNamesItsPackageAndOverride() {
        NativeLibrary lib = new NativeLibrary("nosuch", "No-such library", List.of("libmodekick-no-such.so.7"),
                "libno-such-package7", "v7", null);
        var e = assertThrows(NativeLibraryMissingException.class, lib::require);
        for (String part : List.of("No-such library", "libmodekick-no-such.so.7", "apt-get install libno-such-package7",
                "-Dmodekick.lib.nosuch=", "MODEKICK_LIB_NOSUCH")) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' missing from: " + e.getMessage());
        }
        // Later lookups fail the same way, without retrying dlopen.
        var again = assertThrows(NativeLibraryMissingException.class, () -> lib.find("x"));
        assertEquals(e.getMessage(), again.getMessage());
    }

    @Test
    void explicitPathThatDoesNotLoadIsAnErrorNotAFallback() {
        String prop = "modekick.lib.explicit-test";
        System.setProperty(prop, "/nonexistent/liblammps.so.0");
        try {
            NativeLibrary lib = new NativeLibrary("explicit-test", "LAMMPS", List.of("liblammps.so.0"), "liblammps0",
                    "v", null);
            var e = assertThrows(NativeLibraryMissingException.class, lib::require);
            assertTrue(e.getMessage().contains("/nonexistent/liblammps.so.0"), e.getMessage());
            assertTrue(e.getMessage().contains("system property " + prop), e.getMessage());
        } finally {
            System.clearProperty(prop);
        }
    }

    @Test
    void directoryOverrideWithoutTheLibraryExplainsHowToBuildIt(@TempDir Path empty) {
        String prop = "modekick.test.native.dir";
        System.setProperty(prop, empty.toString());
        try {
            NativeLibrary lib = new NativeLibrary("native-test", "modekick native library",
                    List.of("libmodekick-native.so"), null, "v", prop);
            var e = assertThrows(NativeLibraryMissingException.class, lib::require);
            assertTrue(e.getMessage().contains(empty.resolve("libmodekick-native.so").toString()), e.getMessage());
            assertTrue(e.getMessage().contains("make -C native"), e.getMessage());
            assertTrue(e.getMessage().contains("MODEKICK_TEST_NATIVE_DIR"), e.getMessage());
        } finally {
            System.clearProperty(prop);
        }
    }

    @Test
    void missingSymbolNamesSymbolAndLibrary() {
        var e = assertThrows(NativeSymbolMissingException.class,
                () -> NativeLibrary.LAMMPS.findOrThrow("lammps_no_such_function"));
        assertEquals("lammps_no_such_function", e.symbol());
        assertTrue(e.getMessage().contains("lammps_no_such_function") && e.getMessage().contains("LAMMPS")
                && e.getMessage().contains("liblammps.so.0"), e.getMessage());
    }

    /** Every bound function and variable resolves in the installed libraries, and its downcall handle links. */
    @Test
    void everyBoundSymbolResolves() throws Exception {
        TestNativeLibrary.ensureAvailable();
        List<String> failures = new ArrayList<>();
        int resolved = 0;
        int expected = 0;
        for (BindingSources.Source src : BindingSources.all()) {
            Class<?> cls = Class.forName(src.className());
            var parsed = BindingSignatureTest.parse(src);
            expected += parsed.functions().size() + parsed.globals().size();
            for (String f : parsed.functions().keySet()) {
                resolved += resolve(cls, f + "$address", failures);
                resolve(cls, f + "$handle", failures);
            }
            for (String g : parsed.globals().keySet()) {
                resolved += resolve(cls, g + "$segment", failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(expected, resolved);
    }

    private static int resolve(Class<?> cls, String method, List<String> failures) {
        try {
            Method m = cls.getMethod(method);
            Object v = m.invoke(null);
            if (v instanceof MemorySegment s && s.equals(MemorySegment.NULL)) {
                failures.add(cls.getSimpleName() + "." + method + " is NULL");
            }
            return 1;
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            failures.add(cls.getSimpleName() + "." + method + ": " + cause + (cause.getCause() != null
                    ? " caused by " + cause.getCause() : ""));
            return 0;
        }
    }

    @Test
    void lammpsCheapCalls() {
        assertEquals(0, library_h.lammps_config_has_exceptions(),
                "this LAMMPS build was expected to have no C++ exceptions (errors end the process)");
        // Not a flag in this version: sizeof(MPI_Comm) of the MPI LAMMPS was built with, 0 for the stubs.
        assertEquals(library_h.C_POINTER.byteSize(), library_h.lammps_config_has_mpi_support());
        try (Arena arena = Arena.ofConfined()) {
            // Size settings are answered without an instance (NULL handle): the build is LAMMPS_SMALLBIG.
            assertEquals(8, library_h.lammps_extract_setting(MemorySegment.NULL, arena.allocateFrom("bigint")));
            assertEquals(4, library_h.lammps_extract_setting(MemorySegment.NULL, arena.allocateFrom("tagint")));
            assertEquals(4, library_h.lammps_extract_setting(MemorySegment.NULL, arena.allocateFrom("imageint")));
            assertEquals(1, library_h.lammps_config_has_package(arena.allocateFrom("MANYBODY")));
            assertEquals(0, library_h.lammps_config_has_package(arena.allocateFrom("NO-SUCH-PACKAGE")));
        }
    }

    @Test
    void mpiIsNotInitialisedByLoading() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment flag = arena.allocate(mpi_h.C_INT);
            flag.set(mpi_h.C_INT, 0, -1);
            assertEquals(mpi_h.MPI_SUCCESS(), mpi_h.MPI_Initialized(flag));
            assertEquals(0, flag.get(mpi_h.C_INT, 0));
            assertEquals(mpi_h.ompi_mpi_comm_world$segment().address(), mpi_h.MPI_COMM_WORLD().address());
            assertEquals(0L, mpi_h.MPI_STATUS_IGNORE().address());
        }
    }

    @Test
    @SuppressWarnings("restricted") // reinterpret of the returned C string
    void modekickNativeLoadsThroughItsDirectoryProperty() throws Exception {
        String what = TestNativeLibrary.ensureAvailable();
        String loaded = NativeLibrary.MODEKICK_NATIVE.loadedFrom();
        assertTrue(loaded.endsWith("/libmodekick-native.so"), loaded + " (" + what + ")");
        assertTrue(Files.isRegularFile(Path.of(loaded)), loaded);
        // The sizes the native code was compiled with must be LAMMPS's (SMALLBIG), or tags would be misread.
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(library_h.lammps_extract_setting(MemorySegment.NULL, arena.allocateFrom("bigint")),
                    modekick_native_h.modekick_native_sizeof_bigint(), what);
            assertEquals(library_h.lammps_extract_setting(MemorySegment.NULL, arena.allocateFrom("tagint")),
                    modekick_native_h.modekick_native_sizeof_tagint(), what);
            assertEquals(library_h.lammps_extract_setting(MemorySegment.NULL, arena.allocateFrom("imageint")),
                    modekick_native_h.modekick_native_sizeof_imageint(), what);
        }
        String version = modekick_native_h.modekick_native_version().reinterpret(256).getString(0);
        assertFalse(version.isBlank(), what);
        assertEquals(2, modekick_native_h.modekick_register_pair_styles(MemorySegment.NULL),
                "NULL instance must be refused with 2 (" + what + ")");
    }
}
