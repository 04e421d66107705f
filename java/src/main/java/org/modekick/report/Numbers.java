package org.modekick.report;

import java.util.Locale;

/**
 * How numbers leave the report (inputs are read by their formats' owners, missing numbers as NaN:
 * {@link org.modekick.io.NumberField}). CSV outputs: Double.toString
 * (shortest exact decimal, '.' separator, no grouping) and an empty field for NaN or an infinity, which
 * pandas.read_csv and numpy.genfromtxt both read as NaN. HTML: three significant digits, with a power of
 * ten written as a superscript the way the paper's Table I writes T_c.
 */
final class Numbers {

    private Numbers() {}

    /** A CSV field: exact decimal, empty when not finite. */
    static String csv(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    /** Three significant digits for a person; powers of ten below 1e-3 or from 1e4 as x10 superscripts. */
    static String html(double value) {
        if (!Double.isFinite(value)) {
            return "&ndash;";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-3 && magnitude < 1e4) {
            return plain(value);
        }
        String[] parts = String.format(Locale.ROOT, "%.2e", value).split("e");
        int exponent = Integer.parseInt(parts[1]);
        String sign = exponent < 0 ? "&minus;" : "";
        return parts[0].replace("-", "&minus;") + "&times;10<sup>" + sign + Math.abs(exponent) + "</sup>";
    }

    /** Three significant digits without an exponent, for values between 1e-3 and 1e4. */
    private static String plain(double value) {
        int digitsBefore = (int) Math.floor(Math.log10(Math.abs(value))) + 1;
        int decimals = Math.max(0, 3 - digitsBefore);
        String s = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return s.replace("-", "&minus;");
    }
}
