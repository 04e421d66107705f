package org.modekick.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The band on the Mueller-Brown surface, whose stationary points are found here independently by Newton's
 * method from the literature's rounded positions (Mueller &amp; Brown 1979: minima A (-0.558, 1.442),
 * B (-0.050, 0.467), C (0.623, 0.028); saddles S1 (-0.822, 0.624) between A and B, S2 (0.212, 0.293) between
 * B and C).
 */
class MinimumEnergyPathTest {

    private static final int NEWTON = BandSettings.NEWTON_STEPS;

    private static final BandSettings SETTINGS = pieces(4);

    private static BandSettings pieces(int most) {
        return new BandSettings(9, 50, 1e-6, 200, 50_000, 1e-4, 0.01, most, NEWTON);
    }

    private static double[] stationary(MullerBrown s, double x, double y) {
        double[] p = {x, y};
        s.newton(p);
        return p;
    }

    @Test
    void theBandBetweenNeighbouringMinimaClimbsToTheirSaddle() {
        MullerBrown s = new MullerBrown();
        double[] a = stationary(s, -0.558, 1.442);
        double[] b = stationary(s, -0.050, 0.467);
        double[] s1 = stationary(s, -0.822, 0.624);
        MinimumEnergyPath path = MinimumEnergyPath.find(s, SETTINGS, a, b, 1e-6);
        assertEquals(1, path.pieces().size());
        Piece p = path.pieces().getFirst();
        assertTrue(p.converged(), "largest force " + p.largestForce());
        assertArrayEquals(s1, p.saddle(), 1e-7);
        assertEquals(MullerBrown.energy(s1[0], s1[1]) - MullerBrown.energy(a[0], a[1]), path.forwardBarrier(), 1e-9);
        assertEquals(-40.665, p.saddleEnergy(), 1e-3); // the published saddle energy
        assertTrue(p.curvature().firstOrderSaddle(), p.curvature().toString());
        assertTrue(p.connects());
        assertTrue(path.verified());
    }

    @Test
    void aBandAcrossAnIntermediateMinimumSplitsThere() {
        MullerBrown s = new MullerBrown();
        double[] a = stationary(s, -0.558, 1.442);
        double[] c = stationary(s, 0.623, 0.028);
        double[] s1 = stationary(s, -0.822, 0.624);
        double[] s2 = stationary(s, 0.212, 0.293);
        double[] b = stationary(s, -0.050, 0.467);
        MinimumEnergyPath path = MinimumEnergyPath.find(s, SETTINGS, a, c, 1e-6);
        assertEquals(2, path.pieces().size());
        assertArrayEquals(b, path.pieces().get(0).images()[path.pieces().get(0).images().length - 1], 1e-6);
        assertArrayEquals(s1, path.pieces().get(0).saddle(), 1e-7);
        assertArrayEquals(s2, path.pieces().get(1).saddle(), 1e-7);
        // the higher saddle, S1, sets both barriers
        assertEquals(MullerBrown.energy(s1[0], s1[1]) - MullerBrown.energy(a[0], a[1]), path.forwardBarrier(), 1e-9);
        assertEquals(MullerBrown.energy(s1[0], s1[1]) - MullerBrown.energy(c[0], c[1]), path.backwardBarrier(), 1e-9);
        assertTrue(path.verified());
    }

