package org.modekick.store;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.modekick.io.AtomicFile;
import org.modekick.io.NpyReader;
import org.modekick.io.NpyWriter;
import org.modekick.system.ParticleVector;

/**
 * The converged final state r1 of every mode that left r0, as states/mode-K.npy (1 x 3N float64, the
 * wrapped positions by atom ID): grouping and the outputs read them back, also for modes finished by an
 * earlier, interrupted run. Each file is complete on disk ({@link AtomicFile})
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
        AtomicFile.write(file(k), partial -> {
            try (NpyWriter w = NpyWriter.create(partial, 1, positions.byteSize() / Double.BYTES)) {
                w.writeRow(positions);
            }
        });
    }

    /** Why the final state of mode k is not there whole, for {@code particles} particles; null when it is. */
    public String problem(int k, int particles) {
        Path file = file(k);
        if (!Files.isRegularFile(file)) {
            return "its final state " + DIR + "/" + file.getFileName() + " is missing";
        }
        try (NpyReader r = NpyReader.open(file)) {
            return r.rows() == 1 && r.columns() == 3L * particles ? null
                    : "its final state " + file.getFileName() + " holds " + r.rows() + " x " + r.columns()
                            + " numbers, not 1 x " + 3L * particles;
        } catch (IOException | RuntimeException e) {
            return "its final state " + file.getFileName() + " is damaged (" + e.getMessage() + ")";
        }
    }

    public MemorySegment read(int k, Arena arena) throws IOException {
        try (NpyReader r = NpyReader.open(file(k))) {
            MemorySegment s = arena.allocate(ParticleVector.DOUBLE, r.columns());
            r.readRow(0, s);
            return s;
        }
    }
}
