package org.modekick.excite;

import org.modekick.potential.ForceField;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;

/**
 * Kicks whose overlaps make the potential diverge (section II.C: "some pairs of particles largely
 * overlap, and the potential tends to diverge. We disregarded these cases"). A kicked state diverges
 * when a pair is closer than r_div, the distance below which the pair energy exceeds
 * {@link #ENERGY} (energy units of the potential, eps = 1 for the paper's glasses): r_div = 0.628 sigma
 * for LJ. A bounded potential (the harmonic one: phi &lt;= eps / 2) never reaches it, and only
 * coincident particles (closer than {@link #COINCIDENT}, where forces have no direction) count. Such a
 * state never reaches LAMMPS, which would end the process ("Lost atoms").
 */
public final class Divergence implements KickGuard {

    /** A pair energy beyond which the potential is taken to diverge. */
    public static final double ENERGY = 1e3;
    /** Particles closer than this are coincident. */
    public static final double COINCIDENT = 1e-6;

    private final double distance;

    private Divergence(double distance) {
        this.distance = distance;
    }

    /** r_div: the largest over all type pairs (a conservative screen when types differ). */
    public static Divergence of(ForceField ff) {
        double d = COINCIDENT;
        for (int a = 1; a <= ff.atomTypes(); a++) {
            for (int b = a; b <= ff.atomTypes(); b++) {
                d = Math.max(d, divergenceDistance(ff.pair(a, b)));
            }
        }
        return new Divergence(d);
    }

    public double distance() {
        return distance;
    }

    /** The overlapping pairs of a kicked state, if any. */
    @Override
    public Overlaps check(Configuration kicked) {
        return Overlaps.find(kicked, distance);
    }

    @Override
    public java.util.Map<String, Object> describe() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("pair_energy", ENERGY);
        m.put("distance", distance);
        m.put("definition", "a kick with a pair closer than the distance where the pair energy exceeds"
                + " pair_energy diverges and is not relaxed");
        return m;
    }

    /** Bisection for phi(r) = ENERGY on [COINCIDENT, cutoff], phi decreasing at short range. */
    private static double divergenceDistance(org.modekick.potential.PairPotential p) {
        double lo = COINCIDENT, hi = p.cutoff();
        if (!(p.phi(lo) > ENERGY)) {
            return COINCIDENT;
        }
        for (int it = 0; it < 200 && hi - lo > 1e-12 * hi; it++) {
            double mid = 0.5 * (lo + hi);
            if (p.phi(mid) > ENERGY) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }
}
