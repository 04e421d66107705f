package org.modekick.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.Reference;
import org.modekick.io.AtomicFile;
import org.modekick.io.InputFormatException;
import org.modekick.io.JsonFile;

/**
 * run.json: what a run's results depend on (hashes of the glass and of the modes, the interactions,
 * the search and FIRE settings; not the number of workers, which changes nothing) and a SHA-256
 * fingerprint of it all. A run started in a directory that already holds one continues it only when
 * the fingerprints agree; otherwise it is refused, naming what differs, so that results of different
 * settings are never mixed.
 */
public final class RunManifest {

    public static final String FILE = "run.json";

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .disableHtmlEscaping().create();

    private RunManifest() {}

    /** What the results of {@code plan} depend on: run.json's inputs. */
    public static Map<String, Object> inputs(ExcitePlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("method", "modekick excite 1");
        Reference ref = plan.reference();
        MessageDigest positions = digest();
        update(positions, ref.positions());
        m.put("glass_sha256", plan.provenance().getOrDefault(ExciteSummary.GLASS_SHA256, ""));
        m.put("r0_sha256", HexFormat.of().formatHex(positions.digest()));
        m.put("box", ref.structure().box().toString());
        m.put("N", ref.particles());
        m.put("force_field", ref.interaction().provenance());
        m.put("masses", Arrays.toString(ref.masses()));
        MessageDigest modes = digest();
        for (int k : plan.ks()) {
            modes.update(Long.toString(Double.doubleToLongBits(plan.modes().mode(k).lambda())).getBytes());
            update(modes, plan.modes().mode(k).vector());
        }
        m.put("modes", plan.ks());
        m.put("modes_sha256", HexFormat.of().formatHex(modes.digest()));
        ExciteSettings s = plan.settings();
        m.put("a_min", s.aMin());
        m.put("a_max", s.aMax());
        m.put("scan_factor", s.scanFactor());
        m.put("precision", s.precision());
        m.put("early_stop", s.earlyStop());
        m.put("scan_start", s.scanStart().text());
        m.put("verify_below", s.verifyBelow());
        m.put("fire", s.fire().toString());
        m.put("thresholds", plan.thresholds().toString());
        return m;
    }

    /** Refused because the directory holds another run. */
    public static final class MismatchException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MismatchException(String message) {
            super(message);
        }
    }

    /**
     * Writes run.json for {@code inputs} or, if the directory already has one, checks that it is the
     * same run. Returns the fingerprint.
     */
    public static String claim(Path dir, Map<String, Object> inputs) throws IOException {
        JsonObject tree = GSON.toJsonTree(inputs).getAsJsonObject();
        String fingerprint = sha256(GSON.toJson(tree).getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve(FILE);
        if (Files.exists(file)) {
            JsonObject old = read(file);
            String previous = old.has("fingerprint") && old.get("fingerprint").isJsonPrimitive()
                    ? old.get("fingerprint").getAsString() : "";
            if (!previous.equals(fingerprint)) {
                JsonObject oldInputs = old.has("inputs") ? old.getAsJsonObject("inputs") : new JsonObject();
                throw new MismatchException(dir + " holds a run with other inputs or settings (differing: "
                        + String.join(", ", differences(oldInputs, tree)) + "); use another -o directory or the"
                        + " same arguments");
            }
            return fingerprint;
        }
        JsonObject manifest = new JsonObject();
        manifest.addProperty("fingerprint", fingerprint);
        manifest.add("inputs", tree);
        String json = GSON.toJson(manifest);
        AtomicFile.writeText(file, out -> out.write(json + "\n"));
        return fingerprint;
    }

    /** run.json as it is on disk; a damaged one is refused, naming the file, rather than guessed at. */
    private static JsonObject read(Path file) throws IOException {
        try {
            JsonObject old = JsonFile.readObject(file);
            if (old.has("inputs") && !old.get("inputs").isJsonObject()) {
                throw new InputFormatException(file, "'inputs' is not a JSON object");
            }
            return old;
        } catch (InputFormatException e) {
            throw new InputFormatException(file, e.line(), e.problem() + "; run.json records what the results in "
                    + file.getParent() + " depend on, so the run cannot be continued safely: restore it, or start the"
                    + " run in another -o directory", e);
        }
    }

    private static List<String> differences(JsonObject a, JsonObject b) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : b.entrySet()) {
            if (!e.getValue().equals(a.get(e.getKey()))) {
                keys.add(e.getKey());
            }
        }
        for (String k : a.keySet()) {
            if (!b.has(k)) {
                keys.add(k);
            }
        }
        return keys.isEmpty() ? List.of("fingerprint") : keys;
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** SHA-256 of native memory (e.g. eigenvectors), fed in chunks. */
    public static void update(MessageDigest digest, MemorySegment segment) {
        byte[] chunk = new byte[1 << 16];
        for (long off = 0; off < segment.byteSize(); off += chunk.length) {
            int len = (int) Math.min(chunk.length, segment.byteSize() - off);
            MemorySegment.copy(segment, java.lang.foreign.ValueLayout.JAVA_BYTE, off, chunk, 0, len);
            digest.update(chunk, 0, len);
        }
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
