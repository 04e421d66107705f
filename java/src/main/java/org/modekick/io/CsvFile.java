package org.modekick.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading modekick's CSV files by column name: plain comma-separated fields, a header line naming the
 * columns, no quoting (the files hold numbers and single-word labels only). Columns may come in any order
 * and extra columns are ignored, so a writer that adds a column breaks no reader; a missing required
 * column, or a line with the wrong number of fields, is an {@link InputFormatException} naming the file
 * and line. Each format's columns are defined once, by the class that writes and reads it.
 */
public final class CsvFile {

    private CsvFile() {}

    /** Reads the file, requiring every column in {@code required}; blank lines are skipped. */
    public static List<CsvRecord> read(Path file, List<String> required) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (TextLines reader = TextLines.open(file)) {
            String header = reader.next();
            if (header == null) {
                throw new InputFormatException(file, 1, "empty file: expected the header " + String.join(",", required));
            }
            String[] names = header.strip().replace("\uFEFF", "").split(",", -1);
            Map<String, Integer> columns = new HashMap<>();
            for (int c = 0; c < names.length; c++) {
                columns.put(names[c].strip(), c);
            }
            for (String name : required) {
                if (!columns.containsKey(name)) {
                    throw new InputFormatException(file, 1, "no column '" + name + "' in header '" + header.strip()
                            + "' (expected " + String.join(",", required) + ")");
                }
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.next()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.strip().split(",", -1);
                if (fields.length != names.length) {
                    throw new InputFormatException(file, lineNumber,
                            "expected " + names.length + " fields as in the header, found " + fields.length);
                }
                records.add(new CsvRecord(file, lineNumber, columns, fields));
            }
        } catch (TextLines.NotTextException e) {
            throw new InputFormatException(file, e.line(), TextLines.NOT_TEXT);
        }
        return records;
    }
}
