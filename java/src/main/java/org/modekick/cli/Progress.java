package org.modekick.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.modekick.forecast.ProgressFile;

/**
 * A study's progress line: which step runs, how many are done, and the time left estimated from the steps run so
 * far in this session, kind by kind (steps found done are not counted as work, and a prepare step says nothing of
 * how long an excite step takes: while a kind of step still to come has not run, the time left is unknown; the
 * excite step's own progress lines project its modes).
 */
final class Progress {

    private static final int WIDTH = 24;

    private final List<String> steps;
    private final PrintStream out;
    private final LongSupplier nanos;
    private final long start;
    private final Map<String, double[]> byKind = new HashMap<>(); // kind -> {steps run, seconds}
    private int done;
    private long stepStart;

    Progress(List<String> steps, PrintStream out) {
        this(steps, out, System::nanoTime);
    }

    /** With the clock {@code nanos} (a test's own). */
    Progress(List<String> steps, PrintStream out, LongSupplier nanos) {
        this.steps = List.copyOf(steps);
        this.out = out;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
    }

    void skipped(String what) {
        done++;
        out.printf(Locale.ROOT, "%s %s: already done%n", bar(), what);
    }

    void starting(String what) {
        stepStart = nanos.getAsLong();
        out.printf(Locale.ROOT, "%s %s (elapsed %s, %s)%n", bar(), what, duration(elapsedSeconds()), left());
    }

    void finished() {
        String kind = kind(steps.get(Math.min(done, steps.size() - 1)));
        double[] k = byKind.computeIfAbsent(kind, x -> new double[2]);
        k[0]++;
        k[1] += (nanos.getAsLong() - stepStart) * 1e-9;
        done++;
    }

    double elapsedSeconds() {
        return (nanos.getAsLong() - start) * 1e-9;
    }

    /** The steps not yet finished (the one starting included), each at the mean time of its kind so far. */
    private String left() {
        double seconds = 0;
        for (String step : steps.subList(Math.min(done, steps.size()), steps.size())) {
            double[] k = byKind.get(kind(step));
            if (k == null) {
                return "time left unknown until a " + kind(step) + " step has run";
            }
            seconds += k[1] / k[0];
        }
        return "about " + duration(seconds) + " left";
    }

    /** "lj-8000-1: excite" is of kind "excite". */
    private static String kind(String step) {
        return step.substring(step.lastIndexOf(": ") + 2);
    }

    private String bar() {
        int total = steps.size();
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }

    static String duration(double seconds) {
        return ProgressFile.duration(seconds);
    }
}
