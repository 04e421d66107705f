package org.modekick.report;

import java.util.Locale;
import java.util.Optional;

/** What the A_c search of one mode ended with (excite/excitations.csv, column {@code status}). */
public enum ExcitationStatus {
    /** A different inherent structure was reached at A = A_c (Fig. 1(b)). */
    TRANSITIONED("transitioned"),
    /** The system returned to the initial state for every amplitude searched. */
    NO_TRANSITION_IN_RANGE("no-transition-in-range"),
    /** Overlapping particles made the energy diverge before any transition (section II.C, LJ note): disregarded. */
    DIVERGED("diverged"),
    /** The final state is the initial structure with particles relabelled: not a distinct state. */
    EXCHANGE("exchange"),
    /** The search itself failed (e.g. a minimisation did not converge). */
    FAILED("failed");

    private final String label;

    ExcitationStatus(String label) {
        this.label = label;
    }

    /** The contract's spelling. */
    public String label() {
        return label;
    }

    static Optional<ExcitationStatus> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (ExcitationStatus status : values()) {
            if (status.label.equals(s)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
