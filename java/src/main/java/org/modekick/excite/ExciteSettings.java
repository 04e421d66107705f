package org.modekick.excite;

import org.modekick.lammps.FireSettings;
import org.modekick.lammps.InvalidSettingException;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;

/**
 * How A_c is searched: the range [a_min, a_max] and scan factor of the logarithmic bracket, the relative
 * precision of the bisection, FIRE, whether relaxations stop early once their outcome is certain, and where the
 * scan starts.
 */
public record ExciteSettings(double aMin, double aMax, double scanFactor, double precision, FireSettings fire,
                             boolean earlyStop, ScanStart scanStart) {

    /** Where the scan for A_c starts. */
    public enum ScanStart {
        /** At the grid point below the anharmonic onset of the kick's energy ({@link AnharmonicOnset}). */
        ONSET("onset"),
        /** At a_min, scanning up through every grid point. */
        A_MIN("a-min");

        private final String text;

        ScanStart(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        /** The start spelt {@code text} (onset, a-min), or null. */
        public static ScanStart find(String text) {
            for (ScanStart s : values()) {
                if (s.text.equals(text)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** The settings with the scan starting at the anharmonic onset. */
    public ExciteSettings(double aMin, double aMax, double scanFactor, double precision, FireSettings fire,
                          boolean earlyStop) {
        this(aMin, aMax, scanFactor, precision, fire, earlyStop, ScanStart.ONSET);
    }

    public static final double DEFAULT_SCAN_FACTOR = 10;
    public static final double DEFAULT_PRECISION = 1e-2;

    /** FIRE iterations allowed per relaxation unless told otherwise. */
    public static final int DEFAULT_MAX_ITERATIONS = 100_000;

    /**
     * The range, the scan factor and the precision must give a search that ends: the bisection narrows A to
     * hi / lo &lt;= 1 + precision, which doubles (relative spacing 2.2e-16) resolve only down to a few 1e-16, and
     * the number of kicks it takes must stay well within {@link AmplitudeSearch#MAX_KICKS}. Each refusal names the
     * setting ({@link InvalidSettingException#setting}) and the value given.
     */
    public ExciteSettings {
        if (scanStart == null) {
            throw new InvalidSettingException("scanStart", "the scan start must be given (onset or a-min)");
        }
        if (!(aMin > 0) || !Double.isFinite(aMin)) {
            throw new InvalidSettingException("aMin", "a_min = " + aMin + ": the smallest amplitude must be positive");
        }
        if (!(aMax > aMin) || !Double.isFinite(aMax)) {
            throw new InvalidSettingException("aMax", "a_max = " + aMax + ": the largest amplitude must exceed a_min = "
                    + aMin);
        }
        if (!(scanFactor > 1) || !Double.isFinite(scanFactor)) {
            throw new InvalidSettingException("scanFactor", "scan factor = " + scanFactor + ": successive amplitudes of"
                    + " the scan must grow, so the factor must exceed 1");
        }
        if (!(precision >= AmplitudeSearch.MIN_PRECISION)) {
            throw new InvalidSettingException("precision", "precision = " + precision + ": the bisection narrows A to"
                    + " hi/lo <= 1 + precision, which double precision (relative spacing 2.2e-16) cannot resolve below"
                    + " a few 1e-16; the smallest precision accepted is " + AmplitudeSearch.MIN_PRECISION);
        }
        if (!(precision < scanFactor - 1)) {
            throw new InvalidSettingException("scanFactor", "scan factor = " + scanFactor + " leaves brackets of"
                    + " relative width " + (scanFactor - 1) + ", already below the precision " + precision
                    + " the bisection narrows them to: raise the scan factor or lower the precision");
        }
        long scan = AmplitudeSearch.scanKicks(aMin, aMax, scanFactor);
        long bisection = AmplitudeSearch.bisectionKicks(scanFactor, precision);
        if (scan + bisection > AmplitudeSearch.MAX_KICKS / 2) {
            throw new InvalidSettingException(bisection > scan ? "precision" : "scanFactor", "a search from a_min = "
                    + aMin + " to a_max = " + aMax + " with scan factor " + scanFactor + " and precision " + precision
                    + " needs " + scan + " scan and " + bisection + " bisection kicks per mode, more than the "
                    + AmplitudeSearch.MAX_KICKS / 2 + " allowed (a search ends after " + AmplitudeSearch.MAX_KICKS
                    + " kicks whatever happens): raise the scan factor or the precision, or narrow the range");
        }
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
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, on, scanStart);
    }

    public ExciteSettings withScanStart(ScanStart start) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, earlyStop, start);
    }
}
