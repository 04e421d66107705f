package org.modekick.dispatch;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.modekick.excite.ModeOutcome;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Outcome;
import org.modekick.excite.Status;
import org.modekick.excite.Trial;
import org.modekick.system.ParticleVector;

/** Made-up mode outcomes for the tests of the queue and its messages: no LAMMPS involved. */
final class Outcomes {

    private Outcomes() {}

    /** A transitioned mode k with awkward numbers (NaN, -0.0, a subnormal) and two trials. */
    static ModeResult result(int k) {
        List<Trial> trials = List.of(new Trial(k, 1e-3, 2e-8, -0.0, Outcome.RETURNED, true, 120, 1),
                new Trial(k, 1e-2, 0.25, 1.5e-6, Outcome.TRANSITIONED, false, 3401, 2));
        return new ModeResult(k, 0.1 * k, 0.3, Double.MIN_VALUE, Status.TRANSITIONED, 1e-2 + k * Math.ulp(1e-2), 1e-3,
                0.25, 1.5e-6, 1.1e-4, 1.2e-4, 15.9, 0.35, Double.NaN, 0.0123456789012345678, 3.25, -0.5, k % 2 == 0, 0,
                "", trials, 2, 3521, 0.75, 0, 1, Double.NaN);
    }

    /** A final state of 3N = 3n doubles, different for each k. */
    static MemorySegment state(int k, int n, Arena arena) {
        ParticleVector s = ParticleVector.allocate(arena, n);
        for (long i = 0; i < 3L * n; i++) {
            s.set(i, k + Math.sin(i) / 3);
        }
        return s.segment();
    }

    static ModeOutcome outcome(int k, boolean withState, Arena arena) {
        return new ModeOutcome(result(k), withState ? state(k, 5, arena) : null);
    }
}
