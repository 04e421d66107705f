package org.modekick.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.modekick.store.DecayProfile;

class DecayTailTest {

    /** A core that decays differently (r < 2) and a flat floor beyond L/2 must not bias a. */
    @Test
    void onlyTheTailBetweenTwoAndHalfTheBoxIsFitted() {
        int n = 200;
        double[] r = new double[n];
        double[] dr = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = 0.1 + 0.1 * i; // 0.1 .. 20
            if (r[i] < 2) {
                dr[i] = 1.0; // the rearranging core
            } else if (r[i] <= 10) {
                dr[i] = 0.5 * Math.pow(r[i], -2.8);
            } else {
                dr[i] = 1e-6; // beyond L/2 = 10: periodic images, not the far field
            }
        }
        DecayTail tail = DecayTail.fit(new DecayProfile(1, r, dr), 20.0).orElseThrow();
        assertEquals(2.8, tail.decayExponent(), 1e-9);
        assertEquals(2.0, tail.inner());
        assertEquals(10.0, tail.outer());
        assertEquals(0.5, tail.fit().prefactor(), 1e-9, "normalised by the largest displacement, 1");
    }

    @Test
    void withoutTheBoxLengthHalfTheBoxIsTheHalfDiagonalOverRootThree() {
        double[] r = {0, 2, 3, 4, 5, 6, 17.320508075688775};
        double[] dr = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            dr[i] = i == 0 ? 1 : Math.pow(r[i], -3);
        }
        DecayTail tail = DecayTail.fit(new DecayProfile(2, r, dr), Double.NaN).orElseThrow();
        assertEquals(10.0, tail.outer(), 1e-12);
        assertEquals(5, tail.fit().points());
        assertEquals(3.0, tail.decayExponent(), 1e-12);
    }

    @Test
    void aProfileWithoutATailGivesNoFit() {
        assertTrue(DecayTail.fit(new DecayProfile(3, new double[] {0, 1, 1.5}, new double[] {1, 0.5, 0.2}), 3.0).isEmpty());
    }
}
