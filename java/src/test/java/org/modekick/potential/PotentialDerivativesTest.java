package org.modekick.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** Each potential's phi', phi'', phi''' against Richardson-extrapolated central differences of the one below. */
class PotentialDerivativesTest {

    private static final double RELATIVE = 1e-8;

    private static final List<PairPotential> POTENTIALS = List.of(
            new HarmonicContact(1.0, 1.0),
            new HarmonicContact(2.7, 0.83),
            new LennardJonesSmoothLinear(1.0, 1.0, 2.5),
            new LennardJonesSmoothLinear(0.5, 0.88, 2.2),
            new LennardJonesSmoothLinear(1.5, 0.8, 1.5));

    @Test
    void analyticDerivativesMatchFiniteDifferences() {
        double worst = 0;
        for (PairPotential p : POTENTIALS) {
            double rc = p.cutoff();
            double lo = p instanceof HarmonicContact ? 0.2 * rc : 0.34 * rc; // LJ: from ~0.85 sigma
            int samples = 200;
            for (int k = 0; k <= samples; k++) {
                double r = lo + (0.999 * rc - lo) * k / samples; // the stencil stays inside the cutoff
                double h = 2e-4 * r; // LJ varies on a scale ~ r/13, so the step follows r
                worst = Math.max(worst, check(p, "phi'", p::dphi, p::phi, r, h, 1));
                worst = Math.max(worst, check(p, "phi''", p::d2phi, p::dphi, r, h, 2));
                worst = Math.max(worst, check(p, "phi'''", p::d3phi, p::d2phi, r, h, 3));
            }
        }
        System.out.printf("potential derivatives: worst relative deviation from finite differences %.2e%n", worst);
    }

    /** Returns |analytic - fd| / scale where scale keeps zeros of the derivative from dividing by 0. */
    private static double check(PairPotential p, String what, DoubleUnaryOperator analytic,
                                DoubleUnaryOperator below, double r, double h, int order) {
        double a = analytic.applyAsDouble(r);
        double fd = Derivatives.first(below, r, h);
        double scale = Math.max(Math.abs(a), 1e-3 * Math.pow(p.cutoff(), -order));
        double deviation = Math.abs(a - fd) / scale;
        assertTrue(deviation < RELATIVE, () -> p + " " + what + " at r = " + r + ": analytic " + a
                + ", finite difference " + fd);
        return deviation;
    }

    @Test
    void secondAndThirdDerivativesFromThePotentialItself() {
        // a second route: phi'' and phi''' straight from phi, with wider steps
        for (PairPotential p : POTENTIALS) {
            double rc = p.cutoff();
            for (double f : new double[] {0.45, 0.6, 0.75, 0.9}) {
                double r = f * rc;
                double h = 1e-3 * r;
                double d2 = Derivatives.second(p::phi, r, h);
                double d3 = Derivatives.third(p::phi, r, h);
                // the absolute part is the rounding error of the differences (of phi and of r) over h^k
                double rounding = 256 * (Math.ulp(p.phi(r)) + Math.ulp(r) * Math.abs(p.dphi(r)));
                assertEquals(p.d2phi(r), d2, 1e-6 * Math.abs(p.d2phi(r)) + rounding / (h * h), p + " phi'' at " + r);
                assertEquals(p.d3phi(r), d3, 1e-6 * Math.abs(p.d3phi(r)) + rounding / (h * h * h),
                        p + " phi''' at " + r);
            }
        }
    }

    @Test
    void everythingVanishesAtAndBeyondTheCutoff() {
        for (PairPotential p : POTENTIALS) {
            for (double r : new double[] {p.cutoff(), p.cutoff() * 1.0001, 2 * p.cutoff(), 1e300,
                    Double.POSITIVE_INFINITY}) {
                assertEquals(0.0, p.phi(r), p + " phi at " + r);
                assertEquals(0.0, p.dphi(r), p + " phi' at " + r);
                assertEquals(0.0, p.d2phi(r), p + " phi'' at " + r);
                assertEquals(0.0, p.d3phi(r), p + " phi''' at " + r);
            }
        }
    }

    @Test
    void harmonicContactKnownValues() {
        HarmonicContact p = new HarmonicContact(3.0, 2.0);
        assertEquals(1.5, p.phi(0), 0);
        assertEquals(3.0 / 8, p.phi(1.0), 1e-16);
        assertEquals(-3.0 / 4, p.dphi(1.0), 1e-16);
        assertEquals(-1.5, p.dphi(0), 1e-16);
        assertEquals(0.75, p.d2phi(1.0), 0);
        // phi and phi' are continuous at sigma, phi'' jumps (the Heaviside step of Eq. (1))
        double below = Math.nextDown(2.0);
        assertTrue(p.phi(below) < 1e-30);
        assertTrue(Math.abs(p.dphi(below)) < 1e-15);
        assertEquals(0.75, p.d2phi(below), 0);
        assertEquals(0.0, p.d2phi(2.0), 0);
        assertEquals(2.0, p.cutoff(), 0);
    }

    @Test
    void lennardJonesIsShiftedToZeroEnergyAndForceAtTheCutoff() {
        for (double rc : new double[] {1.5, 2.5, 3.3}) {
            LennardJonesSmoothLinear p = new LennardJonesSmoothLinear(1.3, 0.9, rc);
            double below = Math.nextDown(rc);
            assertTrue(Math.abs(p.phi(below)) < 1e-15, () -> "phi(rc-) = " + p.phi(below));
            assertTrue(Math.abs(p.dphi(below)) < 1e-14, () -> "phi'(rc-) = " + p.dphi(below));
            // phi'' is the bare LJ one: it jumps at rc
            assertEquals(bareSecond(1.3, 0.9, rc), p.d2phi(below), 1e-12 * Math.abs(bareSecond(1.3, 0.9, rc)));
        }
    }

    @Test
    void lennardJonesMinimumOfTheUnshiftedForm() {
        double eps = 1.3, sigma = 0.9, rc = 2.5 * sigma;
        LennardJonesSmoothLinear p = new LennardJonesSmoothLinear(eps, sigma, rc);
        double rmin = Math.pow(2, 1.0 / 6) * sigma;
        // Eq. (2) written out independently of the implementation's constants
        double phiRc = 4 * eps * (Math.pow(sigma / rc, 12) - Math.pow(sigma / rc, 6));
        double dphiRc = 4 * eps * (-12 * Math.pow(sigma / rc, 12) + 6 * Math.pow(sigma / rc, 6)) / rc;
        // the bare phi_LJ' vanishes at 2^(1/6) sigma, so only the linear shift is left
        assertEquals(-dphiRc, p.dphi(rmin), 1e-14);
        assertEquals(-eps - phiRc - (rmin - rc) * dphiRc, p.phi(rmin), 1e-14);
        assertEquals(36 * Math.pow(2, 2.0 / 3) * eps / (sigma * sigma), p.d2phi(rmin), 1e-12);
        // the shift constants are those of the paper's rc = 2.5 sigma: phi_LJ(2.5) = -0.016316891136
        LennardJonesSmoothLinear unit = new LennardJonesSmoothLinear(1, 1, 2.5);
        assertEquals(4 * (Math.pow(2.0, -12) - Math.pow(2.0, -6)) + 0.016316891136
                - (2.0 - 2.5) * 0.0389994774528, unit.phi(2.0), 1e-11);
    }

    private static double bareSecond(double eps, double sigma, double r) {
        return 4 * eps * (156 * Math.pow(sigma, 12) / Math.pow(r, 14) - 42 * Math.pow(sigma, 6) / Math.pow(r, 8));
    }

    @Test
    void coefficientsRoundTripExactly() {
        double awkward = 0.1 + 0.2;
        double third = 1.0 / 3;
        PairPotential h = new HarmonicContact(awkward, third);
        String[] hc = h.lammpsPairCoeff().split(" ");
        assertEquals(2, hc.length);
        assertEquals(awkward, Double.parseDouble(hc[0]), 0);
        assertEquals(third, Double.parseDouble(hc[1]), 0);
        assertEquals("harmonic/contact", h.lammpsPairStyle());

        PairPotential lj = new LennardJonesSmoothLinear(third, awkward, Math.PI);
        String[] lc = lj.lammpsPairCoeff().split(" ");
        assertEquals(3, lc.length);
        assertEquals(third, Double.parseDouble(lc[0]), 0);
        assertEquals(awkward, Double.parseDouble(lc[1]), 0);
        assertEquals(Math.PI, Double.parseDouble(lc[2]), 0);
        assertEquals("lj/smooth/linear " + Math.PI, lj.lammpsPairStyle());
        assertEquals(lj, new LennardJonesSmoothLinear(third, awkward, Math.PI));
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HarmonicContact(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> new HarmonicContact(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new HarmonicContact(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new LennardJonesSmoothLinear(1, -1, 2.5));
        assertThrows(IllegalArgumentException.class, () -> new LennardJonesSmoothLinear(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LennardJonesSmoothLinear(1, 1, Double.POSITIVE_INFINITY));
    }
}
