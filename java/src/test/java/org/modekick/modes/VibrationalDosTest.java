package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class VibrationalDosTest {

    @Test
    void histogramCountsKnownFrequenciesPerThreeNMinusThree() {
        int particles = 11; // 30 modes
        double[] omegas = {-0.02, 0.0, 0.05, 0.099, 0.1, 0.15, 0.15, 0.31, 0.42, 0.45, 0.5, 0.61};
        double w = 0.1;
        VibrationalDos dos = VibrationalDos.histogram(omegas, particles, w, 0.5);
        assertEquals(5, dos.bins());
        assertEquals(30, dos.modeCount());
        assertEquals(1, dos.unstable());
        assertEquals(2, dos.above(), "0.5 and 0.61 lie beyond the last bin [0.4, 0.5)");
        double integral = 0;
        for (int b = 0; b < dos.bins(); b++) {
            int count = 0;
            for (double o : omegas) {
                count += o >= b * w && o < (b + 1) * w ? 1 : 0;
            }
            assertEquals(count / (30 * w), dos.density(b), 1e-12, "bin " + b);
            assertEquals(dos.density(b) / (dos.centre(b) * dos.centre(b)), dos.reduced(b), 1e-12);
            integral += dos.density(b) * w;
        }
        assertEquals((omegas.length - 3) / 30.0, integral, 1e-12);
        assertThrows(IllegalArgumentException.class, () -> VibrationalDos.histogram(omegas, particles, w, 0.7),
                "bins beyond the highest frequency would be short");
    }

    /**
     * Frequencies at the quantiles of g ~ omega^4 exp(-omega/s): g/omega^2 ~ omega^2 exp(-omega/s) peaks
     * at 2 s. A few very low modes (a finite box's first phonon shell) make a larger g/omega^2 spike that
     * omegaMin must exclude.
     */
    @Test
    void bosonPeakIsTheMaximumOfTheReducedVdos() {
        double s = 0.1;
        int modes = 300_000;
        double[] omegas = new double[modes];
        DoubleUnaryOperator cdf = x -> {
            double u = x / s;
            return 1 - Math.exp(-u) * (1 + u + u * u / 2 + u * u * u / 6 + u * u * u * u / 24);
        };
        int low = 30;
        for (int k = 0; k < modes - low; k++) {
            omegas[k] = invert(cdf, (k + 0.5) / (modes - low), 0, 100 * s);
        }
        for (int k = modes - low; k < modes; k++) {
            omegas[k] = 0.011; // a degenerate low shell
        }
        double width = 0.01;
        VibrationalDos dos = VibrationalDos.histogram(omegas, modes / 3 + 1, width, 1.0);
        VibrationalDos.BosonPeak peak = dos.bosonPeak(0.05);
        assertEquals(2 * s, peak.omega(), 0.25 * width, "omega_BP");
        assertTrue(dos.bosonPeak(0).omega() < 0.02, "without omegaMin the low shell wins");
    }

    /** g = A_D omega^2 + alpha omega^4 sampled exactly is fitted exactly. */
    @Test
    void fitRecoversDebyeLevelAndQuarticCoefficientFromExactData() {
        double aD = 0.031, alpha = 2.7;
        double[] omega = new double[40];
        double[] g = new double[40];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = 0.01 + 0.005 * i;
            g[i] = aD * omega[i] * omega[i] + alpha * Math.pow(omega[i], 4);
        }
        DebyeFit fit = DebyeFit.fit(omega, g, 0.02, 0.1501);
        assertEquals(aD, fit.debyeLevel(), 1e-12);
        assertEquals(alpha, fit.alpha(), 1e-9);
        assertEquals(27, fit.points());
        assertEquals(g[10], fit.density(omega[10]), 1e-14);
    }

    /** Frequencies drawn at the quantiles of g = A_D omega^2 + alpha omega^4: the histogram fit recovers both. */
    @Test
    void fitRecoversDebyeLevelAndQuarticCoefficientFromAHistogram() {
        double aD = 0.5, alpha = 40;
        double top = 0.3; // the sampled range [0, top]; g integrates to its share of the modes below
        int sampled = 600_000;
        double share = aD * Math.pow(top, 3) / 3 + alpha * Math.pow(top, 5) / 5;
        int modeCount = (int) Math.round(sampled / share / 3) * 3; // 3N - 3
        DoubleUnaryOperator cdf = x -> (aD * x * x * x / 3 + alpha * Math.pow(x, 5) / 5) / share;
        double[] omegas = new double[sampled];
        for (int k = 0; k < sampled; k++) {
            omegas[k] = invert(cdf, (k + 0.5) / sampled, 0, top);
        }
        double scale = sampled / share / modeCount; // ~1: rounding of the mode count
        VibrationalDos dos = VibrationalDos.histogram(omegas, modeCount / 3 + 1, 0.005, 0.295);
        DebyeFit fit = DebyeFit.fit(dos, 0.02, 0.29);
        assertEquals(aD * scale, fit.debyeLevel(), 0.01 * aD);
        assertEquals(alpha * scale, fit.alpha(), 0.01 * alpha);
    }

    @Test
    void fitNeedsTwoFrequencies() {
        assertThrows(IllegalArgumentException.class,
                () -> DebyeFit.fit(new double[] {0.1, 0.2}, new double[] {1, 2}, 0.15, 0.3));
    }

    private static double invert(DoubleUnaryOperator f, double y, double lo, double hi) {
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) < y) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
