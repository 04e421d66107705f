package org.modekick.excite;

/** The status column of excitations.csv. */
public enum Status {
    /** A kick at A_c led to another inherent structure. */
    TRANSITIONED("transitioned"),
    /** Every kick up to a_max relaxed back to r0. */
    NO_TRANSITION("no-transition-in-range"),
    /** Before any transition the kick overlapped particles so that the potential diverges (LJ). */
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

    public static Status parse(String s) {
        for (Status v : values()) {
            if (v.csv.equals(s.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown status '" + s + "'");
    }
}
