package org.modekick.excite;

import java.util.Map;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;

/**
 * Decides, before LAMMPS sees a kicked state, that it diverges (section II.C: "some pairs of particles largely
 * overlap, and the potential tends to diverge. We disregarded these cases"): {@link Divergence} where the
 * interaction has Java formulas, {@link ProximityGuard} for any other.
 */
public interface KickGuard {

    /** The pairs of {@code kicked} that make it diverge; none: LAMMPS may relax it. */
    Overlaps check(Configuration kicked);

    /** summary.json's "divergence": the rule and its numbers. */
    Map<String, Object> describe();

    /** The guard for the interaction of {@code reference}. */
    static KickGuard of(Reference reference) {
        return reference.interaction().analytic().<KickGuard>map(Divergence::of)
                .orElseGet(() -> ProximityGuard.of(reference.structure()));
    }
}
