package org.modekick.lammps;

/** LAMMPS refused something, with LAMMPS's own message where there is one. */
public final class LammpsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LammpsException(String message) {
        super(message);
    }

    public LammpsException(String message, Throwable cause) {
        super(message, cause);
    }
}
