package org.modekick.lammps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file as a LAMMPS command may name it, for the commands that take a file name (log, write_data through a
 * script variable). LAMMPS's input parser splits a command at white space, cuts it at '#', substitutes $x, ${x}
 * and $(...) even inside a path, strips quotes (a '"' in the path ends the quoted word) and rewrites some non-ASCII
 * characters; write_data also replaces '*' with the timestep. A user's path therefore never goes into a command as
 * it is: a path made of the characters of {@link #SAFE} only is used directly, and any other is named through a
 * symbolic link with a plain name, in a private temporary directory, that points at the file's directory, so that
 * what LAMMPS writes lands where the user asked. The link is removed on {@link #close}; should LAMMPS end the
 * process first, the launcher removes its scratch directory ($MODEKICK_SCRATCH), links included.
 */
public final class CommandPath implements AutoCloseable {

    /** The characters a path may hold to reach LAMMPS's parser as it is. */
    public static final Pattern SAFE = Pattern.compile("[A-Za-z0-9/._+=,:@-]+");

    /** The launcher's scratch directory, removed when the process ends however it ends. */
    static final String SCRATCH_VARIABLE = "MODEKICK_SCRATCH";

    private final String text;
    private final Path linkDirectory;

    private CommandPath(String text, Path linkDirectory) {
        this.text = text;
        this.linkDirectory = linkDirectory;
    }

    /**
     * {@code file} as LAMMPS may name it. Its name must be plain (the callers choose their files' names; a user's
     * name goes to a plain temporary name that Java moves into place); its directory may be anything, and must
     * exist.
     */
    public static CommandPath of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (!SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain file name for LAMMPS: " + name);
        }
        if (SAFE.matcher(absolute.toString()).matches()) {
            return new CommandPath(absolute.toString(), null);
        }
        try {
            Path links = Files.createTempDirectory(scratch(), "lammps-path-");
            Path link = Files.createSymbolicLink(links.resolve("d"), absolute.getParent());
            return new CommandPath(link.resolve(name).toString(), links);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a plain name for " + absolute + " in the temporary directory"
                    + " (LAMMPS's parser cannot take the path as it is): " + e.getMessage(), e);
        }
    }

    /** The path to put into the command. */
    public String text() {
        return text;
    }

    private static Path scratch() throws IOException {
        String variable = System.getenv(SCRATCH_VARIABLE);
        Path dir = variable != null && !variable.isBlank() ? Path.of(variable)
                : Path.of(System.getProperty("java.io.tmpdir"));
        Path absolute = dir.toAbsolutePath().normalize();
        if (!SAFE.matcher(absolute.toString()).matches()) {
            throw new IOException("the temporary directory " + absolute + " has characters LAMMPS's parser cannot"
                    + " take either: set TMPDIR to a plain path");
        }
        Files.createDirectories(absolute);
        return absolute;
    }

    /** Removes the link (never what it points at). */
    @Override
    public void close() {
        if (linkDirectory == null) {
            return;
        }
        try {
            Files.deleteIfExists(linkDirectory.resolve("d")); // the link itself: deleting does not follow it
            Files.deleteIfExists(linkDirectory);
        } catch (IOException e) {
            // a leftover link in the temporary directory harms nothing; the launcher removes its scratch anyway
        }
    }
}
