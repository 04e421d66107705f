package org.modekick.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A text file read line by line so that a binary file is named as such, at the right line: a Reader decodes ahead
 * of the line it returns and only says "Input length = 1", so a file's lines are split as bytes here and each is
 * decoded on its own (strict UTF-8); a NUL byte is valid UTF-8 but never part of modekick's text formats. Lines end
 * at '\n' (a '\r' before it is dropped, as BufferedReader does).
 */
public final class TextLines implements Closeable {

    /** What the readers say of a file that is not text. */
    public static final String NOT_TEXT = "not a text file (it holds bytes that are not UTF-8 text: a binary file?)";

    /** Thrown by {@link #next} with the 1-based number of the line that is not text. */
    public static final class NotTextException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        NotTextException(int line) {
            super(NOT_TEXT);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final InputStream in;
    private final BufferedReader reader;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;
    private int number;

    private TextLines(InputStream in, BufferedReader reader) {
        this.in = in;
        this.reader = reader;
    }

    /** The lines of {@code file}. */
    public static TextLines open(Path file) throws IOException {
        return new TextLines(Files.newInputStream(file), null);
    }

    /** The lines of text already decoded (a NUL is still refused). */
    public static TextLines of(BufferedReader reader) {
        return new TextLines(null, reader);
    }

    /** The 1-based number of the line {@link #next} returned last. */
    public int lineNumber() {
        return number;
    }

    /** The next line, or null at the end. */
    public String next() throws IOException {
        String line = reader != null ? reader.readLine() : nextDecoded();
        if (line == null) {
            return null;
        }
        number++;
        if (line.indexOf('\0') >= 0) {
            throw new NotTextException(number);
        }
        return line;
    }

    private String nextDecoded() throws IOException {
        while (true) {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    String line = decode(start, i);
                    start = i + 1;
                    return line;
                }
            }
            if (eof) {
                if (start == end) {
                    return null;
                }
                String line = decode(start, end);
                start = end;
                return line;
            }
            fill();
        }
    }

    /** More bytes after what is left of the current line, growing the buffer for a long line. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    private String decode(int from, int to) throws NotTextException {
        int length = to - from;
        if (length > 0 && buffer[to - 1] == '\r') {
            length--;
        }
        try {
            return decoder.decode(ByteBuffer.wrap(buffer, from, length)).toString();
        } catch (CharacterCodingException e) {
            throw new NotTextException(number + 1);
        }
    }

    @Override
    public void close() throws IOException {
        if (in != null) {
            in.close();
        }
        if (reader != null) {
            reader.close();
        }
    }
}
