package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.modekick.potential.PairPotential;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/** Small pair potentials and configurations for tests, independent of the production potentials. */
public final class TestPotentials {

    private TestPotentials() {}

    /** phi = (eps/2)(1 - r/sigma)^2 for r &lt; sigma, the paper's Eq. (1). */
    public static PairPotential harmonic(double eps, double sigma) {
        return new Simple(sigma) {
            @Override public double phi(double r) { return r < sigma ? 0.5 * eps * sq(1 - r / sigma) : 0; }
            @Override public double dphi(double r) { return r < sigma ? -eps / sigma * (1 - r / sigma) : 0; }
            @Override public double d2phi(double r) { return r < sigma ? eps / (sigma * sigma) : 0; }
            @Override public double d3phi(double r) { return 0; }
        };
    }

    /**
     * A Morse potential f = D[e^{-2a(r - r0)} - 2 e^{-a(r - r0)}] times g = (1 - (r/rc)^2)^3, so that phi,
     * phi' and phi'' all vanish at the cutoff and the Hessian is continuous: finite differences of forces
     * then converge everywhere.
     */
    public static PairPotential smoothMorse(double depth, double a, double r0, double rc) {
        return new Simple(rc) {
            private double[] f(double r) {
                double e1 = Math.exp(-a * (r - r0));
                double e2 = e1 * e1;
                return new double[] {depth * (e2 - 2 * e1), depth * (-2 * a * e2 + 2 * a * e1),
                    depth * a * a * (4 * e2 - 2 * e1), depth * a * a * a * (-8 * e2 + 2 * e1)};
            }

            private double[] g(double r) {
                double x = r / rc;
                double u = 1 - x * x;
                return new double[] {u * u * u, -6 * x * u * u / rc, (-6 * u * u + 24 * x * x * u) / (rc * rc),
                    (72 * x * u - 48 * x * x * x) / (rc * rc * rc)};
            }

            @Override public double phi(double r) {
                return r < rc ? f(r)[0] * g(r)[0] : 0;
            }

            @Override public double dphi(double r) {
                if (r >= rc) {
                    return 0;
                }
                double[] f = f(r), g = g(r);
                return f[1] * g[0] + f[0] * g[1];
            }

            @Override public double d2phi(double r) {
                if (r >= rc) {
                    return 0;
                }
                double[] f = f(r), g = g(r);
                return f[2] * g[0] + 2 * f[1] * g[1] + f[0] * g[2];
            }

            @Override public double d3phi(double r) {
                if (r >= rc) {
                    return 0;
                }
                double[] f = f(r), g = g(r);
                return f[3] * g[0] + 3 * f[2] * g[1] + 3 * f[1] * g[2] + f[0] * g[3];
            }
        };
    }

    /** n particles uniformly at random in the box, types 1..types at random. */
    public static Configuration random(Arena arena, Box box, int types, int n, long seed) {
        Configuration c = Configuration.allocate(arena, box, types, n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                c.setX(i, a, box.lo(a) + random.nextDouble() * box.length(a));
            }
            c.types().setAtIndex(Configuration.INT, i, 1 + random.nextInt(types));
        }
        return c;
    }

    private abstract static class Simple implements PairPotential {
        private final double cutoff;

        Simple(double cutoff) {
            this.cutoff = cutoff;
        }

        @Override public double cutoff() { return cutoff; }
        @Override public String lammpsPairStyle() { return "test"; }
        @Override public String lammpsPairCoeff() { return "test"; }

        static double sq(double x) {
            return x * x;
        }
    }
}
