package org.modekick.modes;

/**
 * The vDOS g(omega) = [1/(3N - 3)] sum_k delta(omega - omega_k) (section II.B) as a histogram: bin b is
 * [b w, (b + 1) w), b = 0 .. bins - 1, and holds (modes in the bin) / ((3N - 3) w). The normalisation is by
 * all 3N - 3 modes even when only the lowest were computed, so g of a partial spectrum is correct below
 * its highest frequency; the histogram stops at omegaMax, which must not exceed the highest frequency
 * supplied, so that no bin is silently short of modes.
 *
 * @param binWidth w
 * @param modeCount 3N - 3
 * @param density g in each bin
 * @param unstable modes with omega &lt; 0 (see {@link Mode#omega()}), in no bin
 * @param above modes with omega &gt;= bins * w, in no bin
 */
public record VibrationalDos(double binWidth, int modeCount, double[] density, int unstable, int above) {

    public VibrationalDos {
        density = density.clone();
    }

    public static VibrationalDos histogram(double[] omegas, int particleCount, double binWidth, double omegaMax) {
        if (!(binWidth > 0) || !(omegaMax > 0)) {
            throw new IllegalArgumentException("bin width and omegaMax must be > 0");
        }
        double highest = Double.NEGATIVE_INFINITY;
        for (double w : omegas) {
            highest = Math.max(highest, w);
        }
        if (omegaMax > highest) {
            throw new IllegalArgumentException("omegaMax " + omegaMax + " above the highest frequency " + highest
                    + ": bins beyond the computed modes would be short");
        }
        int modeCount = 3 * particleCount - 3;
        if (omegas.length > modeCount) {
            throw new IllegalArgumentException(omegas.length + " frequencies for " + modeCount + " modes");
        }
        int bins = (int) Math.ceil(omegaMax / binWidth * (1 - 1e-12));
        int[] counts = new int[bins];
        int unstable = 0;
        int above = 0;
        for (double w : omegas) {
            if (w < 0) {
                unstable++;
                continue;
            }
            int b = (int) Math.floor(w / binWidth);
            if (b < bins) {
                counts[b]++;
            } else {
                above++;
            }
        }
        double[] density = new double[bins];
        for (int b = 0; b < bins; b++) {
            density[b] = counts[b] / (modeCount * binWidth);
        }
        return new VibrationalDos(binWidth, modeCount, density, unstable, above);
    }

    @Override
    public double[] density() {
        return density.clone();
    }

    public int bins() {
        return density.length;
    }

    public double density(int b) {
        return density[b];
    }

    /** The middle of bin b, where g(omega) and g/omega^2 are reported. */
    public double centre(int b) {
        return (b + 0.5) * binWidth;
    }

    /** The reduced vDOS g/omega^2 at the centre of bin b. */
    public double reduced(int b) {
        double w = centre(b);
        return density[b] / (w * w);
    }

    /**
     * omega_BP, where the reduced vDOS g/omega^2 is largest (section II.B), among bins whose centre is
     * at least omegaMin. It is binned: the bin width is the smoothing, and omegaMin excludes the lowest
     * bins, where a finite box has a few discrete phonon shells whose g/omega^2 spikes are finite-size
     * artefacts, not the boson peak. The peak is placed by the parabola through the largest bin and its
     * two neighbours (its vertex stays within half a bin of that bin's centre); at an edge, the centre.
     */
    public BosonPeak bosonPeak(double omegaMin) {
        int best = -1;
        for (int b = 0; b < bins(); b++) {
            if (centre(b) >= omegaMin && (best < 0 || reduced(b) > reduced(best))) {
                best = b;
            }
        }
        if (best < 0 || !(reduced(best) > 0)) {
            throw new IllegalStateException("no modes at or above omegaMin " + omegaMin);
        }
        double omega = centre(best);
        if (best > 0 && best + 1 < bins() && centre(best - 1) >= omegaMin) {
            double left = reduced(best - 1), mid = reduced(best), right = reduced(best + 1);
            double curvature = left - 2 * mid + right;
            if (curvature < 0) {
                omega += 0.5 * (left - right) / curvature * binWidth;
            }
        }
        return new BosonPeak(omega, reduced(best));
    }

    /** The boson peak: its frequency and the reduced vDOS of its bin. */
    public record BosonPeak(double omega, double reducedDensity) {}
}
