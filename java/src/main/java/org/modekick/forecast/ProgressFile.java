package org.modekick.forecast;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.modekick.io.AtomicFile;

/**
 * progress.json, rewritten atomically after every mode (a reader never sees half a file), and the line printed with
 * it. Keys: modes_total, modes_done, modes_restored (from the journal), modes_computed (by this process), workers,
 * mode_s_mean (per mode and worker, computed modes only), seconds_left and eta (null while no mode was computed
 * here), elapsed_s, updated (UTC, ISO-8601), and {@code step} when a study writes it.
 */
public final class ProgressFile {

    public static final String FILE = "progress.json";

    private ProgressFile() {}

    public static void write(Path file, ModeProgress.Report r, String step) throws IOException {
        String json = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create()
                .toJson(contents(r, step));
        AtomicFile.writeText(file, out -> out.write(json + "\n"));
    }

    static Map<String, Object> contents(ModeProgress.Report r, String step) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (step != null) {
            m.put("step", step);
        }
        m.put("modes_total", r.total());
        m.put("modes_done", r.done());
        m.put("modes_restored", r.restored());
        m.put("modes_computed", r.computed());
        m.put("workers", r.workers());
        m.put("mode_s_mean", Double.isNaN(r.modeSeconds()) ? null : r.modeSeconds());
        m.put("seconds_left", r.known() ? r.secondsLeft() : null);
        m.put("eta", r.eta() == null ? null : r.eta().truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("elapsed_s", r.elapsedSeconds());
        m.put("updated", r.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return m;
    }

    /** "progress: 12/100 modes (2 from the journal), 35.2 s per mode on each of 2 workers, about 29m20s left, ETA". */
    public static String line(ModeProgress.Report r) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "progress: %d/%d modes", r.done(), r.total()));
        if (r.restored() > 0) {
            sb.append(String.format(Locale.ROOT, " (%d from the journal)", r.restored()));
        }
        if (r.computed() == 0) {
            return sb.append(r.done() == r.total() ? ", done" : ", time left known after the first mode").toString();
        }
        sb.append(String.format(Locale.ROOT, ", %.1f s per mode on each of %d worker%s", r.modeSeconds(), r.workers(),
                r.workers() == 1 ? "" : "s"));
        if (r.done() == r.total()) {
            return sb.append(", done").toString();
        }
        return sb.append(String.format(Locale.ROOT, ", about %s left, ETA %s UTC", duration(r.secondsLeft()),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC)
                        .format(r.eta()))).toString();
    }

    /** 42s, 3m07s, 2h05m. */
    public static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
