package org.modekick.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.modekick.excite.ModeResult;

/**
 * journal.jsonl: one JSON line per finished mode, appended in completion order, each forced to disk
 * (fsync) before the next mode is handed out, so a run killed at any moment keeps every mode it
 * finished. A line cut short by the kill (no final newline, or not valid JSON) is dropped when the
 * journal is opened again; its mode is then simply computed again. Not thread-safe: callers
 * synchronise.
 */
public final class Journal implements AutoCloseable {

    public static final String FILE = "journal.jsonl";

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private final FileChannel channel;
    private final List<ModeResult> records;

    private Journal(FileChannel channel, List<ModeResult> records) {
        this.channel = channel;
        this.records = records;
    }

    /** Opens (or creates) the journal in {@code dir}, reading what it holds and cutting off a torn tail. */
    public static Journal open(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        List<ModeResult> records = new ArrayList<>();
        long good = 0;
        if (Files.exists(file)) {
            byte[] bytes = Files.readAllBytes(file);
            int lineStart = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] != '\n') {
                    continue;
                }
                String line = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
                ModeResult r = parse(line);
                if (r == null) {
                    break; // a damaged line: keep what precedes it
                }
                records.add(r);
                good = i + 1;
                lineStart = i + 1;
            }
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(good);
        channel.position(good);
        channel.force(true);
        return new Journal(channel, records);
    }

    /** One mode's result as the journal writes it: JSON whose numbers read back bit for bit. */
    public static String toJson(ModeResult result) {
        return GSON.toJson(result);
    }

    /** The result that {@link #toJson} wrote. */
    public static ModeResult fromJson(String json) {
        ModeResult r = parse(json);
        if (r == null) {
            throw new IllegalArgumentException("not a mode result: "
                    + (json.length() > 80 ? json.substring(0, 80) + "..." : json));
        }
        return r;
    }

    private static ModeResult parse(String line) {
        try {
            ModeResult r = GSON.fromJson(line, ModeResult.class);
            return r != null && r.status() != null ? r : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    /** What the journal held when it was opened, and what was appended since, in order. */
    public List<ModeResult> records() {
        return Collections.unmodifiableList(records);
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
