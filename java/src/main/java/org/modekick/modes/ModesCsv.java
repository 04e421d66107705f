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
 * modes.csv, its one writer and one reader: header {@code k,lambda,omega,P,O}, one line per mode
 * ({@link ModeSummary}). Numbers are written with {@link Double#toString(double)}, the shortest decimal
 * that reads back to the same double, so nothing is lost and Python's float() and numpy parse every value.
 * It is read by column name ({@link CsvFile}): columns in any order, extra ones ignored, a bad field an
 * error naming file, line and column.
 */
public final class ModesCsv {

    public static final List<String> COLUMNS = List.of("k", "lambda", "omega", "P", "O");
    public static final String HEADER = String.join(",", COLUMNS);

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
        for (CsvRecord r : CsvFile.read(file, COLUMNS)) {
            rows.add(new ModeSummary(r.integer("k"), r.number("lambda"), r.number("omega"), r.number("P"), r.number("O")));
        }
        return rows;
    }
}
