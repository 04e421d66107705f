package org.modekick.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One data line of a {@link CsvFile}, read by column name. Every accessor reports a bad field as an
 * {@link InputFormatException} naming the file, the line and the column; missing numbers are NaN
 * ({@link NumberField}).
 */
public final class CsvRecord {

    private final Path file;
    private final int line;
    private final Map<String, Integer> columns;
    private final String[] fields;

    CsvRecord(Path file, int line, Map<String, Integer> columns, String[] fields) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    public int line() {
        return line;
    }

    /** Whether the file has the column (for optional ones). */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    public String text(String column) {
        return fields[columns.get(column)].strip();
    }

    /** A number; empty and NaN fields are NaN. */
    public double number(String column) throws InputFormatException {
        String field = text(column);
        try {
            return NumberField.parse(field);
        } catch (NumberFormatException e) {
            throw new InputFormatException(file, line, "column '" + column + "': '" + field + "' is not a number", e);
        }
    }

    /** A required integer (e.g. the mode index k). */
    public int integer(String column) throws InputFormatException {
        OptionalInt value = optionalInteger(column);
        if (value.isEmpty()) {
            throw new InputFormatException(file, line, "column '" + column + "' is empty; an integer is required");
        }
        return value.getAsInt();
    }

    /** An integer that may be missing (empty or NaN). */
    public OptionalInt optionalInteger(String column) throws InputFormatException {
        String field = text(column);
        if (NumberField.isMissing(field)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(field));
        } catch (NumberFormatException e) {
            throw new InputFormatException(file, line, "column '" + column + "': '" + field + "' is not an integer", e);
        }
    }

    public InputFormatException error(String message) {
        return new InputFormatException(file, line, message);
    }
}
