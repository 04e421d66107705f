package org.modekick.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * How far the modes of one excite run are, and the time left. The time per mode is the mean over the modes this
 * process computed: modes restored from the journal of an earlier session took no time here, so counting them would
 * make a resumed run look fast. The modes left are shared by the workers, so the time left is the mean time per mode
 * times the modes left over the workers that can still be busy (no more than the modes left). Thread-safe: workers
 * finish modes concurrently.
 */
public final class ModeProgress {

    /**
     * One look at the run.
     *
     * @param done modes finished, restored ones included
     * @param restored modes found finished in the journal when this process opened the run
     * @param computed modes finished by this process
     * @param modeSeconds the mean wall time of one mode on one worker, over the computed ones (NaN before the first)
     * @param secondsLeft the projected time left (NaN while unknown, 0 when done)
     * @param eta when the run is projected to end (null while unknown)
     * @param elapsedSeconds since this process started the run
     */
    public record Report(int done, int total, int restored, int computed, int workers, double modeSeconds,
                         double secondsLeft, Instant now, Instant eta, double elapsedSeconds) {

        public boolean known() {
            return !Double.isNaN(secondsLeft);
        }
    }

    private final int total;
    private final int restored;
    private final int workers;
    private final InstantSource clock;
    private final Instant start;
    private int computed;
    private double computedSeconds;

    /**
     * @param total modes the run kicks
     * @param restored of them, those already in the journal
     * @param workers LAMMPS instances at work at once
     * @param clock the wall clock of the projected end (a test gives its own)
     */
    public ModeProgress(int total, int restored, int workers, InstantSource clock) {
        if (total < 0 || restored < 0 || restored > total || workers < 1) {
            throw new IllegalArgumentException("progress of " + restored + " restored of " + total + " modes on "
                    + workers + " workers");
        }
        this.total = total;
        this.restored = restored;
        this.workers = workers;
        this.clock = clock;
        this.start = clock.instant();
    }

    /** A mode computed by this process in {@code seconds} (its own wall time, as the worker measured it). */
    public synchronized Report finished(double seconds) {
        if (restored + computed >= total) {
            throw new IllegalStateException("all " + total + " modes are done already");
        }
        computed++;
        computedSeconds += seconds;
        return report();
    }

    public synchronized Report report() {
        Instant now = clock.instant();
        int done = restored + computed;
        int left = total - done;
        double mean = computed == 0 ? Double.NaN : computedSeconds / computed;
        double secondsLeft = left == 0 ? 0 : mean * left / Math.min(workers, left);
        Instant eta = Double.isNaN(secondsLeft) ? null : now.plus(Duration.ofMillis(Math.round(secondsLeft * 1e3)));
        return new Report(done, total, restored, computed, workers, mean, secondsLeft, now, eta,
                Duration.between(start, now).toNanos() * 1e-9);
    }
}
