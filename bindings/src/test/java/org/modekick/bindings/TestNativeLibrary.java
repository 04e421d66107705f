package org.modekick.bindings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes {@code libmodekick-native.so} loadable for the tests of {@code modekick_native_h}. The bindings module
 * does not depend on the native module's build, so: an explicit {@code modekick.native.dir} /
 * {@code MODEKICK_NATIVE_DIR} wins; otherwise the native module's build output if it exists; otherwise a test
 * double compiled here from the real header (so its definitions must match the header's declarations).
 */
final class TestNativeLibrary {
    private TestNativeLibrary() {
    }

    static final String STAND_IN_VERSION = "modekick-native test stand-in";

    private static String description;

    /** Returns what will be loaded, for messages. */
    static synchronized String ensureAvailable() throws IOException, InterruptedException {
        if (description != null) {
            return description;
        }
        String prop = System.getProperty("modekick.native.dir");
        String env = System.getenv("MODEKICK_NATIVE_DIR");
        if ((prop != null && !prop.isBlank()) || (env != null && !env.isBlank())
                || System.getProperty(NativeLibrary.MODEKICK_NATIVE.propertyName()) != null) {
            return description = "as configured (" + (prop != null ? prop : env) + ")";
        }
        Path nativeModule = BindingSources.moduleDir().resolve("../native").normalize();
        Path built = nativeModule.resolve("build/libmodekick-native.so");
        if (Files.isRegularFile(built)) {
            System.setProperty("modekick.native.dir", built.getParent().toString());
            return description = "native module build output " + built;
        }
        Path dir = BindingSources.buildDir().resolve("test-native");
        Files.createDirectories(dir);
        Path c = dir.resolve("modekick_native_standin.c");
        Files.writeString(c, """
                /* Test double for libmodekick-native.so, written by TestNativeLibrary: used only when the native
                 * module has not been built, to exercise loading through modekick.native.dir. */
                #include <stddef.h>
                #include "modekick_native.h"
                int modekick_register_pair_styles(void *lmp) { return lmp == NULL ? 2 : 0; }
                int modekick_native_sizeof_bigint(void) { return 8; }
                int modekick_native_sizeof_tagint(void) { return 4; }
                int modekick_native_sizeof_imageint(void) { return 4; }
                const char *modekick_native_version(void) { return "%s"; }
                """.formatted(STAND_IN_VERSION));
        Path so = dir.resolve("libmodekick-native.so");
        List<String> cmd = List.of("gcc", "-std=c11", "-Wall", "-Werror", "-fPIC", "-shared",
                "-I" + nativeModule.resolve("src"), c.toString(), "-o", so.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("cannot build the test stand-in of libmodekick-native.so:\n"
                    + String.join(" ", cmd) + "\n" + out);
        }
        System.setProperty("modekick.native.dir", dir.toString());
        return description = "test stand-in " + so + " (native module not built)";
    }
}
