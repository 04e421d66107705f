package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.eigen.JacobiEigen;
import org.modekick.hessian.HessianBuilder;
import org.modekick.hessian.TestPotentials;
import org.modekick.potential.ForceField;
import org.modekick.potential.PairPotential;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/** The whole chain on a small harmonic glass, against a dense Jacobi diagonalisation. */
class DenseModesTest {

    @Test
    void relaxedHarmonicGlassHasThreeZeroModesAndObservablesInRange() {
        int n = 60;
        double packing = 0.73; // the paper's phi, sigma = 1
        double length = Math.cbrt(n * Math.PI / 6 / packing);
        PairPotential harmonic = TestPotentials.harmonic(1, 1);
        ForceField field = ForceField.single(harmonic);
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, Box.cube(length), 1, n, 21);
            double force = Fire.relax(c, harmonic, 1e-12, 200_000);
            assertTrue(force < 1e-12, "not relaxed: max force " + force);

            double[][] h = new HessianBuilder(c, field).build(arena).toDense();
            JacobiEigen eigen = JacobiEigen.of(h);
            double scale = eigen.values()[3 * n - 1];
            int zero = 0;
            for (double lambda : eigen.values()) {
                zero += Math.abs(lambda) < 1e-10 ? 1 : 0;
            }
            assertEquals(3, zero, "zero modes: translations only");
            assertTrue(eigen.values()[3] > 1e-6 * scale, "a relaxed glass is stable; 4th eigenvalue "
                    + eigen.values()[3]);

            List<Mode> pairs = new ArrayList<>();
            for (int k = 0; k < 3 * n; k++) {
                MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * n);
                for (int r = 0; r < 3 * n; r++) {
                    e.setAtIndex(Mode.DOUBLE, r, eigen.vectors()[k][r]);
                }
                assertEquals(0, residual(h, eigen.values()[k], eigen.vectors()[k]), 1e-11 * scale, "H e = lambda e");
                pairs.add(new Mode(eigen.values()[k], e));
            }
            Modes modes = Modes.withoutTranslations(pairs);
            assertEquals(3 * n - 3, modes.size());
            assertEquals(eigen.values()[3], modes.mode(1).lambda(), 0.0, "k = 1 is the lowest non-zero mode");
            assertEquals(0, modes.unstableCount());

            for (int nm : new int[] {PhononOrderParameter.PAPER_NM, 10}) {
                double[] o = new PhononOrderParameter(c, nm, PhononOrderParameter.DEFAULT_SAFETY).of(modes);
                for (int k = 1; k <= modes.size(); k++) {
                    double p = ParticipationRatio.of(modes.mode(k).vector());
                    assertTrue(p > 0 && p <= 1 + 1e-12, "P_" + k + " = " + p);
                    assertTrue(o[k - 1] >= 0 && o[k - 1] <= 1, "N_m " + nm + ": O_" + k + " = " + o[k - 1]);
                }
            }

            double[] omegas = modes.omegas();
            double top = omegas[omegas.length - 1];
            VibrationalDos dos = VibrationalDos.histogram(omegas, n, top / 20.5, top);
            double integral = 0;
            for (int b = 0; b < dos.bins(); b++) {
                integral += dos.density(b) * dos.binWidth();
            }
            assertEquals(1.0, integral, 1e-12, "all 3N - 3 modes binned");
        }
    }

    private static double residual(double[][] h, double lambda, double[] e) {
        double worst = 0;
        for (int i = 0; i < h.length; i++) {
            double he = 0;
            for (int j = 0; j < h.length; j++) {
                he += h[i][j] * e[j];
            }
            worst = Math.max(worst, Math.abs(he - lambda * e[i]));
        }
        return worst;
    }

    /** FIRE (Bitzek et al. 2006) with unit masses and brute-force forces, enough for tens of particles. */
    static final class Fire {
        private Fire() {}

        /** Relaxes in place; returns the largest remaining force component. */
        static double relax(Configuration c, PairPotential p, double tolerance, int maxSteps) {
            int dim = 3 * c.size();
            double[] v = new double[dim];
            double dt = 0.05, alpha = 0.1;
            int positive = 0;
            double worst = Double.POSITIVE_INFINITY;
            for (int step = 0; step < maxSteps; step++) {
                double[] f = forces(c, p);
                worst = 0;
                double power = 0, vv = 0, ff = 0;
                for (int r = 0; r < dim; r++) {
                    worst = Math.max(worst, Math.abs(f[r]));
                    power += f[r] * v[r];
                    vv += v[r] * v[r];
                    ff += f[r] * f[r];
                }
                if (worst < tolerance) {
                    return worst;
                }
                if (power > 0) {
                    double mix = alpha * Math.sqrt(vv / ff);
                    for (int r = 0; r < dim; r++) {
                        v[r] = (1 - alpha) * v[r] + mix * f[r];
                    }
                    if (++positive > 5) {
                        dt = Math.min(1.1 * dt, 0.3);
                        alpha *= 0.99;
                    }
                } else {
                    positive = 0;
                    dt *= 0.5;
                    alpha = 0.1;
                    java.util.Arrays.fill(v, 0);
                }
                for (int r = 0; r < dim; r++) {
                    v[r] += dt * f[r];
                    c.positions().setAtIndex(Mode.DOUBLE, r, c.positions().getAtIndex(Mode.DOUBLE, r) + dt * v[r]);
                }
            }
            return worst;
        }

        private static double[] forces(Configuration c, PairPotential p) {
            int n = c.size();
            double[] f = new double[3 * n];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double[] d = new double[3];
                    double r2 = 0;
                    for (int a = 0; a < 3; a++) {
                        d[a] = c.box().minimumImage(c.x(i, a) - c.x(j, a), a);
                        r2 += d[a] * d[a];
                    }
                    double r = Math.sqrt(r2);
                    if (r < p.cutoff()) {
                        double m = -p.dphi(r) / r;
                        for (int a = 0; a < 3; a++) {
                            f[3 * i + a] += m * d[a];
                            f[3 * j + a] -= m * d[a];
                        }
                    }
                }
            }
            return f;
        }
    }
}
