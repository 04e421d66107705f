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

    /** LAMMPS's tmin (the min_modify default): MinFire::init ends the process when tmax &lt; tmin. */
    public static final double LAMMPS_TMIN = 0.02;
    /**
     * The smallest force tolerance: LAMMPS stops FIRE when |F|^2 &lt; ftol^2 (Min::iterate), and below this ftol^2
     * underflows to 0, which no force norm is below.
     */
    public static final double SMALLEST_FORCE_TOLERANCE = 1e-150;

    /**
     * Each value is checked against LAMMPS's own bounds (min_fire.cpp, min.cpp, minimize.cpp of 29 Sep 2021: LAMMPS
     * accepts any number in min_modify, ends the process for tmax &lt; tmin, and compares |F|^2 with ftol^2) and
     * against what FIRE is; the message names the value given. The bounds that depend on the glass (the stability
     * of the timestep, dmax against the particle spacing) are {@link #requireStableFor}'s.
     */
    public FireSettings {
        if (!(timestep > 0) || !Double.isFinite(timestep)) {
            throw invalid("timestep", "timestep = " + timestep + ": FIRE's timestep must be a positive number");
        }
        if (!(tmax >= 1) || !Double.isFinite(tmax)) {
            throw invalid("tmax", "tmax = " + tmax + ": FIRE's step grows from the timestep up to tmax x timestep, so"
                    + " tmax must be at least 1 (LAMMPS itself ends the process for tmax below its tmin "
                    + LAMMPS_TMIN + ": 'tmax has to be larger than tmin')");
        }
        if (!(alpha0 > 0 && alpha0 <= 1)) {
            throw invalid("alpha0", "alpha0 = " + alpha0 + ": FIRE turns the velocity towards the force,"
                    + " v <- (1 - alpha) v + alpha |v| F/|F|, which only 0 < alpha0 <= 1 does (LAMMPS accepts any"
                    + " value, and every relaxation then fails)");
        }
        if (!(dmax > 0) || !Double.isFinite(dmax)) {
            throw invalid("dmax", "dmax = " + dmax + ": the largest distance FIRE moves a particle in one iteration"
                    + " must be a positive length");
        }
        if (!(forceTolerance >= SMALLEST_FORCE_TOLERANCE) || !Double.isFinite(forceTolerance)) {
            throw invalid("forceTolerance", "force tolerance = " + forceTolerance + ": must be a positive number of at"
                    + " least " + SMALLEST_FORCE_TOLERANCE + " (LAMMPS compares |F|^2 with its square, which is 0"
                    + " below that, so no relaxation would ever converge)");
        }
        if (maxIterations < 1) {
            throw invalid("maxIterations", "max iterations = " + maxIterations + ": FIRE needs at least 1 iteration");
        }
    }

    private static InvalidSettingException invalid(String setting, String message) {
        return new InvalidSettingException(setting, message);
    }

    /**
     * The bounds that depend on the glass. FIRE is damped molecular dynamics whose step grows up to dtmax = tmax x
     * timestep: beyond the stability limit of its integrator, dtmax omega_max &lt; 2 (omega_max the highest vibrational
     * frequency of the glass), a step amplifies the motion instead of relaxing it, and LAMMPS, which caps a step by
     * dmax only from the velocity before the force kick, ends the process with "Lost atoms" (the platform notes:
     * dtmax 0.6 is already catastrophic for the harmonic glass, whose omega_max is about 3). dmax must stay below
     * half the mean particle spacing, or one step can carry a particle past its neighbours, over the barrier a
     * kick is meant to probe.
     *
     * @param omegaMax an estimate of the highest vibrational frequency from below (a Lanczos Ritz value), so that
     *     only settings that are certainly unstable are refused
     * @param spacing the mean particle spacing (V / N)^(1/3)
     */
    public void requireStableFor(double omegaMax, double spacing) {
        double dtmax = tmax * timestep;
        if (dtmax * omegaMax >= 2) {
            throw invalid("timestep", String.format(java.util.Locale.ROOT, "timestep %s with tmax %s lets FIRE's"
                    + " step grow to dtmax = %.4g, beyond the stability limit 2 / omega_max = %.4g of this glass (its"
                    + " highest vibrational frequency omega_max is at least %.4g): FIRE would amplify the motion and"
                    + " LAMMPS end the process with 'Lost atoms'; choose timestep x tmax below %.3g", timestep, tmax,
                    dtmax, 2 / omegaMax, omegaMax, 2 / omegaMax));
        }
        if (!(dmax < 0.5 * spacing)) {
            throw invalid("dmax", String.format(java.util.Locale.ROOT, "dmax = %s is not below half the mean particle"
                    + " spacing %.4g of this glass: one FIRE step could carry a particle past its neighbours, over the"
                    + " barriers a kick probes", dmax, spacing));
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

    /**
     * dtmax omega_max of {@link #adaptedTo}: 0.8, a margin of 2.5 below the stability limit 2, about where the
     * defaults sit for the paper's glasses (0.4 x 2.64 = 1.06 harmonic, 0.025 x 33.7 = 0.84 LJ).
     */
    public static final double ADAPTED_DTMAX_OMEGA = 0.8;

    /**
     * The same FIRE with the timestep that puts dtmax = tmax x timestep at {@link #ADAPTED_DTMAX_OMEGA} / omega_max:
     * for an interaction in other units or with other stiffness than the paper's glasses (metal units: ps, eV, A),
     * whose fixed defaults would be unstable or needlessly slow.
     */
    public FireSettings adaptedTo(double omegaMax) {
        if (!(omegaMax > 0) || !Double.isFinite(omegaMax)) {
            throw new IllegalArgumentException("omega_max must be positive and finite, got " + omegaMax);
        }
        return withTimestep(ADAPTED_DTMAX_OMEGA / (omegaMax * tmax));
    }

    public FireSettings withTimestep(double dt) {
        return new FireSettings(dt, tmax, alpha0, dmax, forceTolerance, maxIterations);
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
