package org.modekick.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PowerLawFitTest {

    @Test
    void anExactPowerLawIsRecoveredWithZeroError() {
        double[] x = {1e-3, 1e-2, 0.1, 1, 10};
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 0.02 * Math.pow(x[i], 2.5);
        }
        PowerLawFit fit = PowerLawFit.fit(x, y).orElseThrow();
        assertEquals(2.5, fit.exponent(), 1e-12);
        assertEquals(0.02, fit.prefactor(), 1e-14);
        assertEquals(0.0, fit.exponentError(), 1e-10);
        assertEquals(5, fit.points());
        assertEquals(1e-3, fit.xMin());
        assertEquals(10, fit.xMax());
        assertEquals(0.02 * Math.pow(3, 2.5), fit.at(3), 1e-14);
    }

    /** The slope's standard error, checked against the closed form for a hand-computed case. */
    @Test
    void standardErrorIsTheOlsOne() {
        // ln x = 0, 1, 2, 3; ln y = 0, 1.1, 1.9, 3.0: slope 0.98, residuals 0.02, 0.14, -0.04, 0.08 (about)
        double[] lx = {0, 1, 2, 3};
        double[] ly = {0, 1.1, 1.9, 3.0};
        double[] x = new double[4];
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            x[i] = Math.exp(lx[i]);
            y[i] = Math.exp(ly[i]);
        }
        double mx = 1.5, my = 1.5;
        double sxx = 5, sxy = 0;
        for (int i = 0; i < 4; i++) {
            sxy += (lx[i] - mx) * (ly[i] - my);
        }
        double slope = sxy / sxx;
        double ssr = 0;
        for (int i = 0; i < 4; i++) {
            double r = ly[i] - (my + slope * (lx[i] - mx));
            ssr += r * r;
        }
        PowerLawFit fit = PowerLawFit.fit(x, y).orElseThrow();
        assertEquals(slope, fit.exponent(), 1e-12);
        assertEquals(Math.sqrt(ssr / 2 / sxx), fit.exponentError(), 1e-12);
        assertTrue(fit.exponentError() > 0.01);
    }

    @Test
    void pointsALogAxisCannotShowAreSkipped() {
        double[] x = {1, 2, 4, 0, -1, Double.NaN, 8};
        double[] y = {1, 8, 64, 5, 5, 5, 0};
        PowerLawFit fit = PowerLawFit.fit(x, y).orElseThrow();
        assertEquals(3, fit.points());
        assertEquals(3, fit.exponent(), 1e-12);
    }

    @Test
    void fewerThanThreePointsOrOneAbscissaGiveNoFit() {
        assertTrue(PowerLawFit.fit(new double[] {1, 2}, new double[] {1, 2}).isEmpty());
        assertTrue(PowerLawFit.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3}).isEmpty());
    }

    /** With noise, the true exponent lies within a few standard errors (the error is not over-optimistic). */
    @Test
    void noisyDataRecoverTheExponentWithinItsError() {
        SplittableRandom random = new SplittableRandom(42);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, 3 * random.nextDouble());
            y[i] = 5 * Math.pow(x[i], -2.7) * Math.exp(0.3 * random.nextGaussian());
        }
        PowerLawFit fit = PowerLawFit.fit(x, y).orElseThrow();
        double expectedError = 0.3 / Math.sqrt(n) / (3 * Math.log(10) / Math.sqrt(12));
        assertEquals(expectedError, fit.exponentError(), 0.2 * expectedError);
        assertEquals(-2.7, fit.exponent(), 4 * fit.exponentError());
    }
}
