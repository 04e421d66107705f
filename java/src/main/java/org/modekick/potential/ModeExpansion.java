package org.modekick.potential;

import java.lang.foreign.MemorySegment;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * The expansion of Phi along a direction e (3N components), Eq. (A1):
 * Phi(r_0 + x e) - Phi(r_0) = (1/2) kappa x^2 + (1/6) tau x^3 + O(x^4), with x = A sqrt(N) by Eq. (5),
 * and kappa, tau the second and third directional derivatives of Eq. (A2). For an eigenvector of the
 * Hessian, kappa = omega_k^2.
 *
 * <p>Pair by pair, with r = r_i - r_j (minimum image), u = e_i - e_j and R(s) = |r + s u|, the pair
 * contributes f(s) = phi(R(s)). At s = 0, writing R = |r|, a = r.u / R (the stretch rate R') and
 * c = (u.u - a^2) / R (R'', the transverse part of u squared over R), and R''' = -3 a c / R:
 *
 * <pre>
 *   f''(0)  = phi''(R) a^2 + phi'(R) c
 *   f'''(0) = phi'''(R) a^3 + 3 phi''(R) a c + phi'(R) R''' = phi'''(R) a^3 + 3 a c (phi''(R) - phi'(R)/R)
 * </pre>
 *
 * kappa and tau are the sums of f'' and f''' over the pairs within their cutoff at s = 0. Both are
 * O(N) with a cell list. Nothing here requires |e| = 1, but Eqs. (A1)-(A3) assume it.
 */
public final class ModeExpansion {

    private ModeExpansion() {}

    /**
     * The second and third derivatives of Phi along e at s = 0, Eq. (A2).
     *
     * @param kappa d^2 Phi(r_0 + s e)/ds^2 = e.H.e (omega_k^2 for a unit eigenvector)
     * @param tau d^3 Phi(r_0 + s e)/ds^3; odd in e: e -&gt; -e flips its sign
     */
    public record Coefficients(double kappa, double tau) {

        /**
         * A_c of Eq. (A3): the saddle of (1/2) kappa x^2 + (1/6) tau x^3 (where its x-derivative
         * kappa x + (1/2) tau x^2 vanishes, x != 0) is x = -2 kappa / tau; with x = A sqrt(N) from
         * Eq. (5), A_c = -2 kappa / (tau sqrt(N)). Positive when tau &lt; 0, as the paper requires
         * ("tau should be negative"): for tau &gt; 0 the result is negative, meaning the saddle lies
         * along -e; orient e with {@link #reversed()} first. Infinite for tau = 0.
         *
         * @param particles N
         */
        public double criticalAmplitude(int particles) {
            return -2 * kappa / (tau * Math.sqrt(particles));
        }

        /** The coefficients along -e: kappa is even in e, tau odd. */
        public Coefficients reversed() {
            return new Coefficients(kappa, -tau);
        }

        /** Along whichever of e and -e makes tau &lt;= 0 (see the platform notes on Eq. (A3)). */
        public Coefficients withNonPositiveTau() {
            return tau > 0 ? reversed() : this;
        }
    }

    /** kappa and tau along e (3N doubles, interleaved x y z, particle i = LAMMPS ID i + 1). */
    public static Coefficients along(Configuration c, ForceField ff, MemorySegment e) {
        checkDirection(c, e);
        PairPotential[][] table = PairForces.table(c, ff);
        double[] sums = new double[2];
        CellList.forEachPair(c, ff.maxCutoff(), (i, j, dx, dy, dz, r2) -> {
            PairPotential p = table[c.type(i)][c.type(j)];
            double r = Math.sqrt(r2);
            if (!(r < p.cutoff())) {
                return;
            }
            double ux = e.getAtIndex(Configuration.DOUBLE, 3L * i) - e.getAtIndex(Configuration.DOUBLE, 3L * j);
            double uy = e.getAtIndex(Configuration.DOUBLE, 3L * i + 1) - e.getAtIndex(Configuration.DOUBLE, 3L * j + 1);
            double uz = e.getAtIndex(Configuration.DOUBLE, 3L * i + 2) - e.getAtIndex(Configuration.DOUBLE, 3L * j + 2);
            double a = (dx * ux + dy * uy + dz * uz) / r;
            double cc = (ux * ux + uy * uy + uz * uz - a * a) / r;
            double d1 = p.dphi(r);
            double d2 = p.d2phi(r);
            sums[0] += d2 * a * a + d1 * cc;
            sums[1] += p.d3phi(r) * a * a * a + 3 * a * cc * (d2 - d1 / r);
        });
        return new Coefficients(sums[0], sums[1]);
    }

    /**
     * The Hessian times a vector: out = H v (3N doubles each), with H = d^2 Phi / dr_i dr_j. Each pair
     * within its cutoff adds the 3x3 block K = phi'' n n^T + (phi'/R)(I - n n^T), n = r/R, as
     * out_i += K (v_i - v_j) and out_j -= K (v_i - v_j). With it, v.Hv = kappa along v, and
     * |H e - omega^2 e| checks an eigenpair.
     */
    public static void hessianTimes(Configuration c, ForceField ff, MemorySegment v, MemorySegment out) {
        checkDirection(c, v);
        checkDirection(c, out);
        PairPotential[][] table = PairForces.table(c, ff);
        int n = c.size();
        double[] h = new double[3 * n];
        CellList.forEachPair(c, ff.maxCutoff(), (i, j, dx, dy, dz, r2) -> {
            PairPotential p = table[c.type(i)][c.type(j)];
            double r = Math.sqrt(r2);
            if (!(r < p.cutoff())) {
                return;
            }
            double ux = v.getAtIndex(Configuration.DOUBLE, 3L * i) - v.getAtIndex(Configuration.DOUBLE, 3L * j);
            double uy = v.getAtIndex(Configuration.DOUBLE, 3L * i + 1) - v.getAtIndex(Configuration.DOUBLE, 3L * j + 1);
            double uz = v.getAtIndex(Configuration.DOUBLE, 3L * i + 2) - v.getAtIndex(Configuration.DOUBLE, 3L * j + 2);
            double nx = dx / r, ny = dy / r, nz = dz / r;
            double t = p.dphi(r) / r;
            double along = (p.d2phi(r) - t) * (nx * ux + ny * uy + nz * uz);
            double kx = along * nx + t * ux;
            double ky = along * ny + t * uy;
            double kz = along * nz + t * uz;
            h[3 * i] += kx;
            h[3 * i + 1] += ky;
            h[3 * i + 2] += kz;
            h[3 * j] -= kx;
            h[3 * j + 1] -= ky;
            h[3 * j + 2] -= kz;
        });
        MemorySegment.copy(h, 0, out, Configuration.DOUBLE, 0, h.length);
    }

    private static void checkDirection(Configuration c, MemorySegment e) {
        ParticleVector.of(e, c.size(), "a direction");
    }
}