    @Test
    void aClimbingImageThatRelaxesIntoAThirdMinimumSplitsTheBand() {
        // the profile rule off (depth infinite): only the climbing image, pushed along its mode and relaxed, can
        // find B; without the second rule this band would stay whole with a saddle that does not join A and C
        MullerBrown s = new MullerBrown();
        double[] a = stationary(s, -0.558, 1.442);
        double[] b = stationary(s, -0.050, 0.467);
        double[] c = stationary(s, 0.623, 0.028);
        double[] s1 = stationary(s, -0.822, 0.624);
        double[] s2 = stationary(s, 0.212, 0.293);
        MinimumEnergyPath path = MinimumEnergyPath.find(s, SETTINGS, a, c, Double.POSITIVE_INFINITY);
        assertEquals(2, path.pieces().size());
        Piece first = path.pieces().get(0);
        Piece second = path.pieces().get(1);
        assertArrayEquals(b, first.images()[first.images().length - 1], 1e-6);
        assertArrayEquals(b, second.images()[0], 1e-6);
        assertArrayEquals(s1, first.saddle(), 1e-7);
        assertArrayEquals(s2, second.saddle(), 1e-7);
        assertTrue(path.verified());
        // the transition's barrier is that of the higher saddle, S1 (-40.665 against S2's -72.2)
        assertTrue(first.saddleEnergy() > second.saddleEnergy());
        assertEquals(MullerBrown.energy(s1[0], s1[1]) - MullerBrown.energy(a[0], a[1]), path.forwardBarrier(), 1e-9);
        // kept whole when one piece is all that is allowed: then its saddle does not join the ends
        MinimumEnergyPath whole = MinimumEnergyPath.find(s, pieces(1),
                a, c, Double.POSITIVE_INFINITY);
        assertEquals(1, whole.pieces().size());
        assertFalse(whole.pieces().getFirst().connects());
        assertFalse(whole.verified());
    }

    /** Four wells in a zigzag, of different depths, so that no two saddles are alike. */
    private static Wells chain() {
        return new Wells(new double[][] {{0, 0}, {1, 0.6}, {2, 0}, {3, 0.6}}, new double[] {-1, -0.8, -0.9, -1.1},
                0.4);
    }

    private static double[] minimumNear(Wells w, double x, double y) {
        double[] p = {x, y};
        w.relax(p);
        return p;
    }

