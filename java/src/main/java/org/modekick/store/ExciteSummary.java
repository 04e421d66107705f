package org.modekick.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.modekick.io.AtomicFile;
import org.modekick.io.JsonFile;

/**
 * An excite directory's summary.json, its one writer and one reader. {@link OutputFiles} builds the contents
 * (T_c, counts, transitions, thresholds, settings, timings, ...) beside the run's provenance, whose keys are
 * the constants here; the reader ({@link JsonFile}: missing numbers are NaN, absent objects empty) takes
 * what the report uses, under the keys the writer uses: {@code counts.distinct_transitions}, {@code L} (the
 * shortest box length, to end the Fig. 9b tail fit at L/2) and {@code thresholds}.
 *
 * @param n N
 * @param system "harmonic" or "lj"
 * @param seed the seed, as written
 * @param criticalTemperature T_c as excite computed it (cross-checked against Table I here)
 * @param bosonPeak omega_BP
 * @param distinctTransitions how many distinct final states excite found
 * @param boxLength L, or NaN
 * @param tolerances the thresholds of the returned/transitioned criterion ({@code thresholds})
 * @param versions program and library versions
 * @param timings wall times
 * @param raw the whole object, for report.json
 */
public record ExciteSummary(double n, String system, String seed, double criticalTemperature, double bosonPeak,
        double distinctTransitions, double boxLength, JsonObject tolerances, JsonObject versions, JsonObject timings,
        JsonObject raw) {

    public static final String FILE = "summary.json";

    // the provenance of a run, which whoever plans it gives (ExcitePlan.provenance)
    public static final String SYSTEM = "system";
    public static final String FORCE_FIELD = "force_field";
    public static final String SEED = "seed";
    public static final String INPUT = "input";
    public static final String GLASS_SHA256 = "glass_sha256";
    public static final String MODES_SOURCE = "modes_source";
    public static final String MODES_SELECTION = "modes_selection";
    public static final String OMEGA_BP = "omega_BP";
    public static final String VERSIONS = "versions";
    /** What was checked of the input before it was trusted, and its relaxation if --minimize asked for one. */
    public static final String INPUT_CHECK = "input_check";

    static final String N = "N";
    static final String T_C = "T_c";
    static final String TIMINGS = "timings";
    static final String DISTINCT_TRANSITIONS = "distinct_transitions";
    static final String COUNTS = "counts";
    static final String BOX_LENGTH = "L";
    static final String THRESHOLDS = "thresholds";

    /** Writes {@code contents} as pretty-printed JSON (NaN and infinities as bare words, as Java reads them back). */
    static void write(Path file, Map<String, Object> contents) throws IOException {
        String json = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().disableHtmlEscaping()
                .create().toJson(contents);
        AtomicFile.writeText(file, out -> out.write(json + "\n"));
    }

    /**
     * Sets {@code key} of an existing summary.json to {@code value} (replacing what it held), keeping every
     * other key and its order: how {@code modekick barriers} adds its results beside excite's.
     */
    public static void put(Path file, String key, Object value) throws IOException {
        JsonObject o = JsonFile.readObject(file);
        com.google.gson.Gson gson = new GsonBuilder().serializeSpecialFloatingPointValues().create();
        o.add(key, gson.toJsonTree(value));
        String json = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().disableHtmlEscaping()
                .create().toJson(o);
        AtomicFile.writeText(file, out -> out.write(json + "\n"));
    }

    /** A distinct transition as summary.json lists it: its id and the modes reaching it, the representative first. */
    public record Transition(int id, java.util.List<Integer> modes) {}

    /** The distinct transitions of summary.json {@code o}, in id order (empty if it lists none). */
    public static java.util.List<Transition> transitions(JsonObject o) {
        java.util.List<Transition> out = new java.util.ArrayList<>();
        com.google.gson.JsonElement ts = o.get("transitions");
        if (ts != null && ts.isJsonArray()) {
            for (com.google.gson.JsonElement e : ts.getAsJsonArray()) {
                JsonObject t = e.getAsJsonObject();
                java.util.List<Integer> modes = new java.util.ArrayList<>();
                t.getAsJsonArray("modes").forEach(m -> modes.add(m.getAsInt()));
                out.add(new Transition(t.get("id").getAsInt(), java.util.List.copyOf(modes)));
            }
        }
        return out;
    }

    public static ExciteSummary read(Path file) throws IOException {
        JsonObject o = JsonFile.readObject(file);
        return new ExciteSummary(JsonFile.number(o, N), JsonFile.text(o, SYSTEM), JsonFile.text(o, SEED),
                JsonFile.number(o, T_C), JsonFile.number(o, OMEGA_BP),
                JsonFile.number(JsonFile.object(o, COUNTS), DISTINCT_TRANSITIONS), JsonFile.number(o, BOX_LENGTH),
                JsonFile.object(o, THRESHOLDS), JsonFile.object(o, VERSIONS),
                JsonFile.object(o, TIMINGS), o);
    }
}
