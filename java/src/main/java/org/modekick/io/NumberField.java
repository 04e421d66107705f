package org.modekick.io;

/**
 * A number read from a text field of modekick's files (CSV fields, JSON strings): an empty field, "NaN",
 * "nan", "-nan" or "NA" is a missing number (NaN), the spellings Java, Python, numpy and R write; anything
 * else must parse as a double.
 */
public final class NumberField {

    private NumberField() {}

    /** Parses a number; returns NaN for the missing-value spellings, throws for anything else. */
    public static double parse(String field) {
        String s = field.strip();
        if (isMissing(s)) {
            return Double.NaN;
        }
        return Double.parseDouble(s);
    }

    /** True for the spellings of a missing value. */
    public static boolean isMissing(String field) {
        String s = field.strip();
        return s.isEmpty() || s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("na") || s.equalsIgnoreCase("-nan");
    }
}
