package org.modekick.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A table of the report, written as {@code tables/<name>.csv} and shown in report.html from the same
 * rows, so the page cannot state a number the CSV lacks. Cells are Double, Integer, Long, String,
 * OptionalInt or null (missing). CSV: plain header, '.' decimals, no thousands separators, missing and
 * non-finite numbers as empty fields (pandas and numpy read them as NaN). Text cells hold no commas, so
 * that numpy.genfromtxt, which knows no quoting, reads every table; the one exception, a caller's
 * directory path, is quoted as RFC 4180 says, which pandas reads.
 *
 * @param name the file stem
 * @param title the heading in the page
 * @param description what the table holds, for the page and report.json
 * @param header the column names
 * @param rows the cells
 */
public record Table(String name, String title, String description, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells for " + header.size() + " columns");
            }
            for (int c = 0; c < row.size(); c++) {
                // numpy.genfromtxt splits quoted fields at commas: only a caller's path may need quotes
                if (row.get(c) instanceof String text && text.contains(",") && !header.get(c).equals("directory")) {
                    throw new IllegalArgumentException(name + "." + header.get(c) + ": a comma in '" + text + "'");
                }
            }
        }
    }

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    if (c > 0) {
                        w.write(',');
                    }
                    w.write(csv(row.get(c)));
                }
                w.write('\n');
            }
        }
        return file;
    }

    static String csv(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double d -> Numbers.csv(d);
            case Float f -> Numbers.csv(f);
            case OptionalInt o -> o.isPresent() ? Integer.toString(o.getAsInt()) : "";
            case Number n -> n.toString();
            default -> quote(cell.toString());
        };
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
