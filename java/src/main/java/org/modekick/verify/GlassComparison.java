package org.modekick.verify;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Locale;
import org.modekick.potential.ForceField;
import org.modekick.potential.PairForces;
import org.modekick.system.Configuration;

/**
 * Two inherent structures of the same system side by side: energies per particle and residual force norms
 * (computed here, by the same code for both, so that only the configurations differ), and how far each
 * particle (same atom ID) is from its counterpart, minimum image.
 *
 * @param particles       N
 * @param energyA         Phi / N of A
 * @param energyB         Phi / N of B
 * @param forceNormA      global 2-norm of the forces of A
 * @param forceNormB      the same for B
 * @param maxDisplacement largest |r_i(A) - r_i(B)|
 * @param rmsDisplacement root mean square of |r_i(A) - r_i(B)|
 */
public record GlassComparison(int particles, double energyA, double energyB, double forceNormA, double forceNormB,
                              double maxDisplacement, double rmsDisplacement) {

    public static GlassComparison of(Configuration a, Configuration b, ForceField field) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the glasses have " + a.size() + " and " + b.size() + " particles");
        }
        for (int axis = 0; axis < 3; axis++) {
            if (a.box().length(axis) != b.box().length(axis)) {
                throw new IllegalArgumentException("the boxes differ along axis " + axis + ": " + a.box() + " and "
                        + b.box());
            }
        }
        int n = a.size();
        double max = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double d2 = 0;
            for (int axis = 0; axis < 3; axis++) {
                double d = a.box().minimumImage(a.x(i, axis) - b.x(i, axis), axis);
                d2 += d * d;
            }
            max = Math.max(max, Math.sqrt(d2));
            sum += d2;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fa = arena.allocate(Configuration.DOUBLE, 3L * n);
            MemorySegment fb = arena.allocate(Configuration.DOUBLE, 3L * n);
            double ea = PairForces.compute(a, field, fa).energy() / n;
            double eb = PairForces.compute(b, field, fb).energy() / n;
            return new GlassComparison(n, ea, eb, norm(fa), norm(fb), max, Math.sqrt(sum / n));
        }
    }

    private static double norm(MemorySegment v) {
        double s = 0;
        for (long i = 0; i < v.byteSize() / Double.BYTES; i++) {
            double x = v.getAtIndex(Configuration.DOUBLE, i);
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** |e_A - e_B| / |e_A|. */
    public double relativeEnergyDifference() {
        return Math.abs(energyA - energyB) / Math.abs(energyA);
    }

    public String report() {
        return String.format(Locale.ROOT, """
                N = %d
                  energy per particle  A %.15e  B %.15e  relative difference %.2e
                  force norm |F|       A %.3e  B %.3e
                  displacement (same atom ID, minimum image)  max %.3e  rms %.3e
                """, particles, energyA, energyB, relativeEnergyDifference(), forceNormA, forceNormB, maxDisplacement,
                rmsDisplacement);
    }
}
