package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.InvalidSettingException;

/** Every search ends: precisions a double cannot resolve are refused, and no search makes more than MAX_KICKS kicks. */
class SearchBoundsTest {

    private static final FireSettings FIRE = FireSettings.harmonic();

    @Test
    void aPrecisionBelowWhatDoublesResolveIsRefused() {
        // 1e-17: the geometric mean of the final bracket is one of its ends, and the bisection never ended
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeSearch(1e-7, 1e-1, 10, 1e-17));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> new ExciteSettings(1e-7, 1e-1, 10, 1e-17, FIRE, true));
        assertEquals("precision", e.setting());
        assertTrue(e.getMessage().contains("1.0E-17") && e.getMessage().contains("double precision"), e.getMessage());
        new ExciteSettings(1e-7, 1e-1, 10, AmplitudeSearch.MIN_PRECISION, FIRE, true);
    }

    @Test
    void aSearchThatWouldNeedTooManyKicksIsRefusedWithTheCount() {
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> new ExciteSettings(1e-7, 1e-1, 1.001, 1e-4, FIRE, true));
        assertEquals("scanFactor", e.setting());
        assertTrue(e.getMessage().contains("13824 scan"), e.getMessage());
        InvalidSettingException f = assertThrows(InvalidSettingException.class,
                () -> new ExciteSettings(1e-7, 1e-1, 1.5, 0.6, FIRE, true));
        assertEquals("scanFactor", f.setting(), "a precision wider than the scan's brackets: " + f.getMessage());
        assertEquals(7 + 8, AmplitudeSearch.scanKicks(1e-7, 1e-1, 10) + AmplitudeSearch.bisectionKicks(10, 1e-2),
                "the defaults' nominal cost, as AmplitudeSearchTest counts it");
    }

    /**
     * An adversarial probe: every kick looks like it left, every confirmation returns. At the finest precision over
     * six decades the search would go on for hundreds of kicks; it stops at MAX_KICKS and says why.
     */
    @Test
    void everySearchEndsWithinTheKickBudget() {
        int[] kicks = {0};
        AmplitudeSearch.Probe contrary = new AmplitudeSearch.Probe() {
            @Override
            public Outcome kick(double amplitude) {
                kicks[0]++;
                return Outcome.TRANSITIONED;
            }

            @Override
            public Outcome confirm(double amplitude) {
                return Outcome.RETURNED;
            }
        };
        AmplitudeSearch.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new AmplitudeSearch(1e-7, 1e-1, 10, AmplitudeSearch.MIN_PRECISION).run(contrary));
        assertEquals(AmplitudeSearch.Kind.FAILED, r.kind(), r.toString());
        assertEquals(AmplitudeSearch.MAX_KICKS, kicks[0]);
        assertEquals(AmplitudeSearch.MAX_KICKS, r.kicks());
        assertTrue(r.reason().contains(AmplitudeSearch.MAX_KICKS + " kicks"), r.reason());
    }
}
