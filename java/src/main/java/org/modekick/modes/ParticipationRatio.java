package org.modekick.modes;

import java.lang.foreign.MemorySegment;
import org.modekick.system.ParticleVector;

/**
 * The participation ratio, Eq. (4): P = (1/N) [sum_i (e_i . e_i)^2]^{-1} for sum_i e_i . e_i = 1. It is
 * computed as (sum_i |e_i|^2)^2 / (N sum_i |e_i|^4), which is Eq. (4) for a unit vector and independent of
 * the vector's scale, so eigenvectors need not be normalised first. P = 1 when all particles move
 * equally, 1/N for one particle, 2/3 for a plane wave.
 */
public final class ParticipationRatio {

    private ParticipationRatio() {}

    public static double of(MemorySegment e) {
        long n = new ParticleVector(e).particles();
        double sum2 = 0;
        double sum4 = 0;
        for (long i = 0; i < n; i++) {
            double x = e.getAtIndex(Mode.DOUBLE, 3 * i);
            double y = e.getAtIndex(Mode.DOUBLE, 3 * i + 1);
            double z = e.getAtIndex(Mode.DOUBLE, 3 * i + 2);
            double s = x * x + y * y + z * z;
            sum2 += s;
            sum4 += s * s;
        }
        if (!(sum4 > 0)) {
            throw new IllegalArgumentException("zero vector has no participation ratio");
        }
        return sum2 * sum2 / (n * sum4);
    }
}
