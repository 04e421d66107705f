package org.modekick.modes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modekick.io.CsvFile;
import org.modekick.io.CsvRecord;

/**
 * vdos.csv, its one writer and one reader: header {@code omega,g,g_over_omega2}, one line per bin of the
 * vDOS ({@link VibrationalDos}: the bin's centre, g and g/omega^2), read back as {@link VdosPoint}s.
 */
public final class VdosCsv {

    public static final List<String> COLUMNS = List.of("omega", "g", "g_over_omega2");

    private VdosCsv() {}

    public static void write(Path file, VibrationalDos dos) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS) + "\n");
            for (int b = 0; b < dos.bins(); b++) {
                w.write(dos.centre(b) + "," + dos.density(b) + "," + dos.reduced(b) + "\n");
            }
        }
    }

    /** The bins in file order; a missing g/omega^2 is computed from g where omega &gt; 0. */
    public static List<VdosPoint> read(Path file) throws IOException {
        List<VdosPoint> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, COLUMNS)) {
            double omega = r.number("omega");
            double g = r.number("g");
            double reduced = r.number("g_over_omega2");
            if (!Double.isFinite(reduced) && omega > 0) {
                reduced = g / (omega * omega);
            }
            rows.add(new VdosPoint(omega, g, reduced));
        }
        return rows;
    }
}
