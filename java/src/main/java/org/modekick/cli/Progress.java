package org.modekick.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.modekick.forecast.ProgressFile;

/**
 * A study's progress line: which step runs, how many are done, and the time left estimated from the
 * steps run so far in this session (steps found done are not counted as work).
 */
final class Progress {

    private static final int WIDTH = 24;

    private final int total;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private int done;
    private int ran;
    private double ranSeconds;
    private long stepStart;

    Progress(int total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    void skipped(String what) {
        done++;
        out.printf(Locale.ROOT, "%s %s: already done%n", bar(), what);
    }

    void starting(String what) {
        stepStart = System.nanoTime();
        String left = ran == 0 ? "time left unknown" : "about " + duration(ranSeconds / ran * (total - done)) + " left";
        out.printf(Locale.ROOT, "%s %s (elapsed %s, %s)%n", bar(), what, duration(elapsedSeconds()), left);
    }

    void finished() {
        ranSeconds += (System.nanoTime() - stepStart) * 1e-9;
        ran++;
        done++;
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) * 1e-9;
    }

    private String bar() {
        int filled = total == 0 ? WIDTH : WIDTH * done / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total;
    }

    static String duration(double seconds) {
        return ProgressFile.duration(seconds);
    }
}
