package org.modekick.excite;

import org.modekick.lammps.FireSettings;

/**
 * How A_c is searched: the range [a_min, a_max] and scan factor of the logarithmic bracket, the relative
 * precision of the bisection, FIRE, and whether relaxations stop early once their outcome is certain.
 */
public record ExciteSettings(double aMin, double aMax, double scanFactor, double precision, FireSettings fire,
                             boolean earlyStop) {

    public static final double DEFAULT_SCAN_FACTOR = 10;
    public static final double DEFAULT_PRECISION = 1e-2;

    public ExciteSettings {
        new AmplitudeSearch(aMin, aMax, scanFactor, precision); // validates
    }

    public AmplitudeSearch search() {
        return new AmplitudeSearch(aMin, aMax, scanFactor, precision);
    }

    public ExciteSettings withEarlyStop(boolean on) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, on);
    }
}
