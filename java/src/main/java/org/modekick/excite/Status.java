package org.modekick.excite;

import java.util.Locale;
import java.util.Optional;

/** The status column of excitations.csv: what the A_c search of one mode ended with. */
public enum Status {
    /** A kick at A_c led to another inherent structure (Fig. 1(b)). */
    TRANSITIONED("transitioned"),
    /** Every kick up to a_max relaxed back to r0. */
    NO_TRANSITION("no-transition-in-range"),
    /**
     * Before any transition the kick overlapped particles so that the potential diverges (LJ; section II.C:
     * disregarded).
     */
    DIVERGED("diverged"),
    /** At A_c the relaxed state is r0 with particles relabelled: the same inherent structure. */
    EXCHANGE("exchange"),
    /** The search could not decide (FIRE failed, A_c below a_min, an unstable mode, an error). */
    FAILED("failed");

    private final String csv;

    Status(String csv) {
        this.csv = csv;
    }

    public String csv() {
        return csv;
    }

    /** The status spelt {@code text} in excitations.csv, ignoring case and surrounding blanks. */
    public static Optional<Status> find(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (Status v : values()) {
            if (v.csv.equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