    @Test
    void aBandAcrossTwoIntermediateMinimaSplitsTwiceAndNoMoreThanAllowed() {
        for (double depth : new double[] {1e-6, Double.POSITIVE_INFINITY}) { // both rules, the climbing image's alone
            Wells w = chain();
            double[][] minima = {minimumNear(w, 0, 0), minimumNear(w, 1, 0.6), minimumNear(w, 2, 0),
                minimumNear(w, 3, 0.6)};
            MinimumEnergyPath path = MinimumEnergyPath.find(w, SETTINGS, minima[0], minima[3], depth);
            assertEquals(3, path.pieces().size(), "depth " + depth);
            double top = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < 3; k++) {
                Piece p = path.pieces().get(k);
                assertArrayEquals(minima[k], p.images()[0], 1e-6, "piece " + k + " starts at minimum " + k);
                assertArrayEquals(minima[k + 1], p.images()[p.images().length - 1], 1e-6);
                // each saddle a stationary point of index 1 (Newton from it does not move it)
                double[] polished = p.saddle().clone();
                w.newton(polished);
                assertArrayEquals(polished, p.saddle(), 1e-6);
                top = Math.max(top, p.saddleEnergy());
            }
            assertTrue(path.verified());
            assertEquals(top - path.startEnergy(), path.forwardBarrier(), 0);
            // at most two pieces: the band from the first minimum to the last splits once and one piece spans the
            // remaining minimum, so the path is not verified
            MinimumEnergyPath capped = MinimumEnergyPath.find(w,
                    pieces(2), minima[0], minima[3], depth);
            assertEquals(2, capped.pieces().size(), "depth " + depth);
            assertFalse(capped.verified());
        }
    }

    @Test
    void aCascadeThroughMoreMinimaThanAllowedKeepsItsVerifiedEscapeBarrier() {
        // six wells falling step by step: a band from the first to the last needs five pieces, four are allowed
        Wells w = new Wells(new double[][] {{0, 0}, {1, 0.3}, {2, 0}, {3, 0.3}, {4, 0}, {5, 0.3}},
                new double[] {-1, -1.5, -2, -2.5, -3, -3.5}, 0.4);
        double[] a = minimumNear(w, 0, 0);
        double[] b = minimumNear(w, 1, 0.3);
        double[] f = minimumNear(w, 5, 0.3);
        MinimumEnergyPath path = MinimumEnergyPath.find(w, SETTINGS, a, f, 1e-6);
        assertEquals(4, path.pieces().size());
        assertFalse(path.verified(), "the last piece spans two minima");
        assertTrue(path.escapeVerified());
        // the escape is the saddle between the first two wells, found on its own by the band between them
        MinimumEnergyPath first = MinimumEnergyPath.find(w, SETTINGS, a, b, 1e-6);
        assertTrue(first.verified());
        assertEquals(first.forwardBarrier(), path.escapeBarrier(), 1e-9);
        double[] saddle = path.pieces().getFirst().saddle().clone();
        w.newton(saddle);
        assertArrayEquals(saddle, path.pieces().getFirst().saddle(), 1e-6);
        assertFalse(path.ranAway());
        // one band allowed: it spans all six wells and is not verified; the escape search narrows it to where it
        // leaves the first well's basin and finds the same saddle
        MinimumEnergyPath whole = MinimumEnergyPath.find(w, pieces(1),
                a, f, 1e-6);
        assertEquals(1, whole.pieces().size());
        assertFalse(whole.pieces().getFirst().verified());
        assertTrue(whole.escapeVerified());
        assertEquals(first.forwardBarrier(), whole.escapeBarrier(), 1e-9);
        assertArrayEquals(saddle, whole.escape().saddle(), 1e-6);
        // a band of its own (barriers writes it beside the path), ending at the minimum beyond its saddle
        assertTrue(whole.escapeApart());
        assertFalse(first.escapeApart(), "a verified path's escape is its first piece");
        double[][] band = whole.escape().images();
        assertArrayEquals(a, band[0], 0);
        assertArrayEquals(b, band[band.length - 1], 1e-6);
    }

    @Test
    void aPathTheBandsCannotResolveIsWalkedThroughEscapeSaddles() {
        // B to A with neither the band nor Newton allowed to converge the whole band (2000 iterations, no Newton
        // step): the escape band from B, narrowed to where it leaves B's basin and asked only for its saddle, finds
        // S1, whose far side relaxes into A: the walk of one link is the path
        MullerBrown s = new MullerBrown();
        double[] a = stationary(s, -0.558, 1.442);
        double[] b = stationary(s, -0.050, 0.467);
        double[] s1 = stationary(s, -0.822, 0.624);
        BandSettings stopped = SETTINGS.withMaxIterations(2000).withNewtonSteps(0);
        ElasticBand band = ElasticBand.interpolate(s, stopped, b, a);
        band.relax(false, stopped.climbAfter());
        assertFalse(band.relax(true, stopped.maxIterations() - band.iterations()), "the band alone does not converge");
        MinimumEnergyPath path = MinimumEnergyPath.find(s, stopped, b, a, 1e-6);
        assertTrue(path.verified(), "walked: " + path.pieces().size() + " pieces");
        assertEquals(1, path.pieces().size());
        Piece link = path.pieces().getFirst();
        assertArrayEquals(s1, link.saddle(), 1e-6);
        assertArrayEquals(b, link.images()[0], 0);
        assertArrayEquals(a, link.images()[link.images().length - 1], 0, "the link ends at the end itself");
        assertEquals(MullerBrown.energy(s1[0], s1[1]) - MullerBrown.energy(b[0], b[1]), path.forwardBarrier(), 1e-8);
        assertEquals(path.forwardBarrier(), path.escapeBarrier(), 0);
        assertFalse(path.escapeApart(), "the walk's link is the path");
        assertFalse(path.ranAway());
    }

    @Test
    void aClimbingImageWithNoSaddleToClimbToIsStoppedAtTheStraightLinesMaximum() {
        // two points of a bowl's wall: no saddle between them; the band splits at the bowl's minimum, and each half
        // falls from its outer end, so its climbing image could only climb past that end and up the wall for ever
        // (before: 2 x 50,000 iterations, to E ~ 1e3, with the saddle checks' relaxations after)
        Bowl bowl = new Bowl(4);
        double[] a = {-1, 0.2};
        double[] b = {1, -0.2};
        MinimumEnergyPath path = MinimumEnergyPath.find(bowl, SETTINGS, a, b, 1e-6);
        assertTrue(path.ranAway());
        assertFalse(path.converged());
        assertFalse(path.verified());
        assertFalse(path.escapeVerified());
        assertTrue(Double.isNaN(path.forwardBarrier()) && Double.isNaN(path.escapeBarrier()),
                "no barrier without a saddle");
        double line = 0.5 * (1 + 4 * 0.04); // the line's highest energy: at its ends
        for (Piece p : path.pieces()) {
            assertTrue(p.ranAway());
            assertTrue(Double.isNaN(p.curvature().lowest()), "no Lanczos at a runaway");
            for (double e : p.energies()) {
                assertTrue(e < line + 0.05, "an image at " + e + " above the line's maximum " + line);
            }
        }
        assertTrue(path.escape().ranAway(), "nor has the escape search anything to climb to");
        assertTrue(path.forceCalls() < 100_000, path.forceCalls() + " force calls (before: 2 x 50,000 x 9 images)");
    }

    @Test
    void lanczosFindsTheHessiansEigenvaluesAndCountsOneNegativeAtASaddleOnly() {
        MullerBrown s = new MullerBrown();
        double[] s1 = stationary(s, -0.822, 0.624);
        double[][] h = MullerBrown.hessianAt(s1);
        double tr = h[0][0] + h[1][1];
        double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
        double low = tr / 2 - Math.sqrt(tr * tr / 4 - det);
        double high = tr / 2 + Math.sqrt(tr * tr / 4 - det);
        Curvature c = Curvature.of(s.hessian(s1), 2, new double[0][], 10);
        assertEquals(low, c.lowest(), 1e-9 * Math.abs(high));
        assertEquals(high, c.second(), 1e-9 * Math.abs(high));
        assertTrue(c.firstOrderSaddle());
        double[] a = stationary(s, -0.558, 1.442);
        assertFalse(Curvature.of(s.hessian(a), 2, new double[0][], 10).firstOrderSaddle(), "a minimum is no saddle");
    }

    @Test
    void aBandStoppedBeforeConvergenceSaysSo() {
        MullerBrown s = new MullerBrown();
        double[] a = stationary(s, -0.558, 1.442);
        double[] b = stationary(s, -0.050, 0.467);
        MinimumEnergyPath path = MinimumEnergyPath.find(s, SETTINGS.withMaxIterations(250).withNewtonSteps(0), a, b,
                1e-6);
        assertFalse(path.converged());
        assertFalse(path.verified());
        assertEquals(0, path.newtonSteps());
    }

    @Test
    void theSaddleOfABandStoppedBeforeConvergenceIsConvergedByNewton() {
        MullerBrown s = new MullerBrown();
        double[] a = stationary(s, -0.558, 1.442);
        double[] b = stationary(s, -0.050, 0.467);
        double[] s1 = stationary(s, -0.822, 0.624);
        MinimumEnergyPath path = MinimumEnergyPath.find(s, SETTINGS.withMaxIterations(250), a, b, 1e-6);
        Piece p = path.pieces().getFirst();
        assertTrue(p.largestForce() > SETTINGS.forceTolerance(), "the band itself did not converge: "
                + p.largestForce());
        assertTrue(p.newtonSteps() > 0 && p.newtonSteps() <= BandSettings.NEWTON_STEPS, "steps " + p.newtonSteps());
        assertTrue(p.converged());
        assertArrayEquals(s1, p.saddle(), 1e-9);
        assertEquals(MullerBrown.energy(s1[0], s1[1]) - MullerBrown.energy(a[0], a[1]), path.forwardBarrier(), 1e-9);
        assertTrue(p.curvature().firstOrderSaddle() && p.connects(), p.curvature().toString());
        assertTrue(path.verified());
        assertEquals(p.newtonSteps(), path.newtonSteps());
    }

    @Test
    void newtonFromNearASaddleConvergesQuadraticallyToIt() {
        MullerBrown s = new MullerBrown();
        double[] s1 = stationary(s, -0.822, 0.624);
        NewtonSaddle n = NewtonSaddle.from(s, new double[] {s1[0] + 0.01, s1[1] - 0.01}, 1, 1e-10, 50);
        assertTrue(n.converged(), "force " + n.force());
        assertTrue(n.steps() <= 6, "steps " + n.steps());
        assertArrayEquals(s1, n.point(), 1e-11);
        assertEquals(MullerBrown.energy(s1[0], s1[1]), n.energy(), 1e-10);
    }
}
