package org.modekick.mpi;

/** An MPI call returned an error code. */
public final class MpiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MpiException(String message) {
        super(message);
    }

    static void check(int code, String call) {
        if (code != 0) {
            throw new MpiException(call + " failed with MPI error code " + code);
        }
    }
}
