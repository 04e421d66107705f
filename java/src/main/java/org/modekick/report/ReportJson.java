package org.modekick.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * report.json: the run metadata for programs: the samples with their summary.json contents (versions,
 * seeds, tolerances, timings), the figures with their files, the tables with their CSV paths, the
 * figures not produced and the warnings. Missing numbers are null. The numbers themselves are in the
 * CSVs, which it lists. Non-finite numbers become null, the one JSON spelling of a missing value that
 * every reader (pandas, Python's json, browsers) accepts.
 */
final class ReportJson {

    /** What the lenient parser makes of the bare NaN and Infinity of Python's json.dump: strings. */
    private static final Set<String> NON_FINITE = Set.of("NaN", "Infinity", "-Infinity");

    private ReportJson() {}

    static String render(StudyTables tables, List<Table> tableList, List<ReportPage.WrittenFigure> figures,
            Map<String, String> omitted) {
        JsonObject root = new JsonObject();
        root.addProperty("title", "Anharmonic properties of vibrational excitations");
        root.addProperty("paper", "H. Mizuno, M. Shimada, A. Ikeda, Phys. Rev. Research 2, 013215 (2020)");
        root.addProperty("generator", "modekick report");
        JsonArray samples = new JsonArray();
        for (SampleData d : tables.samples()) {
            JsonObject s = new JsonObject();
            s.addProperty("system", d.system());
            s.addProperty("N", d.n());
            s.addProperty("seed", d.sample().seed());
            s.addProperty("sample", d.sample().name());
            s.addProperty("directory", d.sample().directory().toString());
            s.add("omega_BP", finite(d.bosonPeak()));
            s.add("excite_summary", d.exciteSummary().map(e -> sanitised(e.raw())).orElse(null));
            s.add("modes_summary", d.modesSummary().map(m -> sanitised(m.raw())).orElse(null));
            JsonArray warnings = new JsonArray();
            d.warnings().forEach(warnings::add);
            s.add("warnings", warnings);
            samples.add(s);
        }
        root.add("samples", samples);
        JsonArray figs = new JsonArray();
        for (ReportPage.WrittenFigure f : figures) {
            JsonObject o = new JsonObject();
            o.addProperty("id", f.figure().id());
            o.addProperty("paper_figure", f.figure().paperFigure());
            o.addProperty("title", f.figure().title());
            o.addProperty("png", f.png());
            o.addProperty("svg", f.svg());
            o.addProperty("caption", f.figure().caption());
            figs.add(o);
        }
        root.add("figures", figs);
        JsonObject missing = new JsonObject();
        omitted.forEach(missing::addProperty);
        root.add("figures_not_produced", missing);
        JsonArray tabs = new JsonArray();
        for (Table t : tableList) {
            JsonObject o = new JsonObject();
            o.addProperty("name", t.name());
            o.addProperty("csv", "tables/" + t.name() + ".csv");
            o.addProperty("title", t.title());
            o.addProperty("description", t.description());
            o.addProperty("rows", t.rows().size());
            JsonArray columns = new JsonArray();
            t.header().forEach(columns::add);
            o.add("columns", columns);
            tabs.add(o);
        }
        root.add("tables", tabs);
        JsonObject choices = new JsonObject();
        choices.addProperty("transitions",
                "only status 'transitioned' counts; exchange, diverged, no-transition-in-range and failed rows are "
                        + "counted in tables/transitions.csv and left out of figures and fits");
        choices.addProperty("T_c", "2 * min barrier over transitioned modes (section III.A)");
        choices.addProperty("fig8_points", "one point per distinct transition id per sample");
        choices.addProperty("power_law_fit", "ordinary least squares on (ln x, ln y); error = standard error of slope");
        choices.addProperty("fig9b_tail", "r from " + DecayTail.INNER + " to L/2 (L from excite/summary.json, else "
                + "largest distance / sqrt(3))");
        root.add("choices", choices);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
    }

    /** A JSON number, or null for NaN and infinities. */
    private static JsonElement finite(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    /** A deep copy with every non-finite number replaced by null, so that strict writers accept it. */
    private static JsonElement sanitised(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return JsonNull.INSTANCE;
        }
        if (element.isJsonPrimitive()) {
            JsonPrimitive p = element.getAsJsonPrimitive();
            boolean nonFinite = p.isNumber() ? !Double.isFinite(p.getAsDouble())
                    // the lenient parser reads Python's bare NaN and Infinity as strings
                    : p.isString() && NON_FINITE.contains(p.getAsString());
            return nonFinite ? JsonNull.INSTANCE : p;
        }
        if (element.isJsonArray()) {
            JsonArray copy = new JsonArray();
            element.getAsJsonArray().forEach(e -> copy.add(sanitised(e)));
            return copy;
        }
        JsonObject copy = new JsonObject();
        for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
            copy.add(entry.getKey(), sanitised(entry.getValue()));
        }
        return copy;
    }
}
