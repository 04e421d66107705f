package org.modekick.report;

/** HTML escaping for text and attribute values. */
final class Html {

    private Html() {}

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A table cell's content: numbers to three significant digits, text escaped, missing as a dash. */
    static String cell(Object value) {
        return switch (value) {
            case null -> "&ndash;";
            case Double d -> Numbers.html(d);
            case java.util.OptionalInt o -> o.isPresent() ? Integer.toString(o.getAsInt()) : "&ndash;";
            case Number n -> n.toString();
            default -> escape(value.toString());
        };
    }
}
