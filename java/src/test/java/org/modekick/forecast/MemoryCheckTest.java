package org.modekick.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Warn above 70% of MemAvailable, refuse above it unless told to go on; MemAvailable given by the test. */
class MemoryCheckTest {

    static final MemoryEstimate HARMONIC_32K = new MemoryEstimate(32_000, 100, 8.71, 2, true,
            MemoryEstimate.Factoriser.MUMPS);

    private static MemoryCheck against(double availableMb, boolean ignore, List<String> notices) {
        return new MemoryCheck(() -> OptionalLong.of(Math.round(availableMb * 1e6)), ignore, notices::add);
    }

    @Test
    void aRunThatFitsIsToldItsEstimateOnly() {
        List<String> notices = new ArrayList<>();
        MemoryCheck.Result r = against(10_000, false, notices).check(HARMONIC_32K);
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("memory estimate: N = 32000, K = 100"), notices.get(0));
        assertTrue(r.fraction() < 0.7);
        assertEquals(10_000L, r.describe().get("available_MB"));
        assertEquals(Math.round(HARMONIC_32K.peakBytes() / 1e6), r.describe().get("peak_MB"));
    }

    @Test
    void aRunAboveSeventyPercentIsWarned() {
        List<String> notices = new ArrayList<>();
        double peakMb = HARMONIC_32K.peakBytes() / 1e6;
        against(peakMb / 0.8, false, notices).check(HARMONIC_32K);
        assertEquals(2, notices.size());
        assertTrue(notices.get(1).contains("WARNING") && notices.get(1).contains("80%"), notices.get(1));
    }

    @Test
    void aRunAboveTheMemoryAvailableIsRefusedNamingTheEstimateAndTheOverride() {
        List<String> notices = new ArrayList<>();
        double peakMb = HARMONIC_32K.peakBytes() / 1e6;
        MemoryCheck.Refused e = assertThrows(MemoryCheck.Refused.class,
                () -> against(peakMb / 1.5, false, notices).check(HARMONIC_32K));
        assertTrue(e.getMessage().contains(MemoryEstimate.text(HARMONIC_32K.peakBytes())), e.getMessage());
        assertTrue(e.getMessage().contains("--ignore-memory-estimate"), e.getMessage());

        List<String> going = new ArrayList<>();
        MemoryCheck.Result r = against(peakMb / 1.5, true, going).check(HARMONIC_32K);
        assertEquals(1.5, r.fraction(), 1e-6);
        assertEquals(true, r.describe().get("ignored"));
        assertTrue(going.get(1).contains("going on"), going.get(1));
    }

    @Test
    void unknownMemoryRefusesNothing() {
        List<String> notices = new ArrayList<>();
        MemoryCheck.Result r = new MemoryCheck(OptionalLong::empty, false, notices::add).check(HARMONIC_32K);
        assertTrue(Double.isNaN(r.fraction()));
        assertTrue(notices.get(0).endsWith("(memory available unknown)"));
    }

    @Test
    void memAvailableIsReadInKibibytes() {
        String meminfo = "MemTotal:       24576000 kB\nMemFree:         1000000 kB\nMemAvailable:   20000000 kB\n";
        assertEquals(OptionalLong.of(20_000_000L * 1024), MemoryCheck.memAvailable(meminfo));
        assertEquals(OptionalLong.empty(), MemoryCheck.memAvailable("MemTotal: 1 kB\n"));
    }
}
