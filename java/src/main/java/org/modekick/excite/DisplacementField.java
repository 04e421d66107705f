package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.modekick.system.Box;
import org.modekick.system.ParticleVector;

/**
 * The displacement dr_i = r1_i - r0_i of every particle (minimum image), less the rigid translation
 * (the mean of the dr_i): a uniform shift of a periodic system is the same inherent structure, and the
 * three zero modes it excites carry no energy, so it must not count towards |dr| (Eq. 6). The minimum
 * image is exact while every |dr_i| &lt; L/2, which holds for relaxations from the kicks of Eq. (5).
 *
 * @param vector dr_i less the translation, 3N doubles
 * @param translation the removed mean displacement (x, y, z)
 * @param norm |dr| of Eq. (6), sqrt(sum_i |dr_i|^2) after the translation is removed
 */
public record DisplacementField(ParticleVector vector, double[] translation, double norm) {

    /** r1 - r0, both 3N positions in the same box, allocated in {@code arena}. */
    public static DisplacementField between(Box box, MemorySegment r0, MemorySegment r1, Arena arena) {
        ParticleVector from = new ParticleVector(r0);
        ParticleVector to = new ParticleVector(r1);
        int n = from.particles();
        ParticleVector d = ParticleVector.allocate(arena, n);
        double[] mean = new double[3];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double v = box.minimumImage(to.get(i, a) - from.get(i, a), a);
                d.set(i, a, v);
                mean[a] += v;
            }
        }
        for (int a = 0; a < 3; a++) {
            mean[a] /= n;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double v = d.get(i, a) - mean[a];
                d.set(i, a, v);
                sum += v * v;
            }
        }
        return new DisplacementField(d, mean, Math.sqrt(sum));
    }

    public int particles() {
        return vector.particles();
    }

    /** |dr_i|. */
    public double of(int i) {
        return vector.particleNorm(i);
    }

    /** The particle with the largest |dr_i| (the lowest index among equals). */
    public int mostDisplaced() {
        int best = 0;
        double max = -1;
        for (int i = 0; i < particles(); i++) {
            double v = of(i);
            if (v > max) {
                max = v;
                best = i;
            }
        }
        return best;
    }
}
