package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import org.junit.jupiter.api.Test;

class AmplitudeSearchTest {

    /** A probe whose final truth is "left iff truth(A)"; kick() may also claim "left" where truth says not. */
    private static class FakeProbe implements AmplitudeSearch.Probe {
        final DoublePredicate truth;
        final DoublePredicate provisional;
        final List<Double> kicked = new ArrayList<>();
        final List<Double> confirmed = new ArrayList<>();

        FakeProbe(DoublePredicate truth, DoublePredicate provisional) {
            this.truth = truth;
            this.provisional = provisional;
        }

        @Override
        public Outcome kick(double a) {
            kicked.add(a);
            return truth.test(a) || provisional.test(a) ? Outcome.TRANSITIONED : Outcome.RETURNED;
        }

        @Override
        public Outcome confirm(double a) {
            confirmed.add(a);
            return truth.test(a) ? Outcome.TRANSITIONED : Outcome.RETURNED;
        }
    }

    @Test
    void bracketsAThresholdToThePrecision() {
        AmplitudeSearch s = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2);
        for (double threshold : new double[] {3.3e-5, 1.234e-3, 0.0999, 2e-7}) {
            FakeProbe p = new FakeProbe(a -> a >= threshold, a -> false);
            AmplitudeSearch.Result r = s.run(p);
            assertEquals(AmplitudeSearch.Kind.LEFT, r.kind(), "threshold " + threshold);
            assertTrue(r.hi() >= threshold && r.lo() < threshold, r.toString());
            assertTrue(r.hi() / r.lo() <= 1 + 1e-2, r.toString());
            int scan = (int) Math.ceil(Math.log10(threshold / 1e-7) - 1e-12) + 1;
            assertEquals(scan + 8, r.kicks(), "scan " + scan + " + 8 bisections for threshold " + threshold);
            assertEquals(List.of(r.hi()), p.confirmed);
            assertEquals(0, r.overturned());
        }
    }

    /** A probe that leaves at and above {@code left} and diverges at and above {@code diverge}. */
    private static AmplitudeSearch.Probe threshold(double left, double diverge, List<Double> kicked) {
        return new AmplitudeSearch.Probe() {
            @Override
            public Outcome kick(double a) {
                kicked.add(a);
                return a >= diverge ? Outcome.DIVERGED : a >= left ? Outcome.TRANSITIONED : Outcome.RETURNED;
            }

            @Override
            public Outcome confirm(double a) {
                return a >= left ? Outcome.TRANSITIONED : Outcome.RETURNED;
            }
        };
    }

    @Test
    void gridIsTheUpwardScansOwnProducts() {
        double[] g = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2).grid();
        assertEquals(7, g.length);
        double a = 1e-7;
        for (int j = 0; j < 6; j++) {
            assertEquals(a, g[j], 0);
            a *= 10;
        }
        assertEquals(1e-1, g[6], 0);
        assertEquals(9.999999999999999E-6, g[2], 0); // not 1e-5: what the scan has always kicked at
    }

    /**
     * Started anywhere on the grid, the search ends in the same bracket, bit for bit, as from a_min, and the kicks
     * it saves are the returning ones below the start.
     */
    @Test
    void aScanStartedAnywhereMeetsTheSameBracket() {
        AmplitudeSearch s = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2);
        int points = s.grid().length;
        for (double t : new double[] {3.3e-5, 1.234e-3, 0.0999, 2e-7}) {
            AmplitudeSearch.Result from = s.run(threshold(t, Double.POSITIVE_INFINITY, new ArrayList<>()));
            int first = (int) Math.ceil(Math.log10(t / 1e-7) - 1e-12); // grid index of the first leaving kick
            for (int start = 1; start < points; start++) {
                List<Double> kicked = new ArrayList<>();
                AmplitudeSearch.Result r = s.run(threshold(t, Double.POSITIVE_INFINITY, kicked), start);
                assertEquals(from.kind(), r.kind(), "threshold " + t + ", start " + start);
                assertEquals(from.hi(), r.hi(), 0, "threshold " + t + ", start " + start);
                assertEquals(from.lo(), r.lo(), 0, "threshold " + t + ", start " + start);
                int scan = start < first ? first - start + 1 : start - first + 2;
                assertEquals(scan + 8, r.kicks(), "threshold " + t + ", start " + start + ": " + kicked);
                assertEquals(s.grid()[start], kicked.get(0), 0);
            }
        }
    }

    /** A start above the first diverging kick goes down to below it and looks for a transition there. */
    @Test
    void aStartAmongDivergingKicksGoesDown() {
        AmplitudeSearch s = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2);
        AmplitudeSearch.Result from = s.run(threshold(2e-3, 5e-3, new ArrayList<>()));
        AmplitudeSearch.Result r = s.run(threshold(2e-3, 5e-3, new ArrayList<>()), 6);
        assertEquals(AmplitudeSearch.Kind.LEFT, r.kind());
        assertEquals(from.hi(), r.hi(), 0);
        AmplitudeSearch.Result none = s.run(threshold(Double.POSITIVE_INFINITY, 5e-3, new ArrayList<>()), 6);
        AmplitudeSearch.Result noneFrom = s.run(threshold(Double.POSITIVE_INFINITY, 5e-3, new ArrayList<>()));
        assertEquals(AmplitudeSearch.Kind.DIVERGED, none.kind());
        assertEquals(noneFrom.hi(), none.hi(), 0);
        assertEquals(noneFrom.lo(), none.lo(), 0);
    }

    @Test
    void aStartFromWhichEveryKickDownToAMinLeavesFails() {
        AmplitudeSearch.Result r = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(threshold(0, 2, new ArrayList<>()), 3);
        assertEquals(AmplitudeSearch.Kind.FAILED, r.kind());
        assertTrue(r.reason().contains("below the range"), r.reason());
        assertEquals(4, r.kicks());
        assertThrows(IllegalArgumentException.class,
                () -> new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(threshold(0, 2, new ArrayList<>()), 6));
    }

    /** A probe whose kicks leave exactly where {@code left} says (every decision final). */
    private static AmplitudeSearch.Probe planted(DoublePredicate left, List<Double> kicked) {
        return new AmplitudeSearch.Probe() {
            @Override
            public Outcome kick(double a) {
                kicked.add(a);
                return left.test(a) ? Outcome.TRANSITIONED : Outcome.RETURNED;
            }

            @Override
            public Outcome confirm(double a) {
                return left.test(a) ? Outcome.TRANSITIONED : Outcome.RETURNED;
            }
        };
    }

    /** A narrow leaving window below the bisection's A_c, which the bisection jumped over, is found. */
    @Test
    void verificationFindsALeavingWindowTheBisectionJumpedOver() {
        AmplitudeSearch s = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2);
        DoublePredicate left = a -> (a >= 3.0e-3 && a <= 3.05e-3) || a >= 5e-3;
        List<Double> kicked = new ArrayList<>();
        AmplitudeSearch.Result found = s.run(planted(left, kicked));
        assertTrue(found.hi() >= 5e-3 && found.lo() < 5e-3, "the bisection misses the window: " + found);
        assertTrue(Double.isNaN(found.unverified()) && !found.moved());
        AmplitudeSearch.Result v = s.verifyBelow(found, 2, planted(left, kicked));
        assertEquals(AmplitudeSearch.Kind.LEFT, v.kind());
        assertTrue(v.hi() >= 3.0e-3 && v.hi() <= 3.05e-3, v.toString());
        assertTrue(v.lo() < 3.0e-3 && v.hi() / v.lo() <= 1.01 + 1e-15, v.toString());
        assertEquals(found.hi(), v.unverified(), 0);
        assertTrue(v.moved());
        assertEquals(kicked.size(), v.kicks(), "the kicks of the search and of the verification");
    }

    @Test
    void verificationOfAMonotonicOutcomeKeepsAcAndCountsItsKicks() {
        AmplitudeSearch s = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2);
        List<Double> kicked = new ArrayList<>();
        AmplitudeSearch.Result found = s.run(planted(a -> a >= 1.234e-3, kicked));
        int before = kicked.size();
        AmplitudeSearch.Result v = s.verifyBelow(found, 1.1, planted(a -> a >= 1.234e-3, kicked));
        assertEquals(found.hi(), v.hi(), 0);
        assertEquals(found.lo(), v.lo(), 0);
        assertEquals(found.hi(), v.unverified(), 0);
        assertTrue(!v.moved());
        // A_c / 1.1, then up by 1.01 while below lo: ln(1.1 lo / A_c) / ln(1.01) kicks
        assertEquals(before + (int) Math.ceil(Math.log(1.1 * found.lo() / found.hi()) / Math.log(1.01)),
                kicked.size(), kicked.subList(before, kicked.size()).toString());
        AmplitudeSearch.Result none = s.run(planted(a -> false, new ArrayList<>()));
        assertEquals(none, s.verifyBelow(none, 1.1, planted(a -> false, new ArrayList<>())));
    }

    /** When even A_c / R leaves, the scan starts again a factor R lower, until a kick returns. */
    @Test
    void verificationGoesFurtherDownWhileItsLowestKickLeaves() {
        AmplitudeSearch s = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2);
        DoublePredicate left = a -> a >= 1.2e-3 && !(a > 3.1e-3 && a < 6e-3);
        AmplitudeSearch.Result found = s.run(planted(left, new ArrayList<>()));
        assertTrue(found.hi() >= 6e-3, found.toString());
        AmplitudeSearch.Result v = s.verifyBelow(found, 2, planted(left, new ArrayList<>()));
        assertTrue(v.hi() >= 1.2e-3 && v.lo() < 1.2e-3 && v.hi() / v.lo() <= 1.01 + 1e-15, v.toString());
        assertTrue(v.moved());
        AmplitudeSearch.Result atMin = new AmplitudeSearch(1e-3, 1e-1, 10, 1e-2).verifyBelow(
                new AmplitudeSearch.Result(AmplitudeSearch.Kind.LEFT, 9.95e-4 * 2, 2e-3, 5, 0, ""), 2,
                planted(a -> true, new ArrayList<>()));
        assertEquals(AmplitudeSearch.Kind.FAILED, atMin.kind());
        assertTrue(atMin.reason().contains("below the range"), atMin.reason());
    }

    /** The onset: the first grid point that departs by 10% from the harmonic term, where resolved. */
    @Test
    void onsetIsTheGridPointBelowTheFirstDeparture() {
        double[] grid = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2).grid();
        // dPhi = A^2 (1 + A / 1e-3): 10% above the harmonic term from A = 1e-4 on (grid index 3)
        assertEquals(3, AnharmonicOnset.start(grid, a -> a * a * (1 + a / 1e-3), a -> a * a, 1));
        // rounding noise at amplitudes whose harmonic energy is below 1e-9 |Phi0| is not a departure
        assertEquals(3, AnharmonicOnset.start(grid, a -> a * a < 1e-9 ? 1e-9 : a * a * (1 + a / 1e-3), a -> a * a, 1));
        assertEquals(0, AnharmonicOnset.start(grid, a -> a * a, a -> a * a, 1), "harmonic throughout: a_min");
        assertEquals(0, AnharmonicOnset.start(grid, a -> 2 * a * a, a -> a * a, 0), "anharmonic at a_min");
        assertEquals(6, AnharmonicOnset.start(grid, a -> a > 1e-2 ? Double.POSITIVE_INFINITY : a * a, a -> a * a, 1));
    }

    @Test
    void nothingLeavesInRange() {
        FakeProbe p = new FakeProbe(a -> false, a -> false);
        AmplitudeSearch.Result r = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(p);
        assertEquals(AmplitudeSearch.Kind.NO_TRANSITION, r.kind());
        assertEquals(1.0, r.lo(), 0);
        assertEquals(6, r.kicks());
    }

    @Test
    void leavingAlreadyAtAMinIsAFailureNotAnAmplitude() {
        FakeProbe p = new FakeProbe(a -> true, a -> false);
        AmplitudeSearch.Result r = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(p);
        assertEquals(AmplitudeSearch.Kind.FAILED, r.kind());
        assertTrue(r.reason().contains("below the range"), r.reason());
    }

    /** Provisional "left" answers that converge back to r0 are overturned, and the answer stays exact. */
    @Test
    void wrongProvisionalDecisionsAreOverturned() {
        double threshold = 2.5e-3;
        FakeProbe p = new FakeProbe(a -> a >= threshold, a -> a >= 0.8 * threshold);
        AmplitudeSearch.Result r = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2).run(p);
        assertEquals(AmplitudeSearch.Kind.LEFT, r.kind());
        assertTrue(r.hi() >= threshold && r.lo() < threshold && r.hi() / r.lo() <= 1.01, r.toString());
        assertTrue(r.overturned() > 0, r.toString());
        // a provisional top that scan overshoots back past: every wrong top became a lower end
        FakeProbe all = new FakeProbe(a -> a >= threshold, a -> a >= 1e-3);
        AmplitudeSearch.Result r2 = new AmplitudeSearch(1e-7, 1e-1, 10, 1e-2).run(all);
        assertEquals(AmplitudeSearch.Kind.LEFT, r2.kind());
        assertTrue(r2.hi() >= threshold && r2.lo() < threshold && r2.hi() / r2.lo() <= 1.01, r2.toString());
    }

    /** A probe with a diverging region above {@code diverge} and a leaving one above {@code leave}. */
    private static AmplitudeSearch.Probe capped(double leave, double diverge) {
        return new AmplitudeSearch.Probe() {
            @Override
            public Outcome kick(double a) {
                return a >= diverge ? Outcome.DIVERGED : a >= leave ? Outcome.TRANSITIONED : Outcome.RETURNED;
            }

            @Override
            public Outcome confirm(double a) {
                return kick(a);
            }
        };
    }

    /** Kicks diverge from 0.05 on and return below: the mode diverges, bracketed to the precision. */
    @Test
    void divergenceBeforeAnyTransitionIsBracketed() {
        AmplitudeSearch.Result d = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(capped(Double.POSITIVE_INFINITY, 0.05));
        assertEquals(AmplitudeSearch.Kind.DIVERGED, d.kind());
        assertTrue(d.lo() < 0.05 && d.hi() >= 0.05 && d.hi() / d.lo() <= 1.01, d.toString());
        assertTrue(d.reason().contains("diverge"), d.reason());
        AmplitudeSearch.Result first = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(capped(1, 1e-6));
        assertEquals(AmplitudeSearch.Kind.DIVERGED, first.kind());
        assertEquals(1, first.kicks());
    }

    /** A transition between the last returning grid point and the first diverging one is still found. */
    @Test
    void aTransitionBelowTheFirstDivergingKickIsFound() {
        AmplitudeSearch.Result r = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(capped(0.03, 0.07));
        assertEquals(AmplitudeSearch.Kind.LEFT, r.kind(), r.toString());
        assertTrue(r.hi() >= 0.03 && r.lo() < 0.03 && r.hi() / r.lo() <= 1.01, r.toString());
    }

    @Test
    void aFailedRelaxationEndsTheSearch() {
        AmplitudeSearch.Result f = new AmplitudeSearch(1e-5, 1, 10, 1e-2).run(new FakeProbe(a -> false, a -> false) {
            @Override
            public Outcome kick(double a) {
                return a > 1e-3 ? Outcome.FAILED : Outcome.RETURNED;
            }
        });
        assertEquals(AmplitudeSearch.Kind.FAILED, f.kind());
        assertTrue(f.reason().contains("did not converge"), f.reason());
    }

    @Test
    void badRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeSearch(1e-3, 1e-4, 10, 1e-2));
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeSearch(0, 1, 10, 1e-2));
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeSearch(1e-5, 1, 1, 1e-2));
        assertThrows(IllegalArgumentException.class, () -> new AmplitudeSearch(1e-5, 1, 10, 0));
    }
}
