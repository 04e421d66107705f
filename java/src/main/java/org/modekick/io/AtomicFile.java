package org.modekick.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A text file written beside its target, forced to disk and moved into place, so that a reader (or a
 * run killed meanwhile) sees either the old file or the complete new one, never half of it.
 */
public final class AtomicFile {

    /** Writes the body of a text file. */
    public interface Body {
        void write(BufferedWriter out) throws IOException;
    }

    private AtomicFile() {}

    public static void write(Path target, Body body) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream stream = Channels.newOutputStream(channel);
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            body.write(out);
            out.flush();
            channel.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
