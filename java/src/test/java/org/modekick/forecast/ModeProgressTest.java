package org.modekick.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The time left of an excite run on a clock the test moves: numbers, never timings. */
class ModeProgressTest {

    /** A wall clock that stands still until the test moves it. */
    static final class FakeClock implements InstantSource {
        Instant now = Instant.parse("2026-12-03T06:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(double seconds) {
            now = now.plus(Duration.ofMillis(Math.round(seconds * 1e3)));
        }
    }

    @Test
    void theTimeLeftIsTheMeanModeTimeTimesTheModesLeftOverTheWorkers() {
        FakeClock clock = new FakeClock();
        ModeProgress p = new ModeProgress(10, 0, 2, clock);
        ModeProgress.Report start = p.report();
        assertFalse(start.known(), "no mode computed: no projection");
        assertNull(start.eta());
        clock.advance(30);
        p.finished(30);
        clock.advance(20);
        ModeProgress.Report r = p.finished(50);
        assertEquals(2, r.done());
        assertEquals(2, r.computed());
        assertEquals(40, r.modeSeconds(), 1e-12);
        assertEquals(40.0 * 8 / 2, r.secondsLeft(), 1e-9, "8 modes left shared by 2 workers");
        assertEquals(Instant.parse("2026-12-03T06:03:30Z"), r.eta(), "now (06:00:50) + 160 s");
        assertEquals(50, r.elapsedSeconds(), 1e-9);
    }

    @Test
    void modesRestoredFromTheJournalAreDoneButTakeNoTime() {
        FakeClock clock = new FakeClock();
        // a resumed run: 6 of 10 modes in the journal; they count as done, not in the time per mode
        ModeProgress p = new ModeProgress(10, 6, 2, clock);
        ModeProgress.Report opened = p.report();
        assertEquals(6, opened.done());
        assertEquals(6, opened.restored());
        assertEquals(0, opened.computed());
        assertFalse(opened.known(), "restored modes never make a projection");
        clock.advance(100);
        ModeProgress.Report r = p.finished(100);
        assertEquals(100, r.modeSeconds(), 1e-12, "the mean of the one mode computed here");
        assertEquals(100.0 * 3 / 2, r.secondsLeft(), 1e-9);
        assertEquals(7, r.done());
    }

    @Test
    void fewerModesLeftThanWorkersKeepOnlyThatManyBusy() {
        ModeProgress p = new ModeProgress(3, 0, 4, new FakeClock());
        ModeProgress.Report r = p.finished(12);
        assertEquals(12.0 * 2 / 2, r.secondsLeft(), 1e-12, "2 modes left on 2 of the 4 workers");
        p.finished(12);
        ModeProgress.Report last = p.finished(12);
        assertEquals(0, last.secondsLeft());
        assertEquals(last.now(), last.eta());
        assertThrows(IllegalStateException.class, () -> p.finished(1), "no more modes than the run has");
    }

    @Test
    void progressJsonHoldsTheReportAndTheLineSaysIt(@TempDir Path dir) throws Exception {
        FakeClock clock = new FakeClock();
        ModeProgress p = new ModeProgress(5, 1, 1, clock);
        Path file = dir.resolve(ProgressFile.FILE);
        ProgressFile.write(file, p.report(), null);
        JsonObject before = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertTrue(before.get("seconds_left").isJsonNull());
        assertTrue(before.get("eta").isJsonNull());
        assertEquals(1, before.get("modes_restored").getAsInt());

        clock.advance(60);
        ModeProgress.Report r = p.finished(60);
        ProgressFile.write(file, r, "glass: excite");
        JsonObject o = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("glass: excite", o.get("step").getAsString());
        assertEquals(5, o.get("modes_total").getAsInt());
        assertEquals(2, o.get("modes_done").getAsInt());
        assertEquals(1, o.get("modes_computed").getAsInt());
        assertEquals(60, o.get("mode_s_mean").getAsDouble(), 1e-12);
        assertEquals(180, o.get("seconds_left").getAsDouble(), 1e-9);
        assertEquals("2026-12-03T06:04:00Z", o.get("eta").getAsString());
        assertFalse(Files.exists(dir.resolve(ProgressFile.FILE + ".partial")), "written atomically, nothing left aside");
        assertEquals("progress: 2/5 modes (1 from the journal), 60.0 s per mode on each of 1 worker, about 3m00s left,"
                + " ETA 2026-12-03 06:04 UTC", ProgressFile.line(r));
    }
}
