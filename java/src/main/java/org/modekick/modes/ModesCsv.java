package org.modekick.modes;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * modes.csv: header {@code k,lambda,omega,P,O}, one line per mode. Numbers are written with
 * {@link Double#toString(double)}, the shortest decimal that reads back to the same double, so nothing
 * is lost and Python's float() and numpy parse every value.
 */
public final class ModesCsv {

    public static final String HEADER = "k,lambda,omega,P,O";

    private ModesCsv() {}

    public static void write(Path file, List<ModeSummary> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (ModeSummary r : rows) {
                w.write(r.k() + "," + r.lambda() + "," + r.omega() + "," + r.participation() + "," + r.phononOrder());
                w.write('\n');
            }
        }
    }

    public static List<ModeSummary> read(Path file) throws IOException {
        List<ModeSummary> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (!HEADER.equals(header)) {
                throw new IOException(file + ": expected header '" + HEADER + "', found '" + header + "'");
            }
            String line;
            int lineNumber = 1;
            while ((line = r.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 5) {
                    throw new IOException(file + ":" + lineNumber + ": expected 5 fields, found " + f.length);
                }
                try {
                    rows.add(new ModeSummary(Integer.parseInt(f[0].trim()), Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return rows;
    }
}
