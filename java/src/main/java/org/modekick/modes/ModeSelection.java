package org.modekick.modes;

/** Which modes to compute: the lowest K, all below a frequency, or all below the boson peak. */
public sealed interface ModeSelection {

    /** A short description for logs and summary.json. */
    String describe();

    /**
     * The selection asks for modes the glass or the modes at hand do not have (more than 3N - 3, none below
     * the frequency, a boson peak that was not computed): the selection must change, not the code.
     */
    final class Unsatisfiable extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public Unsatisfiable(String message) {
            super(message);
        }
    }

    /** The K lowest non-zero modes. */
    record Lowest(int count) implements ModeSelection {
        public Lowest {
            if (count < 1) {
                throw new IllegalArgumentException("the mode count must be >= 1, got " + count);
            }
        }

        @Override
        public String describe() {
            return "lowest " + count;
        }
    }

    /** Every non-zero mode with omega &lt;= omegaMax. */
    record BelowFrequency(double omegaMax) implements ModeSelection {
        public BelowFrequency {
            if (!(omegaMax > 0) || !Double.isFinite(omegaMax)) {
                throw new IllegalArgumentException("omega-max must be a positive number, got " + omegaMax);
            }
        }

        @Override
        public String describe() {
            return "omega <= " + omegaMax;
        }
    }

    /** Every non-zero mode below the boson peak omega_BP, found from the vDOS (section II.B). */
    record BelowBosonPeak() implements ModeSelection {
        @Override
        public String describe() {
            return "omega <= omega_BP";
        }
    }
}
