package org.modekick.report;

import java.util.Optional;
import org.modekick.modes.DebyeFit;
import org.modekick.modes.ModesSummaryJson;
import org.modekick.modes.VdosPoint;

/**
 * One line of tables/vdos.csv: g(omega) = A_D omega^2 + alpha omega^4 below omega_BP (section II.B) for one
 * sample. modes/summary.json's own fit is taken when it has one; otherwise vdos.csv is fitted here, by
 * the modes package's {@link DebyeFit}, from its lowest positive frequency to omega_BP.
 *
 * @param sample the sample
 * @param bosonPeak omega_BP
 * @param debyeLevel A_D
 * @param alpha alpha
 * @param omegaLow the fitted range's start, or NaN if unknown
 * @param omegaHigh its end, or NaN if unknown
 * @param source where the numbers come from
 */
public record VdosFit(SampleResult sample, double bosonPeak, double debyeLevel, double alpha, double omegaLow,
        double omegaHigh, String source) {

    static Optional<VdosFit> of(SampleData data) {
        double peak = data.bosonPeak();
        Optional<ModesSummaryJson> summary = data.modesSummary().filter(ModesSummaryJson::hasDebyeFit);
        if (summary.isPresent()) {
            ModesSummaryJson s = summary.get();
            return Optional.of(new VdosFit(data.sample(), peak, s.debyeLevel(), s.alpha(), s.fitLow(), s.fitHigh(),
                    "modes/summary.json"));
        }
        if (!data.vdos().isEmpty() && Double.isFinite(peak)) {
            double[] omega = data.vdos().stream().mapToDouble(VdosPoint::omega).toArray();
            double[] g = data.vdos().stream().mapToDouble(VdosPoint::g).toArray();
            double low = Double.POSITIVE_INFINITY;
            for (double w : omega) {
                if (w > 0) {
                    low = Math.min(low, w);
                }
            }
            try {
                DebyeFit fit = DebyeFit.fit(omega, g, low, peak);
                return Optional.of(new VdosFit(data.sample(), peak, fit.debyeLevel(), fit.alpha(), low, peak,
                        "least squares of g/omega^2 = A_D + alpha omega^2 on " + fit.points() + " bins of modes/vdos.csv"));
            } catch (IllegalArgumentException e) {
                // too few bins below the peak: report omega_BP alone
            }
        }
        if (Double.isFinite(peak)) {
            return Optional.of(new VdosFit(data.sample(), peak, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    "omega_BP only (no fit available)"));
        }
        return Optional.empty();
    }

    /** The fitted g at omega. */
    public double density(double omega) {
        double x = omega * omega;
        return debyeLevel * x + alpha * x * x;
    }
}
