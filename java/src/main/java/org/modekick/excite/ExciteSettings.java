package org.modekick.excite;

import org.modekick.lammps.FireSettings;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;

/**
 * How A_c is searched: the range [a_min, a_max] and scan factor of the logarithmic bracket, the relative
 * precision of the bisection, FIRE, and whether relaxations stop early once their outcome is certain.
 */
public record ExciteSettings(double aMin, double aMax, double scanFactor, double precision, FireSettings fire,
                             boolean earlyStop) {

    public static final double DEFAULT_SCAN_FACTOR = 10;
    public static final double DEFAULT_PRECISION = 1e-2;

    /** FIRE iterations allowed per relaxation unless told otherwise. */
    public static final int DEFAULT_MAX_ITERATIONS = 100_000;

    public ExciteSettings {
        new AmplitudeSearch(aMin, aMax, scanFactor, precision); // validates
    }

    /**
     * The settings for the paper's glasses, by their interactions: the harmonic glass (Eq. 1) searches A in
     * [1e-7, 1e-1] with FIRE tuned for it, every other (LJ, Eq. 2) in [1e-5, 1]; early stopping on.
     */
    public static ExciteSettings defaults(ForceField forceField) {
        boolean harmonic = forceField.pair(1, 1) instanceof HarmonicContact;
        FireSettings fire = (harmonic ? FireSettings.harmonic() : FireSettings.lennardJones())
                .withMaxIterations(DEFAULT_MAX_ITERATIONS);
        return harmonic ? new ExciteSettings(1e-7, 1e-1, DEFAULT_SCAN_FACTOR, DEFAULT_PRECISION, fire, true)
                : new ExciteSettings(1e-5, 1, DEFAULT_SCAN_FACTOR, DEFAULT_PRECISION, fire, true);
    }

    public AmplitudeSearch search() {
        return new AmplitudeSearch(aMin, aMax, scanFactor, precision);
    }

    public ExciteSettings withEarlyStop(boolean on) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, on);
    }
}
