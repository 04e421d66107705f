package org.modekick.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Trial;
import org.modekick.io.AtomicFile;

/**
 * journal.jsonl: one JSON line per finished mode, appended in completion order, each forced to disk
 * (fsync) before the next mode is handed out, so a run killed at any moment keeps every mode it finished.
 *
 * <p>Reading it back keeps every valid record, whatever surrounds it: each line is checked on its own (valid JSON,
 * every field of a mode's result and of each of its trials present, k and the session positive), so one damaged
 * line says nothing about the others. What is skipped is said, with file, line and reason ({@link #skipped}):
 * <ul>
 *   <li>a last line without its newline is what a kill in the middle of a write leaves: it is cut off with a
 *       notice, and its mode is simply computed again;</li>
 *   <li>any other line that is not a valid record (damage in the middle, or a complete but broken last line) cannot
 *       come from a kill, since each line is written whole and appended: something else wrote there. The run goes
 *       on with a warning rather than refusing, because the valid records are exact and self-contained and the
 *       modes of the damaged lines are computed again; nothing is thrown away: the damaged lines are moved, with
 *       their line numbers and reasons, to journal.damaged.txt, and the journal is rewritten (atomically) with the
 *       valid lines only, byte for byte as they were;</li>
 *   <li>a second record of a mode already recorded is moved aside in the same way; the first is kept.</li>
 * </ul>
 * Not thread-safe: callers synchronise.
 */
public final class Journal implements AutoCloseable {

    public static final String FILE = "journal.jsonl";
    /** Where the lines the journal could not keep are moved, with why. */
    public static final String DAMAGED = "journal.damaged.txt";

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    /**
     * A line that was not kept.
     *
     * @param line its 1-based number in the journal as it was found
     * @param reason why it was not kept
     * @param torn whether it is the cut-off last line of a killed write (the normal case, not damage)
     */
    public record Skipped(Path file, int line, String reason, boolean torn) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + reason;
        }
    }

    private final FileChannel channel;
    private final List<ModeResult> records;
    private final List<Skipped> skipped;

    private Journal(FileChannel channel, List<ModeResult> records, List<Skipped> skipped) {
        this.channel = channel;
        this.records = records;
        this.skipped = List.copyOf(skipped);
    }

    /** Opens (or creates) the journal in {@code dir}, reading what it holds as the class comment says. */
    public static Journal open(Path dir) throws IOException {
        return open(dir, r -> null);
    }

    /**
     * {@link #open(Path)}, where {@code check} may also refuse a record that reads well (e.g. one whose final state
     * is missing): it returns why, or null to keep it. A refused record is moved aside like a damaged line.
     */
    public static Journal open(Path dir, Function<ModeResult, String> check) throws IOException {
        Path file = dir.resolve(FILE);
        List<ModeResult> records = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        StringBuilder damaged = new StringBuilder();
        long good = 0;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            Map<Integer, Integer> lineOfMode = new HashMap<>();
            int lineStart = 0;
            int number = 0;
            for (int i = 0; i <= bytes.length; i++) {
                boolean end = i == bytes.length;
                if (!end && bytes[i] != '\n') {
                    continue;
                }
                if (end && lineStart == bytes.length) {
                    break; // the file ends with its newline
                }
                number++;
                String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                lineStart = i + 1;
                if (end) {
                    skipped.add(new Skipped(file, number, "cut short (no end of line: a run was killed while writing"
                            + " it); dropped, its mode will be computed again", true));
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                String problem;
                ModeResult r = null;
                try {
                    r = parse(line);
                    problem = check.apply(r);
                    if (problem == null) {
                        Integer first = lineOfMode.putIfAbsent(r.k(), number);
                        problem = first == null ? null : "mode " + r.k() + " again (first recorded on line " + first
                                + ", which is kept)";
                    }
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                if (problem == null) {
                    records.add(r);
                    kept.append(line).append('\n');
                    good = i + 1;
                } else {
                    skipped.add(new Skipped(file, number, problem, false));
                    damaged.append("# ").append(FILE).append(" line ").append(number).append(": ").append(problem)
                            .append('\n').append(line).append('\n');
                }
            }
        }
        if (!damaged.isEmpty()) {
            // damage, not a torn tail: keep the lines aside, then the journal holds the valid lines only
            Files.writeString(dir.resolve(DAMAGED), damaged, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            String valid = kept.toString();
            AtomicFile.writeText(file, out -> out.write(valid));
            good = valid.getBytes(StandardCharsets.UTF_8).length;
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(good);
        channel.position(good);
        channel.force(true);
        return new Journal(channel, records, skipped);
    }

    /** One mode's result as the journal writes it: JSON whose numbers read back bit for bit. */
    public static String toJson(ModeResult result) {
        return GSON.toJson(result);
    }

    /** The result that {@link #toJson} wrote. */
    public static ModeResult fromJson(String json) {
        try {
            return parse(json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a mode result (" + e.getMessage() + "): "
                    + (json.length() > 80 ? json.substring(0, 80) + "..." : json));
        }
    }

    /** A line as a mode's result; an IllegalArgumentException saying what is wrong with it otherwise. */
    private static ModeResult parse(String line) {
        JsonObject object;
        try {
            JsonElement e = JsonParser.parseString(line);
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            object = e.getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getMessage() + ")");
        }
        if (!object.has("unverifiedAmplitude")) {
            object.addProperty("unverifiedAmplitude", Double.NaN); // written before verification existed
        }
        requireFields(object, ModeResult.class, "");
        JsonElement trials = object.get("trials");
        if (!trials.isJsonArray()) {
            throw new IllegalArgumentException("'trials' is not a list");
        }
        JsonArray list = trials.getAsJsonArray();
        for (int t = 0; t < list.size(); t++) {
            if (!list.get(t).isJsonObject()) {
                throw new IllegalArgumentException("trial " + (t + 1) + " is not an object");
            }
            requireFields(list.get(t).getAsJsonObject(), Trial.class, "trial " + (t + 1) + " ");
        }
        ModeResult r;
        try {
            r = GSON.fromJson(object, ModeResult.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("a field does not read as its type (" + e.getMessage() + ")");
        }
        if (r.k() < 1 || r.status() == null || r.session() < 1
                || r.trials().stream().anyMatch(t -> t.outcome() == null)) {
            throw new IllegalArgumentException("k, the session, the status or an outcome is missing or out of range");
        }
        return r;
    }

    private static void requireFields(JsonObject object, Class<? extends Record> type, String what) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonElement v = object.get(c.getName());
            if (v == null || v.isJsonNull()) {
                throw new IllegalArgumentException(what + "field '" + c.getName() + "' is missing");
            }
        }
    }

    /** What the journal held when it was opened, and what was appended since, in order. */
    public List<ModeResult> records() {
        return Collections.unmodifiableList(records);
    }

    /** The lines that were not kept when the journal was opened, in order. */
    public List<Skipped> skipped() {
        return skipped;
    }

    /** The next session number: one more than any recorded. */
    public int nextSession() {
        return records.stream().mapToInt(ModeResult::session).max().orElse(0) + 1;
    }

    /** Appends one mode's result and forces it to disk. */
    public void append(ModeResult result) throws IOException {
        byte[] line = (toJson(result) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.wrap(line);
        while (b.hasRemaining()) {
            channel.write(b);
        }
        channel.force(true);
        records.add(result);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
