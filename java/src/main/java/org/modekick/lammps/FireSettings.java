package org.modekick.lammps;

import java.util.List;

/**
 * LAMMPS's FIRE minimiser (min_style fire, the 2020 version) and its stopping rule. What matters
 * most is dtmax = tmax * timestep (platform notes): 0.3-0.5 for the harmonic glass, 0.025-0.04 for
 * LJ. The only stopping criterion is the global 2-norm of the force vector, {@code forceTolerance};
 * the energy criterion is off, so "converged" means exactly |F| < forceTolerance.
 */
public record FireSettings(double timestep, double tmax, double alpha0, double dmax,
                           double forceTolerance, int maxIterations) {

    public FireSettings {
        if (!(timestep > 0) || !(tmax > 0) || !(alpha0 > 0) || !(dmax > 0)) {
            throw new IllegalArgumentException("FIRE timestep, tmax, alpha0 and dmax must be positive: " + this);
        }
        if (!(forceTolerance > 0)) {
            throw new IllegalArgumentException("force tolerance must be positive: " + forceTolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1: " + maxIterations);
        }
    }

    /** Harmonic-contact glass: dt 0.05, tmax 8 (dtmax 0.4); |F| below 1e-10. */
    public static FireSettings harmonic() {
        return new FireSettings(0.05, 8.0, 0.25, 0.1, 1.0e-10, 1_000_000);
    }

    /** Lennard-Jones glass: dt 0.005, tmax 5 (dtmax 0.025); |F| below 1e-10. */
    public static FireSettings lennardJones() {
        return new FireSettings(0.005, 5.0, 0.25, 0.1, 1.0e-10, 1_000_000);
    }

    public FireSettings withForceTolerance(double tolerance) {
        return new FireSettings(timestep, tmax, alpha0, dmax, tolerance, maxIterations);
    }

    public FireSettings withMaxIterations(int iterations) {
        return new FireSettings(timestep, tmax, alpha0, dmax, forceTolerance, iterations);
    }

    /** The LAMMPS commands that set FIRE up (they do not start a minimisation). */
    public List<String> setupCommands() {
        return List.of(
                "min_style fire",
                "min_modify integrator eulerimplicit tmax " + tmax + " alpha0 " + alpha0 + " dmax " + dmax
                        + " halfstepback yes",
                "timestep " + timestep);
    }

    /** The minimize command: etol 0, so only the force criterion (or the iteration limit) stops it. */
    public String minimizeCommand() {
        return "minimize 0.0 " + forceTolerance + " " + maxIterations + " " + maxIterations;
    }

    /** The same settings as LAMMPS "index" variables of the scripts in lammps-inputs/. */
    public List<String> asScriptVariables() {
        return List.of(
                "variable dt index " + timestep,
                "variable tmax index " + tmax,
                "variable alpha0 index " + alpha0,
                "variable dmax index " + dmax,
                "variable ftol index " + forceTolerance,
                "variable maxiter index " + maxIterations);
    }
}
