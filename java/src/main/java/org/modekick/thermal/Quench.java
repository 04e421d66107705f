package org.modekick.thermal;

/**
 * One quench of a thermal run.
 *
 * @param temperature k_B T of the run
 * @param seed its velocity seed
 * @param step MD steps done before the quench
 * @param kinetic the instantaneous temperature before the quench
 * @param energy the quenched energy
 * @param distance labelled distance from r0, translation removed
 * @param state "r0", "relabelled" (r0 with particles exchanged), "transition" (a known one) or "new"
 * @param transition the known transition's id, 0 if none
 * @param iterations FIRE iterations of the quench
 * @param converged whether FIRE reached its tolerance
 */
public record Quench(double temperature, int seed, long step, double kinetic, double energy, double distance,
                     String state, int transition, long iterations, boolean converged) {

    public boolean escaped() {
        return state.equals("transition") || state.equals("new");
    }
}
