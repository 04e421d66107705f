package org.modekick.excite;

import org.modekick.lammps.FireSettings;
import org.modekick.lammps.InvalidSettingException;
import org.modekick.potential.AnalyticInteraction;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.potential.HarmonicContact;

/**
 * How A_c is searched: the range [a_min, a_max] and scan factor of the logarithmic bracket, the relative
 * precision of the bisection, FIRE, whether relaxations stop early once their outcome is certain, where the
 * scan starts, and the range R of the fine scan that verifies A_c from A_c / R up ({@link #NO_VERIFICATION}: none).
 */
public record ExciteSettings(double aMin, double aMax, double scanFactor, double precision, FireSettings fire,
                             boolean earlyStop, ScanStart scanStart, double verifyBelow) {

    /** Where the scan for A_c starts. */
    public enum ScanStart {
        /** At the first grid point where the kick's energy is anharmonic ({@link AnharmonicOnset}). */
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
        this(aMin, aMax, scanFactor, precision, fire, earlyStop, ScanStart.ONSET, NO_VERIFICATION);
    }

    /** {@link #verifyBelow} when A_c is not verified. */
    public static final double NO_VERIFICATION = 0;

    public static final double DEFAULT_SCAN_FACTOR = 10;
    public static final double DEFAULT_PRECISION = 1e-2;

    /** The widest verification range A_c / R .. A_c. */
    public static final double MAX_VERIFY_BELOW = 2;

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
        if (verifyBelow != NO_VERIFICATION && !(verifyBelow > 1 + precision && verifyBelow <= MAX_VERIFY_BELOW)) {
            throw new InvalidSettingException("verifyBelow", "verify below = " + verifyBelow + ": the fine scan runs"
                    + " from A_c / R up to A_c, so R must exceed 1 + precision = " + (1 + precision) + " and be at most "
                    + MAX_VERIFY_BELOW + " (its kicks, ln R / ln(1 + precision), must fit the search's budget)");
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
        if (verifyBelow != NO_VERIFICATION) {
            long fine = (long) Math.ceil(Math.log(verifyBelow) / Math.log1p(precision));
            if (scan + bisection + fine > AmplitudeSearch.MAX_KICKS / 2) {
                throw new InvalidSettingException("verifyBelow", "verify below = " + verifyBelow + " with precision "
                        + precision + " adds " + fine + " fine-scan kicks to the search's " + (scan + bisection)
                        + ", more than the " + AmplitudeSearch.MAX_KICKS / 2 + " allowed per mode: narrow the range R");
            }
        }
    }

    /**
     * The settings for the paper's glasses, by their interactions: the harmonic glass (Eq. 1) searches A in
     * [1e-7, 1e-1] with FIRE tuned for it, every other (LJ, Eq. 2) in [1e-5, 1]; early stopping on.
     */
    public static ExciteSettings defaults(ForceField forceField) {
        return defaults(new AnalyticInteraction(forceField, "custom"));
    }

    /**
     * The same by interaction: the harmonic settings for a harmonic-contact field, the LJ ones for every other (for an
     * interaction without Java formulas the range [1e-5, 1] is in its length unit, and FIRE's timestep is meant to be
     * adapted to the glass, {@link FireSettings#adaptedTo}).
     */
    public static ExciteSettings defaults(Interaction interaction) {
        boolean harmonic = interaction.analytic().map(f -> f.pair(1, 1) instanceof HarmonicContact).orElse(false);
        FireSettings fire = (harmonic ? FireSettings.harmonic() : FireSettings.lennardJones())
                .withMaxIterations(DEFAULT_MAX_ITERATIONS);
        return harmonic ? new ExciteSettings(1e-7, 1e-1, DEFAULT_SCAN_FACTOR, DEFAULT_PRECISION, fire, true)
                : new ExciteSettings(1e-5, 1, DEFAULT_SCAN_FACTOR, DEFAULT_PRECISION, fire, true);
    }

    public AmplitudeSearch search() {
        return new AmplitudeSearch(aMin, aMax, scanFactor, precision);
    }

    public ExciteSettings withFire(FireSettings f) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, f, earlyStop, scanStart, verifyBelow);
    }

    public ExciteSettings withEarlyStop(boolean on) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, on, scanStart, verifyBelow);
    }

    public ExciteSettings withScanStart(ScanStart start) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, earlyStop, start, verifyBelow);
    }

    public ExciteSettings withVerifyBelow(double ratio) {
        return new ExciteSettings(aMin, aMax, scanFactor, precision, fire, earlyStop, scanStart, ratio);
    }

    public boolean verifies() {
        return verifyBelow != NO_VERIFICATION;
    }
}
