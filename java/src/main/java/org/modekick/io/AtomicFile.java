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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files written beside their targets (NAME.partial), forced to disk, moved into place and the move itself
 * forced (the directory), so that a reader, or a run killed meanwhile, sees either the old file or the
 * complete new one, never half of it. Every output of modekick is written this way.
 */
public final class AtomicFile {

    /** Writes the body of a text file. */
    public interface Body {
        void write(BufferedWriter out) throws IOException;
    }

    /** Writes a file of any format at the path it is given (the temporary name). */
    public interface Content {
        void writeTo(Path partial) throws IOException;
    }

    private AtomicFile() {}

    /** A UTF-8 text file. */
    public static void writeText(Path target, Body body) throws IOException {
        write(target, partial -> {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream stream = Channels.newOutputStream(channel);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                body.write(out);
                out.flush();
            }
        });
    }

    /** One file of any format. */
    public static void write(Path target, Content content) throws IOException {
        Map<Path, Content> one = new LinkedHashMap<>();
        one.put(target, content);
        writeTogether(one);
    }

    /**
     * Several files that belong together (e.g. a modes directory): all are written aside and forced first, then
     * moved into place in the map's order, so that none is replaced before every one is complete.
     */
    public static void writeTogether(Map<Path, Content> files) throws IOException {
        List<Path> partials = new ArrayList<>();
        for (Map.Entry<Path, Content> f : files.entrySet()) {
            Path partial = partial(f.getKey());
            f.getValue().writeTo(partial);
            try (FileChannel c = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            partials.add(partial);
        }
        int i = 0;
        for (Path target : files.keySet()) {
            Files.move(partials.get(i++), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path dir : files.keySet().stream().map(AtomicFile::directory).distinct().toList()) {
            try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
                d.force(true); // the renames themselves
            }
        }
    }

    /** Where the content of {@code target} is written before it is moved into place. */
    public static Path partial(Path target) {
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    private static Path directory(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null ? parent : Path.of(".").toAbsolutePath();
    }
}
