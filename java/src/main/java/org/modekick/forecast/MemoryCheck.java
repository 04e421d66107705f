package org.modekick.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A run's memory estimate held against the memory the machine has free (MemAvailable of /proc/meminfo, read when the
 * check is made): above {@link #WARN_FRACTION} of it a warning, above all of it a refusal, unless the user said to go
 * on ({@code --ignore-memory-estimate}): a run that does not fit would swap for hours or be killed near its end. Each
 * check is told to {@code notices} (the estimate, and the warning if any) and returned for summary.json.
 *
 * @param available the memory free now, in bytes (empty: unknown, nothing is refused)
 * @param ignore go on whatever the estimate says
 */
public record MemoryCheck(Supplier<OptionalLong> available, boolean ignore, Consumer<String> notices) {

    public static final double WARN_FRACTION = 0.7;
    public static final String OVERRIDE = "--ignore-memory-estimate";
    /** summary.json's key of the estimate and what it was compared with. */
    public static final String KEY = "memory_estimate";

    /** No comparison and no notices: for callers that check elsewhere (or tests). */
    public static final MemoryCheck NONE = new MemoryCheck(OptionalLong::empty, true, s -> {});

    /** Against this machine's /proc/meminfo. */
    public static MemoryCheck ofThisMachine(boolean ignore, Consumer<String> notices) {
        return new MemoryCheck(() -> memAvailable(Path.of("/proc/meminfo")), ignore, notices);
    }

    /** The estimate did not fit and the user did not say to go on. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** What was estimated, what was free, and whether it fitted. */
    public record Result(MemoryEstimate estimate, OptionalLong availableBytes, boolean ignored) {

        /** The estimated peak over the memory free (NaN when that is unknown). */
        public double fraction() {
            return availableBytes.isPresent() ? estimate.peakBytes() / availableBytes.getAsLong() : Double.NaN;
        }

        public Map<String, Object> describe() {
            Map<String, Object> m = estimate.describe();
            m.put("available_MB", availableBytes.isPresent() ? MemoryEstimate.mb(availableBytes.getAsLong()) : null);
            m.put("fraction_of_available", Double.isNaN(fraction()) ? null : fraction());
            if (ignored) {
                m.put("ignored", true);
            }
            return new LinkedHashMap<>(m);
        }
    }

    /** Compares {@code e} with the memory free now; throws {@link Refused} if it exceeds it and is not ignored. */
    public Result check(MemoryEstimate e) {
        OptionalLong free = available.get();
        Result r = new Result(e, free, ignore);
        String of = free.isPresent() ? String.format(Locale.ROOT, " (%.0f%% of the %s available)", 100 * r.fraction(),
                MemoryEstimate.text(free.getAsLong())) : " (memory available unknown)";
        notices.accept("modekick: " + e.line() + of);
        if (r.fraction() > 1 && !ignore) {
            throw new Refused(String.format(Locale.ROOT, "the run needs about %s at its peak (%s) but only %s is"
                    + " available (MemAvailable): free memory, use fewer workers or a smaller selection, or give %s to"
                    + " run anyway", MemoryEstimate.text(e.peakBytes()), e.line(), MemoryEstimate.text(
                    free.getAsLong()), OVERRIDE));
        }
        if (r.fraction() > WARN_FRACTION) {
            notices.accept(String.format(Locale.ROOT, "modekick: WARNING: the estimated peak is %.0f%% of the memory"
                    + " available%s", 100 * r.fraction(), r.fraction() > 1 ? " (going on: " + OVERRIDE + ")"
                    : "; other programs may push the run into swap"));
        }
        return r;
    }

    /** MemAvailable of a /proc/meminfo file, bytes; empty if the file or the line is not there. */
    public static OptionalLong memAvailable(Path meminfo) {
        try {
            return memAvailable(Files.readString(meminfo));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong memAvailable(String meminfo) {
        for (String line : meminfo.split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length >= 2 && w[0].equals("MemAvailable:")) {
                long kb = Long.parseLong(w[1]);
                return OptionalLong.of(w.length > 2 && w[2].equalsIgnoreCase("kB") ? kb * 1024 : kb);
            }
        }
        return OptionalLong.empty();
    }
}
