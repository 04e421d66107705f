package org.modekick.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that does not follow its format (a CSV, a summary.json). The message names the file and, where
 * one line is at fault, the line (1 = the header), so that whoever wrote the file can find the problem.
 */
public final class InputFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    /** A fault in the file as a whole (line 0). */
    public InputFormatException(Path file, String message) {
        this(file, 0, message, null);
    }

    public InputFormatException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    public InputFormatException(Path file, int line, String message, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message, cause);
        this.file = file;
        this.line = line;
        this.problem = message;
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    /** The 1-based line at fault, or 0 for the file as a whole. */
    public int line() {
        return line;
    }
}
