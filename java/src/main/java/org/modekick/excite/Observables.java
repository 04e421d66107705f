package org.modekick.excite;

import java.lang.foreign.MemorySegment;
import org.modekick.system.ParticleVector;

/**
 * What the paper measures of a transition r0 -&gt; r1, from its displacement field dr_i (rigid
 * translation removed).
 *
 * @param distance |dr|, Eq. (6)
 * @param energyChange Phi(r1) - Phi(r0), signed (Eq. (7) is its absolute value)
 * @param rearranging N_rearr, Eq. (9): (sum |dr_i|^2)^2 / sum |dr_i|^4
 * @param overlap I, Eq. (10): |sum dr_i . e_i| / |dr| for the unit mode e
 * @param decay the far-field exponent a of Fig. 9(b)
 */
public record Observables(double distance, double energyChange, double rearranging, double overlap, DecayFit decay) {

    /** N_rearr of Eq. (9). */
    public static double rearranging(DisplacementField d) {
        double s2 = 0, s4 = 0;
        for (int i = 0; i < d.particles(); i++) {
            double q = d.of(i);
            q *= q;
            s2 += q;
            s4 += q * q;
        }
        return s4 > 0 ? s2 * s2 / s4 : Double.NaN;
    }

    /** I of Eq. (10); e is normalised here, so any scale of e gives the same I. */
    public static double overlap(DisplacementField d, MemorySegment e) {
        ParticleVector direction = new ParticleVector(e);
        double norm = direction.norm();
        if (!(d.norm() > 0) || !(norm > 0)) {
            return Double.NaN;
        }
        return Math.abs(d.vector().dot(direction)) / (d.norm() * norm);
    }
}
