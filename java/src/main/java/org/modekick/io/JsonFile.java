package org.modekick.io;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading modekick's JSON files (the summary.json of modes and of excite), tolerantly: Gson's lenient
 * parser also accepts the bare NaN and Infinity that Java's and Python's writers write, and a field that
 * is absent, null, "NaN" or not a number reads as NaN. Each file's keys are defined once, by the class
 * that writes and reads it.
 */
public final class JsonFile {

    private JsonFile() {}

    /** The top-level object of {@code file}; an {@link InputFormatException} if it is not valid JSON. */
    public static JsonObject readObject(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new InputFormatException(file, "expected a JSON object at the top level");
            }
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new InputFormatException(file, 0, "not valid JSON: " + e.getMessage(), e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputFormatException(file, 0, TextLines.NOT_TEXT);
        }
    }

    /** A number; NaN when absent, null or not a number. */
    public static double number(JsonObject object, String key) {
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
                return NumberField.parse(p.getAsString());
            } catch (NumberFormatException ex) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** A string (or a number as written); empty when absent. */
    public static String text(JsonObject object, String key) {
        JsonElement e = object.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    /** An object; empty when absent. */
    public static JsonObject object(JsonObject object, String key) {
        JsonElement e = object.get(key);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }
}
