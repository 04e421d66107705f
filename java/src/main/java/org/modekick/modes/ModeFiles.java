package org.modekick.modes;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modekick.io.NpyReader;
import org.modekick.io.NpyWriter;

/**
 * The directory a modes run writes and later commands read: modes.csv, eigenvectors.npy (K x 3N
 * float64), vdos.csv and summary.json. Each file is written under a temporary name and moved into
 * place, so a killed run never leaves a half-written file that looks complete.
 */
public final class ModeFiles {

    public static final String MODES_CSV = "modes.csv";
    public static final String EIGENVECTORS = "eigenvectors.npy";
    public static final String VDOS_CSV = "vdos.csv";
    public static final String SUMMARY = "summary.json";

    private ModeFiles() {}

    public static void write(Path dir, ModeAnalysisResult result, Map<String, Object> metadata) throws IOException {
        Files.createDirectories(dir);
        Path csv = temporary(dir, MODES_CSV);
        ModesCsv.write(csv, result.summaries());
        Path npy = temporary(dir, EIGENVECTORS);
        Modes modes = result.modes();
        try (NpyWriter writer = NpyWriter.create(npy, modes.size(), 3L * modes.particleCount())) {
            for (int k = 1; k <= modes.size(); k++) {
                writer.writeRow(modes.mode(k).vector());
            }
        }
        Path vdos = temporary(dir, VDOS_CSV);
        try (BufferedWriter w = Files.newBufferedWriter(vdos, StandardCharsets.UTF_8)) {
            w.write("omega,g,g_over_omega2\n");
            VibrationalDos dos = result.dos();
            for (int b = 0; b < dos.bins(); b++) {
                w.write(dos.centre(b) + "," + dos.density(b) + "," + dos.reduced(b) + "\n");
            }
        }
        JsonObject summary = new JsonObject();
        summary.addProperty("N", modes.particleCount());
        summary.addProperty("modes", modes.size());
        summary.addProperty("omega_min", modes.size() > 0 ? modes.mode(1).omega() : Double.NaN);
        summary.addProperty("omega_max", modes.size() > 0 ? modes.mode(modes.size()).omega() : Double.NaN);
        summary.addProperty("max_relative_residual", result.maxResidual());
        summary.addProperty("unstable_modes", modes.unstableCount());
        summary.addProperty("method", result.method());
        summary.addProperty("isolated_particles", result.isolated());
        if (result.bosonPeak() != null) {
            summary.addProperty("omega_BP", result.bosonPeak().omega());
        }
        if (result.fit() != null) {
            summary.addProperty("A_D", result.fit().debyeLevel());
            summary.addProperty("alpha", result.fit().alpha());
            summary.addProperty("fit_omega_low", result.fit().omegaLow());
            summary.addProperty("fit_omega_high", result.fit().omegaHigh());
        }
        JsonObject timings = new JsonObject();
        timings.addProperty("hessian_s", result.hessianSeconds());
        timings.addProperty("eigensolver_s", result.eigenSeconds());
        timings.addProperty("observables_s", result.observableSeconds());
        summary.add("timings", timings);
        var gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
        summary.add("run", gson.toJsonTree(metadata));
        Path json = temporary(dir, SUMMARY);
        Files.writeString(json, gson.toJson(summary) + "\n", StandardCharsets.UTF_8);
        for (Path p : List.of(csv, npy, vdos, json)) {
            String name = p.getFileName().toString();
            Files.move(p, dir.resolve(name.substring(0, name.length() - ".partial".length())),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The modes of a directory written by {@link #write}, eigenvectors mapped from the .npy file. */
    public static Modes read(Path dir, Arena arena) throws IOException {
        List<ModeSummary> rows = ModesCsv.read(dir.resolve(MODES_CSV));
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

    private static Path temporary(Path dir, String name) {
        return dir.resolve(name + ".partial");
    }
}
