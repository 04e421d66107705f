package org.modekick.prepare;

import java.nio.file.Path;
import org.modekick.lammps.MinimizationResult;

/** A prepared inherent structure and the figures a researcher checks it by. */
public record PreparationResult(ModelSystem system, int atoms, long seed, Path dataFile, Path logFile,
                                MinimizationResult minimization, double wallSeconds) {

    public double energyPerParticle() {
        return minimization.energy() / atoms;
    }

    /** A short human-readable report. */
    public String report() {
        return String.format(java.util.Locale.ROOT,
                "prepared %s glass: N = %d, seed = %d%n"
                        + "  FIRE iterations      %d%n"
                        + "  force norm |F|       %.3e (tolerance %.1e)%n"
                        + "  energy per particle  %.15g%n"
                        + "  pressure             %.6e%n"
                        + "  wall time            %.2f s%n"
                        + "  written              %s%n"
                        + "  LAMMPS log           %s%n",
                system.cliName(), atoms, seed, minimization.iterations(), minimization.forceNorm(),
                minimization.forceTolerance(), energyPerParticle(), minimization.pressure(), wallSeconds,
                dataFile, logFile);
    }
}
