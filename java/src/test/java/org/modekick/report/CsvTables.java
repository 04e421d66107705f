package org.modekick.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the report's CSV output back in tests, independently of the report's own reader. */
final class CsvTables {

    private CsvTables() {}

    /** The rows as column-name maps; quoted fields are not expected in the tables tests read. */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            if (fields.length != header.length) {
                throw new AssertionError(file + ": " + fields.length + " fields for " + header.length + " columns: " + line);
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], fields[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    static double number(Map<String, String> row, String column) {
        String s = row.get(column);
        if (s == null) {
            throw new AssertionError("no column " + column + " in " + row);
        }
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}
