package org.modekick.store;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.modekick.excite.Vectors;
import org.modekick.io.NpyReader;
import org.modekick.io.NpyWriter;

/**
 * The converged final state r1 of every mode that left r0, as states/mode-K.npy (1 x 3N float64, the
 * wrapped positions by atom ID): grouping and the outputs read them back, also for modes finished by an
 * earlier, interrupted run. Each file is complete on disk (written aside, forced, moved into place)
 * before the mode's journal line is written.
 */
public final class FinalStates {

    public static final String DIR = "states";

    private final Path dir;

    public FinalStates(Path runDir) throws IOException {
        this.dir = runDir.resolve(DIR);
        Files.createDirectories(dir);
    }

    public Path file(int k) {
        return dir.resolve(String.format(Locale.ROOT, "mode-%05d.npy", k));
    }

    public void write(int k, MemorySegment positions) throws IOException {
        Path target = file(k);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (NpyWriter w = NpyWriter.create(partial, 1, positions.byteSize() / Double.BYTES)) {
            w.writeRow(positions);
        }
        try (FileChannel c = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true); // the rename itself
        }
    }

    public MemorySegment read(int k, Arena arena) throws IOException {
        try (NpyReader r = NpyReader.open(file(k))) {
            MemorySegment s = arena.allocate(Vectors.DOUBLE, r.columns());
            r.readRow(0, s);
            return s;
        }
    }
}
