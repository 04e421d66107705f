package org.modekick.system;

/**
 * A problem in a LAMMPS data file, with the file and the 1-based line it was found on; the message
 * reads {@code FILE:LINE: problem} like a compiler's, so an editor can jump to it.
 */
public final class DataFileException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public DataFileException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
