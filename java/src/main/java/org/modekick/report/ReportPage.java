package org.modekick.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.modekick.store.ExciteSummary;

/**
 * report.html: one page, no scripts, no external resources. Figures are referenced relatively
 * ({@code figures/<id>.png}, the SVG linked beside each), not embedded as data URIs: the report directory
 * travels as one unit anyway (the CSVs live in it too), the page stays small enough to open and diff,
 * and each figure exists once, as a file a person can also use on its own. Every table is drawn from
 * the same {@link Table} rows as its CSV; each number cell carries its exact value in a data-value
 * attribute.
 */
final class ReportPage {

    /** The tables shown above the figures. */
    private static final java.util.Set<String> HEADLINE = java.util.Set.of("tc", "transitions");

    /** Tables longer than this show their first rows only in the page; the CSV has all. */
    static final int MAX_ROWS = 200;

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:2em auto;max-width:1240px;color:#222;line-height:1.45;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}
            table{border-collapse:collapse;margin:.5em 0 1em;font-size:.85em}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}th{background:#f0f0f0}
            td.text{text-align:left;white-space:nowrap}.wide{overflow-x:auto;max-width:100%}
            figure{margin:1.5em 0;padding:0}figure img{width:100%;max-width:800px;height:auto;border:1px solid #ddd}
            figcaption{max-width:800px;font-size:.92em}.note{color:#555;font-size:.9em}
            dl{display:grid;grid-template-columns:max-content auto;gap:.1em 1em}dt{font-weight:bold}dd{margin:0}
            .warning{color:#a00}
            """;

    private ReportPage() {}

    /**
     * @param figures the figures written, with their PNG/SVG paths relative to the page
     * @param omitted paper figures not produced, with the reason
     */
    static String render(StudyTables tables, List<Table> tableList, List<WrittenFigure> figures,
            Map<String, String> omitted) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.append("<title>modekick report: anharmonic properties of vibrational modes</title>\n");
        h.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Anharmonic properties of vibrational excitations</h1>\n");
        h.append("<p>A modekick study reproducing H. Mizuno, M. Shimada and A. Ikeda, <i>Phys. Rev. Research</i> "
                + "<b>2</b>, 013215 (2020): each low-frequency mode k of a zero-temperature glass is kicked, "
                + "r<sub>i</sub> = r<sub>0i</sub> + A&radic;N e<sub>i</sub><sup>k</sup> (Eq. (5)), and the glass "
                + "re-minimised; A<sub>c</sub> is the smallest A that reaches a different inherent structure. "
                + tables.samples().size() + " sample(s), systems: " + Html.escape(String.join(", ", tables.systems()))
                + "; sizes N = " + Html.escape(tables.sizes().toString().replaceAll("[\\[\\]]", "")) + ".</p>\n");
        contents(h, tableList, figures);
        List<String> warnings = tables.samples().stream().flatMap(d -> d.warnings().stream()).toList();
        if (!warnings.isEmpty()) {
            h.append("<h2 id=\"warnings\">Warnings</h2>\n<ul>\n");
            for (String w : warnings) {
                h.append("<li class=\"warning\">").append(Html.escape(w)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        // the headline numbers first (Table I, what the kicks did), then the figures, then the detail
        for (Table t : tableList) {
            if (HEADLINE.contains(t.name())) {
                table(h, t);
            }
        }
        h.append("<h2 id=\"figures\">Figures</h2>\n");
        h.append("<p class=\"note\">Each figure is a PNG of 800 &times; 600 pixels; the SVG link beside it is the "
                + "same figure as vector graphics. Colours stand for system sizes (legend N = &hellip;) except in "
                + "Fig. 13, where they stand for samples.</p>\n");
        for (WrittenFigure f : figures) {
            h.append("<figure id=\"").append(Html.escape(f.figure().id())).append("\">\n");
            h.append("<img src=\"").append(Html.escape(f.png())).append("\" width=\"800\" height=\"600\" alt=\"")
                    .append(Html.escape(f.figure().title())).append("\">\n");
            h.append("<figcaption><b>").append(Html.escape(f.figure().title())).append(".</b> ")
                    .append(Html.escape(f.figure().caption())).append(" <a href=\"").append(Html.escape(f.svg()))
                    .append("\">SVG</a></figcaption>\n</figure>\n");
        }
        if (!omitted.isEmpty()) {
            h.append("<h3>Figures not produced</h3>\n<ul>\n");
            omitted.forEach((figure, reason) -> h.append("<li>Fig. ").append(Html.escape(figure)).append(": ")
                    .append(Html.escape(reason)).append("</li>\n"));
            h.append("</ul>\n");
        }
        for (Table t : tableList) {
            if (!HEADLINE.contains(t.name()) && !t.name().equals("excitations")) {
                table(h, t);
            }
        }
        metadata(h, tables);
        h.append("<h2 id=\"files\">Data files</h2>\n<ul>\n");
        for (Table t : tableList) {
            h.append("<li><a href=\"tables/").append(Html.escape(t.name())).append(".csv\">tables/")
                    .append(Html.escape(t.name())).append(".csv</a>: ").append(Html.escape(t.description()))
                    .append("</li>\n");
        }
        h.append("<li><a href=\"report.json\">report.json</a>: the run metadata, the figures and the tables, for "
                + "programs.</li>\n</ul>\n");
        h.append("<p class=\"note\">CSV files: plain header, '.' decimals, empty fields for missing values "
                + "(pandas.read_csv reads them as NaN).</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void contents(StringBuilder h, List<Table> tableList, List<WrittenFigure> figures) {
        h.append("<nav><b>Contents:</b> ");
        for (Table t : tableList) {
            if (HEADLINE.contains(t.name())) {
                link(h, t);
            }
        }
        h.append("<a href=\"#figures\">Figures (").append(figures.size()).append(")</a> &middot; ");
        for (Table t : tableList) {
            if (!HEADLINE.contains(t.name()) && !t.name().equals("excitations")) {
                link(h, t);
            }
        }
        h.append("<a href=\"#metadata\">Run metadata</a> &middot; <a href=\"#files\">Data files</a></nav>\n");
    }

    private static void link(StringBuilder h, Table t) {
        h.append("<a href=\"#table-").append(t.name()).append("\">").append(Html.escape(t.title())).append("</a> &middot; ");
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<h2 id=\"table-").append(Html.escape(t.name())).append("\">").append(Html.escape(t.title()))
                .append("</h2>\n");
        h.append("<p class=\"note\">").append(Html.escape(t.description())).append(" <a href=\"tables/")
                .append(Html.escape(t.name())).append(".csv\">CSV</a></p>\n");
        if (t.rows().isEmpty()) {
            h.append("<p class=\"note\">No rows: the samples have no data for this table.</p>\n");
            return;
        }
        h.append("<div class=\"wide\"><table id=\"").append(Html.escape(t.name())).append("\">\n<thead><tr>");
        for (String column : t.header()) {
            // long snake_case names may break after an underscore rather than push the table off the page
            h.append("<th>").append(Html.escape(column).replace("_", "_<wbr>")).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        int shown = Math.min(t.rows().size(), MAX_ROWS);
        for (List<Object> row : t.rows().subList(0, shown)) {
            h.append("<tr>");
            for (Object cell : row) {
                boolean text = cell instanceof String;
                h.append(text ? "<td class=\"text\">" : cell instanceof Double d
                        ? "<td data-value=\"" + Numbers.csv(d) + "\">" : "<td>");
                h.append(Html.cell(cell)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
        if (shown < t.rows().size()) {
            h.append("<p class=\"note\">First ").append(shown).append(" of ").append(t.rows().size())
                    .append(" rows; the CSV has all.</p>\n");
        }
    }

    private static void metadata(StringBuilder h, StudyTables tables) {
        h.append("<h2 id=\"metadata\">Run metadata</h2>\n");
        h.append("<p class=\"note\">From each sample's excite/summary.json: the seed, the search's tolerances, "
                + "program versions and timings.</p>\n");
        for (SampleData d : tables.samples()) {
            h.append("<h3>").append(Html.escape(d.sample().name())).append(" (").append(Html.escape(d.system()))
                    .append(", N = ").append(d.n()).append(", seed ").append(d.sample().seed()).append(")</h3>\n");
            if (d.exciteSummary().isEmpty()) {
                h.append("<p class=\"note\">No excite/summary.json.</p>\n");
                continue;
            }
            ExciteSummary s = d.exciteSummary().get();
            h.append("<dl>\n");
            h.append("<dt>seed</dt><dd>").append(Html.escape(s.seed().isEmpty() ? "-" : s.seed())).append("</dd>\n");
            group(h, "thresholds", s.tolerances());
            group(h, "versions", s.versions());
            group(h, "timings", s.timings());
            h.append("</dl>\n");
        }
    }

    private static void group(StringBuilder h, String name, JsonObject object) {
        h.append("<dt>").append(name).append("</dt><dd>");
        if (object.isEmpty()) {
            h.append("&ndash;");
        }
        boolean first = true;
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            if (!first) {
                h.append("; ");
            }
            first = false;
            JsonElement v = e.getValue();
            String value = v.isJsonPrimitive() ? v.getAsString() : v.toString();
            h.append(Html.escape(e.getKey())).append(" = ").append(Html.escape(value));
        }
        h.append("</dd>\n");
    }

    /** A figure as written: the PNG and SVG paths relative to the page. */
    record WrittenFigure(Figure figure, String png, String svg) {}
}
