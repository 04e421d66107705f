package org.modekick.excite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When a relaxed state is the initial inherent structure r0, and when two relaxed states are one.
 *
 * <p>Linear response: near a minimum with Hessian H, a state whose force is F lies H^-1 F from the
 * minimum, at most |F| / lambda_min away, lambda_min = omega_min^2 being the softest non-translational
 * eigenvalue (translations are removed from every comparison). FIRE stops below the force tolerance
 * f_tol, and r0 itself carries the residual force F0 of its own quench, so a relaxation that went back
 * to r0's minimum ends within
 *
 * <pre>  eps_res = (f_tol + F0) / lambda_min</pre>
 *
 * of r0. The criterion is stated with a safety factor S = 10 for anharmonic corrections and softer
 * directions:
 *
 * <ul>
 *   <li><b>returned</b>: |dr| &lt; delta = S eps_res (Eq. (6) with the rigid translation removed);
 *   <li><b>same structure</b> (exchanges, grouping final states): a permutation-invariant match with
 *       total distance &lt; delta_same = S delta, because two states relaxed independently each carry a
 *       residual and the new minimum's softest mode may be softer than r0's;
 *   <li><b>certainly transitioned</b> (early stop of a relaxation that has not converged): the
 *       potential plus kinetic energy has fallen below Phi0 - m, m = {@link #ENERGY_MARGIN} max(|Phi0|, 1).
 *       FIRE never gains energy (its MD steps are damped, its velocity mixing keeps |v|, and it zeroes
 *       v when the power turns negative), so the state can no longer reach r0's minimum, nor a
 *       relabelling of it, which has the same energy Phi0. m covers round-off and the integrator's
 *       energy error. Transitions to a higher energy are not stopped early: near a saddle the force
 *       is small far from r0, so neither distance nor force tells where such a relaxation ends.</li>
 * </ul>
 *
 * Every threshold scales with f_tol, so the criterion is sound whatever tolerance is chosen; it can only
 * resolve transitions larger than delta, which {@code summary.json} states beside the results.
 */
public record Thresholds(double forceTolerance, double initialForce, double lambdaMin, double safety,
                         double referenceEnergy) {

    /** The safety factor S. */
    public static final double SAFETY = 10;
    /** m / max(|Phi0|, 1): how far below Phi0 a relaxation must get to have certainly transitioned. */
    public static final double ENERGY_MARGIN = 1e-9;

    public Thresholds {
        if (!(forceTolerance > 0) || !(initialForce >= 0) || !(lambdaMin > 0) || !(safety >= 1)) {
            throw new IllegalArgumentException("thresholds need f_tol > 0, F0 >= 0, lambda_min > 0, S >= 1: f_tol "
                    + forceTolerance + ", F0 " + initialForce + ", lambda_min " + lambdaMin + ", S " + safety);
        }
    }

    public static Thresholds derive(double forceTolerance, double initialForce, double lambdaMin, double energy) {
        return new Thresholds(forceTolerance, initialForce, lambdaMin, SAFETY, energy);
    }

    /** eps_res = (f_tol + F0) / lambda_min. */
    public double residual() {
        return (forceTolerance + initialForce) / lambdaMin;
    }

    /** delta: a relaxed state closer than this to r0 has returned. */
    public double returned() {
        return safety * residual();
    }

    /** delta_same: two relaxed states closer than this (up to relabelling) are one inherent structure. */
    public double same() {
        return safety * returned();
    }

    /** m: the energy margin below Phi0. */
    public double energyMargin() {
        return ENERGY_MARGIN * Math.max(Math.abs(referenceEnergy), 1);
    }

    /** Below this potential plus kinetic energy a relaxation has certainly left r0. */
    public double transitionedBelow() {
        return referenceEnergy - energyMargin();
    }

    /** For summary.json. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("force_tolerance", forceTolerance);
        m.put("initial_force_norm_F0", initialForce);
        m.put("lambda_min", lambdaMin);
        m.put("safety_factor_S", safety);
        m.put("residual_eps", residual());
        m.put("returned_delta", returned());
        m.put("same_structure_delta", same());
        m.put("reference_energy_Phi0", referenceEnergy);
        m.put("energy_margin_m", energyMargin());
        m.put("criterion", "returned: |dr| < delta = S (f_tol + F0) / lambda_min after removing the rigid translation;"
                + " same structure (exchange, grouping): permutation-invariant distance < delta_same = S delta;"
                + " early stop: returned once |dr| < delta, transitioned once pe + ke < Phi0 - m (FIRE does not gain energy)");
        return m;
    }
}
