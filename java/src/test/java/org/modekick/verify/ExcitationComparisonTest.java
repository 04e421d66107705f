package org.modekick.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.modekick.excite.Status;
import org.modekick.store.Excitation;

class ExcitationComparisonTest {

    private static Excitation row(int k, double ac, int transition, Status status) {
        return new Excitation(k, 0.1 * k, 0.3, 0, ac, 0.02, 1e-6 * k, 1e-4, 15, 0.3, 1.2, 0.2,
                transition > 0 ? OptionalInt.of(transition) : OptionalInt.empty(), status);
    }

    private static final Status T = Status.TRANSITIONED;

    private static List<Excitation> serial() {
        return List.of(row(1, 5e-3, 1, T), row(2, 2e-2, 1, T), row(3, 3e-2, 2, T),
                row(4, Double.NaN, 0, Status.NO_TRANSITION));
    }

    @Test
    void identicalRunsAgreeExactly() {
        ExcitationComparison c = ExcitationComparison.of(serial(), serial());
        assertTrue(c.agrees(0), c.report());
        assertEquals(0, c.maxAmplitudeDifference());
        assertTrue(c.report().contains("the same for every mode"), c.report());
    }

    @Test
    void anAmplitudeOneBracketAwayAgreesOnlyWithinTheTolerance() {
        List<Excitation> other = List.of(row(1, 5e-3, 1, T), row(2, 2e-2 * 1.008, 1, T), row(3, 3e-2, 2, T),
                row(4, Double.NaN, 0, Status.NO_TRANSITION));
        ExcitationComparison c = ExcitationComparison.of(serial(), other);
        assertEquals(0.008, c.maxAmplitudeDifference(), 1e-12);
        assertEquals(2, c.worstAmplitudeMode());
        assertTrue(c.agrees(1e-2));
        assertFalse(c.agrees(1e-3));
    }

    @Test
    void otherIdsForTheSameGroupsAgreeButRegroupedModesDoNot() {
        List<Excitation> renumbered = List.of(row(1, 5e-3, 7, T), row(2, 2e-2, 7, T), row(3, 3e-2, 4, T),
                row(4, Double.NaN, 0, Status.NO_TRANSITION));
        assertTrue(ExcitationComparison.of(serial(), renumbered).agrees(0));
        List<Excitation> regrouped = List.of(row(1, 5e-3, 1, T), row(2, 2e-2, 2, T), row(3, 3e-2, 2, T),
                row(4, Double.NaN, 0, Status.NO_TRANSITION));
        ExcitationComparison c = ExcitationComparison.of(serial(), regrouped);
        assertEquals(Set.of(1, 2, 3), c.groupsDiffer());
        assertFalse(c.agrees(1));
    }

    @Test
    void anotherStatusOrAMissingModeDisagrees() {
        List<Excitation> exchanged = List.of(row(1, 5e-3, 1, T), row(2, 2e-2, 1, T),
                row(3, 3e-2, 0, Status.EXCHANGE), row(4, Double.NaN, 0, Status.NO_TRANSITION));
        ExcitationComparison c = ExcitationComparison.of(serial(), exchanged);
        assertEquals(Set.of(3), c.statusDiffers());
        assertFalse(c.agrees(1));
        ExcitationComparison shorter = ExcitationComparison.of(serial(), serial().subList(0, 3));
        assertEquals(Set.of(4), shorter.missing());
        assertFalse(shorter.agrees(1));
        assertTrue(shorter.report().contains("in one only: [4]"), shorter.report());
    }
}
