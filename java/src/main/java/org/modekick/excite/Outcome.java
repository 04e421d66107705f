package org.modekick.excite;

import java.util.Locale;
import java.util.Optional;

/** What one kick led to, as trials.csv writes it. */
public enum Outcome {
    /** Relaxed back to r0 (|dr| &lt; delta). */
    RETURNED,
    /** Relaxed to another inherent structure. */
    TRANSITIONED,
    /** Relaxed to r0 with particles relabelled: the same inherent structure, but |dr| of order sigma. */
    EXCHANGE,
    /** The kick overlapped particles so much that the potential diverges; never given to LAMMPS. */
    DIVERGED,
    /** FIRE did not converge. */
    FAILED;

    /** Not back at r0 as labelled: the jump of |dr| that defines A_c (Fig. 2). */
    public boolean left() {
        return this == TRANSITIONED || this == EXCHANGE;
    }

    public String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome spelt {@code text} in trials.csv, ignoring case and surrounding blanks. */
    public static Optional<Outcome> find(String text) {
        String s = text.strip();
        for (Outcome o : values()) {
            if (o.csv().equalsIgnoreCase(s)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
