package org.modekick.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;

/**
 * Reading a text file line by line so that a binary file is named as such: a decoder that meets bytes which are
 * not UTF-8 only says "Input length = 1", and a NUL byte is valid UTF-8 but never part of modekick's text formats.
 */
public final class TextLines {

    /** What the readers say of a file that is not text. */
    public static final String NOT_TEXT = "not a text file (it holds bytes that are not UTF-8 text: a binary file?)";

    /** Thrown by {@link #next} with the 1-based number of the line that is not text. */
    public static final class NotTextException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotTextException(int line, Throwable cause) {
            super(NOT_TEXT, cause);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private TextLines() {}

    /**
     * The next line of {@code in}, or null at the end; {@code number} is that line's 1-based number, for the
     * exception when it is not text.
     */
    public static String next(BufferedReader in, int number) throws IOException {
        String line;
        try {
            line = in.readLine();
        } catch (CharacterCodingException e) {
            throw new NotTextException(number, e);
        }
        if (line != null && line.indexOf('\0') >= 0) {
            throw new NotTextException(number, null);
        }
        return line;
    }
}
