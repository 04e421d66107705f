package org.modekick.modes;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modekick.io.AtomicFile;
import org.modekick.io.NpyReader;
import org.modekick.io.NpyWriter;

/**
 * The directory a modes run writes and later commands read: modes.csv ({@link ModesCsv}), eigenvectors.npy
 * (K x 3N float64, one mode per row, in the order of modes.csv; written and read here), vdos.csv
 * ({@link VdosCsv}) and summary.json ({@link ModesSummaryJson}). The four files are written aside and moved
 * into place together ({@link AtomicFile#writeTogether}), so a killed run never leaves a half-written file
 * that looks complete.
 */
public final class ModeFiles {

    public static final String MODES_CSV = "modes.csv";
    public static final String EIGENVECTORS = "eigenvectors.npy";
    public static final String VDOS_CSV = "vdos.csv";
    public static final String SUMMARY = "summary.json";

    private ModeFiles() {}

    /** Writes the four files of {@code result}; {@code run} says how it was computed (summary.json "run"). */
    public static void write(Path dir, ModeAnalysisResult result, Map<String, Object> run) throws IOException {
        Files.createDirectories(dir);
        Modes modes = result.modes();
        Map<Path, AtomicFile.Content> files = new LinkedHashMap<>();
        files.put(dir.resolve(MODES_CSV), file -> ModesCsv.write(file, result.summaries()));
        files.put(dir.resolve(EIGENVECTORS), file -> {
            try (NpyWriter writer = NpyWriter.create(file, modes.size(), 3L * modes.particleCount())) {
                for (int k = 1; k <= modes.size(); k++) {
                    writer.writeRow(modes.mode(k).vector());
                }
            }
        });
        files.put(dir.resolve(VDOS_CSV), file -> VdosCsv.write(file, result.dos()));
        files.put(dir.resolve(SUMMARY), file -> ModesSummaryJson.write(file, result, run));
        AtomicFile.writeTogether(files);
    }

    /** The modes of a directory written by {@link #write}: eigenvalues from modes.csv, eigenvectors copied into {@code arena}. */
    public static Modes read(Path dir, Arena arena) throws IOException {
        return read(dir, ModesCsv.read(dir.resolve(MODES_CSV)), arena);
    }

    /** The modes listed in {@code rows} (modes.csv, already read) with their eigenvectors copied into {@code arena}. */
    static Modes read(Path dir, List<ModeSummary> rows, Arena arena) throws IOException {
        try (NpyReader npy = NpyReader.open(dir.resolve(EIGENVECTORS))) {
            if (npy.rows() != rows.size()) {
                throw new IOException(dir.resolve(EIGENVECTORS) + " holds " + npy.rows() + " eigenvectors but "
                        + dir.resolve(MODES_CSV) + " lists " + rows.size() + " modes");
            }
            if (npy.columns() % 3 != 0) {
                throw new IOException(dir.resolve(EIGENVECTORS) + ": row length " + npy.columns() + " is not 3N");
            }
            List<Mode> modes = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) {
                MemorySegment v = arena.allocate(ValueLayout.JAVA_DOUBLE, npy.columns());
                npy.readRow(k, v);
                modes.add(new Mode(rows.get(k).lambda(), v));
            }
            return new Modes((int) (npy.columns() / 3), modes);
        }
    }
}
