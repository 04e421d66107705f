package org.modekick.lammps;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * An estimate of the highest vibrational frequency omega_max of a configuration, from LAMMPS's own forces, so that
 * it holds for any interaction LAMMPS computes: Lanczos on the dynamical matrix D = M^-1/2 H M^-1/2, each product
 * H u a central difference of forces, (F(x - h u) - F(x + h u)) / 2h. The largest Ritz value after
 * {@link #STEPS} steps is omega_max^2 approached from below, so the estimate does not exceed the true omega_max
 * beyond the finite difference's error (below 1e-5 relative; on 300-particle glasses within 2e-5 of a dense
 * diagonalisation, harmonic and LJ): a bound derived from it refuses only what is certainly too large. Costs
 * 2 {@link #STEPS} force evaluations and three 3N-vectors.
 */
public final class HighestFrequency {

    /** Lanczos steps: the top of a glass's spectrum converges to a few percent within them. */
    public static final int STEPS = 30;
    /** The displacement of a difference, per coordinate, as a fraction of the mean particle spacing. */
    private static final double STEP_OF_SPACING = 1e-5;

    private HighestFrequency() {}

    /**
     * omega_max of the configuration {@code lammps} holds (defined with its interactions; {@code structure} gives
     * the types and the box); the positions are restored afterwards. {@code masses}: per atom type, type t at t - 1.
     */
    public static double estimate(LammpsSession lammps, Configuration structure, double[] masses) {
        int n = structure.size();
        double spacing = Math.cbrt(structure.box().volume() / n);
        double h = STEP_OF_SPACING * spacing * Math.sqrt(3.0 * n); // |u| = 1: each coordinate moves ~that fraction
        try (Arena arena = Arena.ofConfined()) {
            double[] inverseRootMass = new double[n];
            for (int i = 0; i < n; i++) {
                inverseRootMass[i] = 1 / Math.sqrt(masses[structure.type(i) - 1]);
            }
            MemorySegment x0 = ParticleVector.allocate(arena, n).segment();
            lammps.gatherPositions(x0);
            Differences d = new Differences(lammps, x0, inverseRootMass, h, arena);
            // plain Lanczos: in floating point its Ritz values stay within the spectrum, and the largest converges
            // to the top first, so three vectors suffice (lost orthogonality only repeats converged values)
            double[] alpha = new double[STEPS];
            double[] beta = new double[STEPS];
            double[] previous = new double[3 * n];
            double[] v = new double[3 * n];
            SplittableRandom random = new SplittableRandom(20201213L);
            for (int j = 0; j < v.length; j++) {
                v[j] = random.nextDouble() - 0.5;
            }
            scale(v, 1 / norm(v));
            int steps = 0;
            for (int s = 0; s < STEPS; s++) {
                double[] w = d.apply(v);
                alpha[s] = dot(w, v);
                axpy(w, -alpha[s], v);
                if (s > 0) {
                    axpy(w, -beta[s - 1], previous);
                }
                steps = s + 1;
                double b = norm(w);
                if (!(b > 1e-12 * Math.abs(alpha[s]))) {
                    break; // an invariant subspace: its Ritz values are eigenvalues
                }
                beta[s] = b;
                scale(w, 1 / b);
                previous = v;
                v = w;
            }
            lammps.scatterPositions(x0);
            lammps.evaluate();
            // in LAMMPS's inverse time unit: a = ftm2v F / m (1 in lj units, 1 / 1.0364e-4 in metal units), so
            // that omega_max dt compares with FIRE's timestep in every unit system
            return Math.sqrt(Math.max(0, largestEigenvalue(alpha, beta, steps)) * lammps.forceToAcceleration());
        }
    }

    /** D v = M^-1/2 H M^-1/2 v by a central difference of LAMMPS forces about x0. */
    private record Differences(LammpsSession lammps, MemorySegment x0, double[] inverseRootMass, double h,
                               MemorySegment x, MemorySegment plus, MemorySegment minus) {

        Differences(LammpsSession lammps, MemorySegment x0, double[] inverseRootMass, double h, Arena arena) {
            this(lammps, x0, inverseRootMass, h, ParticleVector.allocate(arena, inverseRootMass.length).segment(),
                    ParticleVector.allocate(arena, inverseRootMass.length).segment(),
                    ParticleVector.allocate(arena, inverseRootMass.length).segment());
        }

        double[] apply(double[] v) {
            for (int sign = -1; sign <= 1; sign += 2) {
                for (int j = 0; j < v.length; j++) {
                    x.setAtIndex(ParticleVector.DOUBLE, j,
                            x0.getAtIndex(ParticleVector.DOUBLE, j) + sign * h * inverseRootMass[j / 3] * v[j]);
                }
                lammps.scatterPositions(x);
                lammps.evaluate();
                lammps.gatherForces(sign < 0 ? minus : plus);
            }
            double[] w = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                double df = minus.getAtIndex(ParticleVector.DOUBLE, j) - plus.getAtIndex(ParticleVector.DOUBLE, j);
                w[j] = inverseRootMass[j / 3] * df / (2 * h);
            }
            return w;
        }
    }

    /** The largest eigenvalue of the symmetric tridiagonal matrix (alpha, beta), by Sturm-sequence bisection. */
    static double largestEigenvalue(double[] alpha, double[] beta, int m) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double r = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i < m - 1 ? Math.abs(beta[i]) : 0);
            lo = Math.min(lo, alpha[i] - r);
            hi = Math.max(hi, alpha[i] + r);
        }
        for (int it = 0; it < 200 && hi - lo > 1e-15 * Math.max(Math.abs(lo), Math.abs(hi)); it++) {
            double mid = 0.5 * (lo + hi);
            if (countBelow(alpha, beta, m, mid) == m) {
                hi = mid; // every eigenvalue is below mid
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** How many eigenvalues of the tridiagonal matrix lie below {@code x} (Sturm: negative pivots of T - x). */
    private static int countBelow(double[] alpha, double[] beta, int m, double x) {
        int count = 0;
        double d = 1;
        for (int i = 0; i < m; i++) {
            double b2 = i > 0 ? beta[i - 1] * beta[i - 1] : 0;
            d = alpha[i] - x - (i > 0 ? b2 / d : 0);
            if (d == 0) {
                d = -1e-300;
            }
            if (d < 0) {
                count++;
            }
        }
        return count;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }

    private static void axpy(double[] y, double a, double[] x) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
