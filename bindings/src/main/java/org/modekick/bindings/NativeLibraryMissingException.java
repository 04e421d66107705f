package org.modekick.bindings;

/**
 * A shared library that modekick needs could not be loaded. The message names the library, what was tried,
 * the Debian package that provides it and the property / environment variable that overrides the search.
 */
public class NativeLibraryMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String library;

    public NativeLibraryMissingException(String library, String message, Throwable cause) {
        super(message, cause);
        this.library = library;
    }

    /** The library's display name, e.g. {@code "LAMMPS (liblammps.so.0)"}. */
    public String library() {
        return library;
    }
}
