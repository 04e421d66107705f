package org.modekick.pipeline;

/**
 * What a step was asked to do cannot be done with these inputs, and no code is at fault: a mode selection
 * the glass or the modes at hand cannot satisfy, a directory that holds another run, modes of another glass,
 * a box too small for the interactions. Another argument is the fix; nothing was computed.
 */
public final class RequestException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RequestException(String message) {
        super(message);
    }

    public RequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
