package org.modekick.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels for linear axes: plain decimals between 1e-3 and 1e4, otherwise m×10ⁿ with Unicode
 * superscripts (as the log axes label their decades), and 0 as "0", not "0E0". Java's default switches
 * to "1E-4", which reads like code, not like the paper's axes. Decimals use '.' whatever the locale.
 */
final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    @Override
    public StringBuffer format(double value, StringBuffer to, FieldPosition pos) {
        double magnitude = Math.abs(value);
        if (value == 0 || !Double.isFinite(value)) {
            return to.append(value == 0 ? "0" : Double.toString(value));
        }
        if (magnitude >= 1e-3 && magnitude < 1e4) {
            return to.append(new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value));
        }
        int exponent = (int) Math.floor(Math.log10(magnitude));
        double mantissa = value / Math.pow(10, exponent);
        String m = String.format(Locale.ROOT, "%.2f", mantissa).replaceAll("\\.?0+$", "");
        return to.append(m).append("×10").append(superscript(exponent));
    }

    @Override
    public StringBuffer format(long value, StringBuffer to, FieldPosition pos) {
        return format((double) value, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        return null; // labels only
    }

    /** A number for a legend: two significant digits, m×10ⁿ outside [1e-3, 1e4). */
    static String compact(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        if (exponent >= -3 && exponent < 4) {
            return new BigDecimal(value).round(new MathContext(2)).stripTrailingZeros().toPlainString();
        }
        String m = String.format(Locale.ROOT, "%.1f", value / Math.pow(10, exponent)).replaceAll("\\.0$", "");
        return m + "×10" + superscript(exponent);
    }

    static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }
}
