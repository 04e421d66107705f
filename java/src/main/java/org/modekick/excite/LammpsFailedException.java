package org.modekick.excite;

/**
 * LAMMPS stopped on a state (its error ends the process that runs it): the message is LAMMPS's own ERROR line, read
 * from its log, with the log's path.
 */
public final class LammpsFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LammpsFailedException(String message) {
        super(message);
    }
}
