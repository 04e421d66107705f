package org.modekick.report;

import java.util.Optional;
import org.modekick.store.Excitation;
import org.modekick.store.ExciteSummary;

/**
 * One row of Table I: T_c = 2 min_k Delta Phi_barrier(omega_k) (section III.A), the temperature at which
 * equipartition's T/2 per mode first reaches a mode's barrier, with the mode achieving it. Beside it,
 * the harmonic estimate min_k (omega_k A_c)^2 N the paper gives as approximately equal (min_k kappa_k A_c^2 N with
 * masses other than 1, kappa_k = d_k.H.d_k along the kick: {@link Excitation#harmonicBarrier}), and T_c as
 * excite itself reported it, as a cross-check. Only modes that reached a distinct state with a positive
 * barrier count; exchanges, divergences and modes without a transition have no barrier to a new state.
 *
 * @param sample the sample
 * @param criticalTemperature T_c = 2 min barrier
 * @param k the mode with the minimum barrier
 * @param omega omega_k of that mode
 * @param barrier the minimum Delta Phi_barrier
 * @param harmonicEstimate min_k (omega_k A_c)^2 N over the same modes
 * @param reported T_c from excite/summary.json, or NaN
 * @param fromPaths T_c from the true barriers (minimum-energy paths, {@code modekick barriers}), or NaN
 * @param fromEscapes T_c from the escape barriers (the saddle by which each path leaves r0's basin), or NaN
 * @param thermalOnset the lowest temperature of the thermal test with an escape, or NaN
 */
public record CriticalTemperature(SampleResult sample, double criticalTemperature, int k, double omega,
        double barrier, double harmonicEstimate, double reported, double fromPaths, double fromEscapes,
        double thermalOnset) {

    public static Optional<CriticalTemperature> of(SampleData data) {
        Excitation lowest = null;
        double harmonic = Double.POSITIVE_INFINITY;
        for (Excitation e : data.transitions()) {
            // a barrier <= 0 is no barrier out of a minimum: bad data, flagged by the loader, not a T_c of 0
            if (e.barrier() > 0 && Double.isFinite(e.barrier()) && (lowest == null || e.barrier() < lowest.barrier())) {
                lowest = e;
            }
            double estimate = 2 * e.harmonicBarrier(data.n());
            if (Double.isFinite(estimate)) {
                harmonic = Math.min(harmonic, estimate);
            }
        }
        if (lowest == null) {
            return Optional.empty();
        }
        double reported = data.exciteSummary().map(ExciteSummary::criticalTemperature).orElse(Double.NaN);
        return Optional.of(new CriticalTemperature(data.sample(), 2 * lowest.barrier(), lowest.k(), lowest.omega(),
                lowest.barrier(), Double.isFinite(harmonic) ? harmonic : Double.NaN, reported,
                data.pathCriticalTemperature(), data.escapeCriticalTemperature(), data.thermalOnset()));
    }
}
