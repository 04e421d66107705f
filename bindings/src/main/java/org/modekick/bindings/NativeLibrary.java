package org.modekick.bindings;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A shared library the bindings call into, located and loaded on first use.
 * <p>
 * Search order: the system property {@code modekick.lib.<id>} or the environment variable
 * {@code MODEKICK_LIB_<ID>} (a file path or a soname); for {@link #MODEKICK_NATIVE} also the directory in
 * {@code modekick.native.dir} / {@code MODEKICK_NATIVE_DIR}; otherwise the soname through the system's
 * search path ({@code dlopen} semantics: {@code LD_LIBRARY_PATH}, {@code /etc/ld.so.cache}, default
 * directories). An explicit setting that does not load is an error, not a reason to fall back: a silently
 * different library is worse than a clear failure. Libraries stay loaded for the life of the process.
 * <p>
 * This class is a {@link SymbolLookup}, so the header classes use it where jextract would put
 * {@code SymbolLookup.libraryLookup(...)}; the library is opened at the first symbol lookup, not when a
 * header class is initialised.
 */
@SuppressWarnings("restricted") // loading native libraries is this class's whole purpose
public final class NativeLibrary implements SymbolLookup {

    /** LAMMPS library interface, Debian liblammps0. */
    public static final NativeLibrary LAMMPS = new NativeLibrary("lammps", "LAMMPS",
            List.of("liblammps.so.0"), "liblammps0", "LAMMPS 29 Sep 2021 (liblammps.so.0)", null);
    /** OpenMPI's C library, Debian libopenmpi3. */
    public static final NativeLibrary MPI = new NativeLibrary("mpi", "OpenMPI",
            List.of("libmpi.so.40"), "libopenmpi3", "OpenMPI 4.1 (libmpi.so.40)", null);
    /** PETSc, real double-precision build with 32-bit PetscInt, Debian libpetsc-real3.18. */
    public static final NativeLibrary PETSC = new NativeLibrary("petsc", "PETSc",
            List.of("libpetsc_real.so.3.18"), "libpetsc-real3.18", "PETSc 3.18, real scalars", null);
    /** SLEPc, built against {@link #PETSC}, Debian libslepc-real3.18. */
    public static final NativeLibrary SLEPC = new NativeLibrary("slepc", "SLEPc",
            List.of("libslepc_real.so.3.18"), "libslepc-real3.18", "SLEPc 3.18, real scalars", null);
    /**
     * OpenBLAS, the BLAS that MUMPS's dense kernels run on when Debian's libblas.so.3 alternative points
     * to it (libopenblas0-pthread); bound only to set its thread count.
     */
    public static final NativeLibrary OPENBLAS = new NativeLibrary("openblas", "OpenBLAS",
            List.of("libopenblas.so.0"), "libopenblas0-pthread", "OpenBLAS 0.3 (libopenblas.so.0)", null);
    /** modekick's own pair styles (module modekick-native); no Debian package. */
    public static final NativeLibrary MODEKICK_NATIVE = new NativeLibrary("native", "modekick native library",
            List.of("libmodekick-native.so"), null, "this modekick version", "modekick.native.dir");

    private final String id;
    private final String displayName;
    private final List<String> sonames;
    private final String debianPackage;
    private final String expectedVersion;
    private final String dirProperty;

    private SymbolLookup lookup;
    private String loadedFrom;
    private NativeLibraryMissingException failure;

    NativeLibrary(String id, String displayName, List<String> sonames, String debianPackage,
                  String expectedVersion, String dirProperty) {
        this.id = id;
        this.displayName = displayName;
        this.sonames = List.copyOf(sonames);
        this.debianPackage = debianPackage;
        this.expectedVersion = expectedVersion;
        this.dirProperty = dirProperty;
    }

    /** Short name used in property names: {@code modekick.lib.<id>}. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Sonames tried through the system search path when nothing overrides them. */
    public List<String> sonames() {
        return sonames;
    }

    /** The Debian package that installs the library, or {@code null} for modekick's own. */
    public String debianPackage() {
        return debianPackage;
    }

    /** System property that overrides the search with a path or soname. */
    public String propertyName() {
        return "modekick.lib." + id;
    }

    /** Environment variable that overrides the search when the system property is unset. */
    public String envName() {
        return "MODEKICK_LIB_" + id.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Loads the library if needed; throws {@link NativeLibraryMissingException} if it cannot be loaded. */
    public NativeLibrary require() {
        lookup();
        return this;
    }

    /** The path or soname the library was loaded from, loading it if needed. */
    public synchronized String loadedFrom() {
        lookup();
        return loadedFrom;
    }

    /** Loads the library if needed and returns its symbol lookup. */
    public synchronized SymbolLookup lookup() {
        if (lookup != null) {
            return lookup;
        }
        if (failure != null) {
            // A new instance each time, so that every caller gets its own stack trace; same message.
            throw new NativeLibraryMissingException(describe(), failure.getMessage(), failure);
        }
        Source source = source();
        try {
            lookup = source.open();
            loadedFrom = source.name;
            return lookup;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            failure = new NativeLibraryMissingException(describe(), missingMessage(source, e), e);
            throw failure;
        }
    }

    @Override
    public Optional<MemorySegment> find(String name) {
        return lookup().find(name);
    }

    /** The address of {@code symbol}; throws {@link NativeSymbolMissingException} naming symbol and library. */
    public MemorySegment findOrThrow(String symbol) {
        return find(symbol).orElseThrow(() -> new NativeSymbolMissingException(symbol, describe(),
                "Symbol '" + symbol + "' not found in " + displayName + " (loaded from " + loadedFrom()
                        + "). The bindings were written for " + expectedVersion
                        + "; the installed library is a different version or build."));
    }

    private String describe() {
        return displayName + " (" + String.join(", ", sonames) + ")";
    }

    /** Where to load from, and whether the user chose it. */
    private record Source(String name, String setBy) {
        SymbolLookup open() {
            if (name.indexOf('/') >= 0) {
                Path path = Path.of(name);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalArgumentException("no such file: " + path.toAbsolutePath());
                }
                return SymbolLookup.libraryLookup(path, Arena.global());
            }
            return SymbolLookup.libraryLookup(name, Arena.global());
        }
    }

    private Source source() {
        String explicit = setting(propertyName(), envName());
        if (explicit != null) {
            return new Source(explicit, settingOrigin(propertyName(), envName()));
        }
        if (dirProperty != null) {
            String envDir = dirProperty.toUpperCase(Locale.ROOT).replace('.', '_');
            String dir = setting(dirProperty, envDir);
            if (dir != null) {
                return new Source(Path.of(dir).resolve(sonames.getFirst()).toString(),
                        settingOrigin(dirProperty, envDir));
            }
        }
        return new Source(sonames.getFirst(), null);
    }

    private static String setting(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String settingOrigin(String property, String env) {
        String v = System.getProperty(property);
        return v != null && !v.isBlank() ? "system property " + property : "environment variable " + env;
    }

    private String missingMessage(Source source, Exception e) {
        StringBuilder m = new StringBuilder("Cannot load ").append(displayName).append(": ");
        if (source.setBy != null) {
            m.append("'").append(source.name).append("' (set by ").append(source.setBy).append(") did not load (")
                    .append(e.getMessage()).append("). ");
        } else {
            m.append(source.name).append(" was not found on the system's library search path "
                    + "(LD_LIBRARY_PATH, /etc/ld.so.cache, /lib, /usr/lib). ");
        }
        if (debianPackage != null) {
            m.append("Install the Debian package ").append(debianPackage)
                    .append(" (apt-get install ").append(debianPackage).append(")");
        } else {
            m.append("Build it (module modekick-native: make -C native)");
            if (dirProperty != null) {
                m.append(" and point -D").append(dirProperty).append("=DIR or ")
                        .append(dirProperty.toUpperCase(Locale.ROOT).replace('.', '_'))
                        .append(" at the directory holding ").append(sonames.getFirst());
            }
        }
        m.append(", or name the library file with -D").append(propertyName()).append("=/path/to/")
                .append(sonames.getFirst()).append(" or the environment variable ").append(envName()).append('.');
        return m.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
