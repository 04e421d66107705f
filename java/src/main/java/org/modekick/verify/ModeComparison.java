package org.modekick.verify;

import java.lang.foreign.MemorySegment;
import java.util.Locale;
import org.modekick.modes.Modes;
import org.modekick.system.ParticleVector;

/**
 * Two sets of modes of the same glass side by side. Eigenvalues are compared one by one (relative
 * difference). An eigenvector is only defined up to its sign, and within a (near-)degenerate level only the
 * subspace is: mode k of A is compared with the span of the modes of B whose eigenvalues lie within
 * {@code window} (relative) of its own, by the sine of the angle between e_k and that span,
 * sqrt(1 - |P_B e_k|^2 / |e_k|^2) where P_B projects onto the span. For an isolated level and small angles
 * this is |e_k(A) -+ e_k(B)| for unit vectors; it ignores the sign and rotations within the level. Rounding
 * puts a floor of about 1e-8 under it (the square root of 1 minus a number within 1e-16 of 1).
 *
 * @param countA                 modes in A
 * @param countB                 modes in B
 * @param maxEigenvalueDifference largest |lambda_k(A) - lambda_k(B)| / |lambda_k(A)|
 * @param worstEigenvalueMode    k where it is largest
 * @param maxVectorDeviation     largest sine of the angle between e_k(A) and its level in B
 * @param worstVectorMode        k where it is largest
 * @param grouped                modes of A compared with a span of more than one mode of B
 */
public record ModeComparison(int countA, int countB, double maxEigenvalueDifference, int worstEigenvalueMode,
                             double maxVectorDeviation, int worstVectorMode, int grouped) {

    public static ModeComparison of(Modes a, Modes b, double window) {
        if (a.particleCount() != b.particleCount()) {
            throw new IllegalArgumentException("modes of " + a.particleCount() + " and " + b.particleCount()
                    + " particles");
        }
        int common = Math.min(a.size(), b.size());
        double maxValue = 0;
        int worstValue = 0;
        double maxVector = 0;
        int worstVector = 0;
        int grouped = 0;
        for (int k = 1; k <= common; k++) {
            double la = a.mode(k).lambda();
            double diff = Math.abs(la - b.mode(k).lambda()) / Math.abs(la);
            if (!(diff <= maxValue)) {
                maxValue = diff;
                worstValue = k;
            }
            MemorySegment e = a.mode(k).vector();
            double self = dot(e, e);
            double projected = 0;
            int members = 0;
            for (int j = 1; j <= b.size(); j++) {
                MemorySegment f = b.mode(j).vector();
                if (j == k || Math.abs(b.mode(j).lambda() - la) <= window * Math.abs(la)) {
                    double d = dot(e, f);
                    projected += d * d / dot(f, f);
                    members++;
                }
            }
            if (members > 1) {
                grouped++;
            }
            double deviation = Math.sqrt(Math.max(0, 1 - projected / self));
            if (!(deviation <= maxVector)) {
                maxVector = deviation;
                worstVector = k;
            }
        }
        return new ModeComparison(a.size(), b.size(), maxValue, worstValue, maxVector, worstVector, grouped);
    }

    private static double dot(MemorySegment x, MemorySegment y) {
        return new ParticleVector(x).dot(new ParticleVector(y));
    }

    public boolean sameCount() {
        return countA == countB;
    }

    public String report(double window) {
        return String.format(Locale.ROOT, """
                modes               A %d  B %d
                  eigenvalues       max relative difference %.2e (mode %d)
                  eigenvectors      max sin(angle)   %.2e (mode %d; %d modes compared with a level of \
                several, window %.0e)
                """, countA, countB, maxEigenvalueDifference, worstEigenvalueMode, maxVectorDeviation,
                worstVectorMode, grouped, window);
    }
}
