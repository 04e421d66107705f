package org.modekick.thermal;

import java.util.List;

/**
 * The thermal runs: every temperature with every seed, {@code quenches} quenches {@code interval} MD steps
 * apart.
 *
 * @param temperatures k_B T in the glass's units
 * @param seeds the velocity seeds (1..2^31-1), one run each
 * @param interval MD steps between quenches
 * @param quenches quenches per run
 * @param timestep the MD timestep
 * @param damping the Nose-Hoover damping time
 */
public record ThermalSettings(List<Double> temperatures, List<Integer> seeds, int interval, int quenches,
                              double timestep, double damping) {

    public ThermalSettings {
        temperatures = List.copyOf(temperatures);
        seeds = List.copyOf(seeds);
        if (temperatures.isEmpty() || temperatures.stream().anyMatch(t -> !(t > 0) || Double.isInfinite(t))) {
            throw new IllegalArgumentException("temperatures must be positive and finite: " + temperatures);
        }
        if (seeds.isEmpty() || seeds.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("seeds must be positive: " + seeds);
        }
        if (interval < 1 || quenches < 1 || !(timestep > 0) || !(damping > 0)) {
            throw new IllegalArgumentException("interval, quenches, timestep and damping must be positive");
        }
    }

    /** MD timestep 0.02 harmonic (its FIRE takes 0.05), 0.005 LJ; damping 100 steps. */
    public static double defaultTimestep(boolean harmonic) {
        return harmonic ? 0.02 : 0.005;
    }
}
