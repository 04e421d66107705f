package org.modekick.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reading the contract's summary.json files, tolerantly: Gson's lenient parser also accepts the bare
 * NaN and Infinity that Python's json.dump writes, and a field that is absent, null, "NaN" or not a
 * number reads as NaN. Also the reverse for report.json: non-finite numbers become null, the one JSON
 * spelling of a missing value that every reader (pandas, Python's json, browsers) accepts.
 */
final class JsonFiles {

    private static final java.util.Set<String> NON_FINITE = java.util.Set.of("NaN", "Infinity", "-Infinity");

    private JsonFiles() {}

    static JsonObject readObject(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new InputFormatException(file, "expected a JSON object at the top level");
            }
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new InputFormatException(file, 0, "not valid JSON: " + e.getMessage(), e);
        }
    }

    static double number(JsonObject object, String key) {
        JsonElement e = object.get(key);
        if (e == null || !e.isJsonPrimitive()) {
            return Double.NaN;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isNumber()) {
            return p.getAsDouble();
        }
        if (p.isString()) {
            try {
                return Numbers.parse(p.getAsString());
            } catch (NumberFormatException ex) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static String text(JsonObject object, String key) {
        JsonElement e = object.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static JsonObject object(JsonObject object, String key) {
        JsonElement e = object.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    /** A JSON number, or null for NaN and infinities. */
    static JsonElement finite(double value) {
        return Double.isFinite(value) ? new JsonPrimitive(value) : JsonNull.INSTANCE;
    }

    /** A deep copy with every non-finite number replaced by null, so that strict writers accept it. */
    static JsonElement sanitised(JsonElement element) {
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
            var copy = new com.google.gson.JsonArray();
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
