package org.modekick.modes;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.modekick.system.ParticleVector;

/**
 * The vibrational modes k = 1, 2, ... of one inherent structure of N particles, in ascending order of
 * eigenvalue, without the three zero-frequency translations (the paper's 3N - 3 modes, or the lowest
 * of them). Index k = 1 is the lowest non-translational mode, as in modes.csv.
 */
public record Modes(int particleCount, List<Mode> modes) {

    public Modes {
        modes = List.copyOf(modes);
        for (int k = 0; k < modes.size(); k++) {
            Mode m = modes.get(k);
            if (m.particleCount() != particleCount) {
                throw new IllegalArgumentException("mode " + (k + 1) + " has " + m.particleCount()
                        + " particles, expected " + particleCount);
            }
            if (k > 0 && m.lambda() < modes.get(k - 1).lambda()) {
                throw new IllegalArgumentException("modes must be in ascending order of eigenvalue");
            }
        }
    }

    /**
     * The eigenpairs without uniform translations. An eigenvector whose translational weight (see
     * {@link #translationalWeight}) exceeds 1/2 is a translation: in a degenerate zero eigenspace any
     * orthonormal basis has weight 1 in each vector, while a vibration is orthogonal to translations and
     * has weight ~0, so the split is robust to how the solver rotates the zero eigenspace.
     */
    public static Modes withoutTranslations(List<Mode> eigenpairs) {
        return withoutTranslations(eigenpairs, Modes::translationalWeight);
    }

    /**
     * The eigenpairs of the dynamical matrix D = M^-1/2 H M^-1/2 without its null vectors, which are the
     * mass-weighted translations M^1/2 t: the same split, with the weight measured against them.
     *
     * @param rootMass sqrt(m_i) per particle
     */
    public static Modes withoutTranslations(List<Mode> eigenpairs, double[] rootMass) {
        return withoutTranslations(eigenpairs, e -> translationalWeight(e, rootMass));
    }

    private static Modes withoutTranslations(List<Mode> eigenpairs,
            java.util.function.ToDoubleFunction<MemorySegment> weight) {
        if (eigenpairs.isEmpty()) {
            throw new IllegalArgumentException("no eigenpairs");
        }
        List<Mode> sorted = new ArrayList<>(eigenpairs);
        sorted.sort((a, b) -> Double.compare(a.lambda(), b.lambda()));
        List<Mode> kept = new ArrayList<>();
        int translations = 0;
        for (Mode m : sorted) {
            if (weight.applyAsDouble(m.vector()) > 0.5) {
                translations++;
            } else {
                kept.add(m);
            }
        }
        if (translations > 3) {
            throw new IllegalArgumentException(translations + " eigenvectors look like translations; a "
                    + "periodic system has 3: eigenvectors not orthonormal?");
        }
        return new Modes(sorted.get(0).particleCount(), kept);
    }

    /** sum_axis (sum_i e_i,axis)^2 / (N sum_i |e_i|^2): 1 for a uniform translation, 0 orthogonal to all. */
    public static double translationalWeight(MemorySegment e) {
        long n = new ParticleVector(e).particles();
        double[] sum = new double[3];
        double norm = 0;
        for (long i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double x = e.getAtIndex(Mode.DOUBLE, 3 * i + a);
                sum[a] += x;
                norm += x * x;
            }
        }
        return (sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]) / (n * norm);
    }

    /**
     * sum_axis (sum_i w_i e_i,axis)^2 / (sum_i w_i^2 sum_i |e_i|^2): 1 for e along M^1/2 t with w_i = sqrt(m_i),
     * 0 for e orthogonal to all three.
     */
    public static double translationalWeight(MemorySegment e, double[] w) {
        long n = new ParticleVector(e).particles();
        if (w.length != n) {
            throw new IllegalArgumentException(w.length + " weights for " + n + " particles");
        }
        double[] sum = new double[3];
        double norm = 0;
        double weights = 0;
        for (int i = 0; i < n; i++) {
            weights += w[i] * w[i];
            for (int a = 0; a < 3; a++) {
                double x = e.getAtIndex(Mode.DOUBLE, 3L * i + a);
                sum[a] += w[i] * x;
                norm += x * x;
            }
        }
        return (sum[0] * sum[0] + sum[1] * sum[1] + sum[2] * sum[2]) / (weights * norm);
    }

    public int size() {
        return modes.size();
    }

    /** Mode k, 1-based as in the paper and modes.csv. */
    public Mode mode(int k) {
        return modes.get(k - 1);
    }

    /** The number of modes with a negative eigenvalue. */
    public int unstableCount() {
        return (int) modes.stream().filter(m -> !m.stable()).count();
    }

    /** omega_k of every mode, k = 1 first. */
    public double[] omegas() {
        return modes.stream().mapToDouble(Mode::omega).toArray();
    }
}
