package org.modekick.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.system.Box;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

class ModeExpansionTest {

    /** A pair within its cutoff at s = 0, with its separation r and its u = e_i - e_j. */
    private record FrozenPair(PairPotential p, double r, double dx, double dy, double dz, double ux, double uy,
                              double uz) {
        double u() {
            return Math.sqrt(ux * ux + uy * uy + uz * uz);
        }

        /** phi(|r + s u|) - phi(|r|): subtracting the s = 0 value keeps the sums' rounding small. */
        double change(double s) {
            double x = dx + s * ux, y = dy + s * uy, z = dz + s * uz;
            return p.phi(Math.sqrt(x * x + y * y + z * z)) - p.phi(r);
        }
    }

    /**
     * The pairs at s = 0, frozen: Phi along s is then smooth as long as no frozen pair crosses its cutoff
     * within the stencil, which the step is chosen to guarantee; a plain finite difference of Phi would
     * pick up pairs entering and leaving and the jump of phi'' at the cutoff (platform notes).
     */
    private static List<FrozenPair> freeze(Configuration c, ForceField ff, MemorySegment e) {
        List<FrozenPair> pairs = new ArrayList<>();
        CellList.forEachPair(c, ff.maxCutoff(), (i, j, dx, dy, dz, r2) -> {
            PairPotential p = ff.pair(c.type(i), c.type(j));
            double r = Math.sqrt(r2);
            FrozenPair f = new FrozenPair(p, r, dx, dy, dz,
                    e.getAtIndex(Configuration.DOUBLE, 3L * i) - e.getAtIndex(Configuration.DOUBLE, 3L * j),
                    e.getAtIndex(Configuration.DOUBLE, 3L * i + 1) - e.getAtIndex(Configuration.DOUBLE, 3L * j + 1),
                    e.getAtIndex(Configuration.DOUBLE, 3L * i + 2) - e.getAtIndex(Configuration.DOUBLE, 3L * j + 2));
            if (r < p.cutoff() && f.u() > 0) {
                pairs.add(f);
            }
        });
        return pairs;
    }

    private static double frozenChange(List<FrozenPair> pairs, double s) {
        double sum = 0;
        for (FrozenPair f : pairs) {
            sum += f.change(s);
        }
        return sum;
    }

    /**
     * Two finite-difference checks of kappa and tau. (1) The literal one: Richardson-extrapolated
     * differences of the frozen-pair energy with one step for all pairs. The pair closest to its
     * cutoff limits the step, so rounding (~ulp(phi) sqrt(pairs) / h^3) limits tau's accuracy to
     * ~1e-5-1e-4 when many pairs move. (2) The same derivatives taken pair by pair (differentiation is
     * linear, so their sum is the frozen energy's derivative), each with the largest step its own
     * cutoff gap allows: far less rounding, so a much tighter check.
     */
    private static void check(String name, Configuration c, ForceField ff, MemorySegment e, double[] worst) {
        ModeExpansion.Coefficients analytic = ModeExpansion.along(c, ff, e);
        List<FrozenPair> pairs = freeze(c, ff, e);

        // (1) one step; the stencil reaches s = +-2h and keeps every pair 60% of its gap inside the cutoff
        double h = 0.01;
        for (FrozenPair f : pairs) {
            h = Math.min(h, 0.2 * (f.p().cutoff() - f.r()) / f.u());
        }
        assertTrue(h > 5e-4, name + ": a pair too close to its cutoff for this test, h = " + h);
        double stepH = h;
        double kappa1 = Derivatives.second(s -> frozenChange(pairs, s), 0, stepH);
        double tau1 = Derivatives.third(s -> frozenChange(pairs, s), 0, stepH);

        // (2) pair by pair
        double kappa2 = 0;
        double tau2 = 0;
        for (FrozenPair f : pairs) {
            kappa2 += Derivatives.second(f::change, 0, step(f));
            tau2 += Derivatives.third(f::change, 0, step(f));
        }
        double k1 = relative(kappa1, analytic.kappa()), t1 = relative(tau1, analytic.tau());
        double k2 = relative(kappa2, analytic.kappa()), t2 = relative(tau2, analytic.tau());
        System.out.printf("%s (%d pairs): kappa %.10g, tau %.10g; rel. dev. from frozen-energy FD (h %.1e):"
                + " kappa %.1e, tau %.1e; pair by pair: kappa %.1e, tau %.1e%n",
                name, pairs.size(), analytic.kappa(), analytic.tau(), stepH, k1, t1, k2, t2);
        assertTrue(k1 < 1e-7, name + ": kappa " + analytic.kappa() + " vs frozen-energy difference " + kappa1);
        assertTrue(t1 < 1e-4, name + ": tau " + analytic.tau() + " vs frozen-energy difference " + tau1);
        assertTrue(k2 < 1e-8, name + ": kappa " + analytic.kappa() + " vs pairwise differences " + kappa2);
        assertTrue(t2 < 1e-7, name + ": tau " + analytic.tau() + " vs pairwise differences " + tau2);
        worst[0] = Math.max(worst[0], k1);
        worst[1] = Math.max(worst[1], t1);
        worst[2] = Math.max(worst[2], k2);
        worst[3] = Math.max(worst[3], t2);
    }

    /**
     * A step in s that moves the pair by at most 0.2 of its gap to the cutoff (the stencil reaches 2h)
     * and by a small fraction of the length over which phi varies: r for the harmonic potential, about
     * r/13 for LJ's r^-12.
     */
    private static double step(FrozenPair f) {
        double scale = (f.p() instanceof LennardJonesSmoothLinear ? 0.002 : 0.005) * f.r();
        return Math.min(scale, 0.2 * (f.p().cutoff() - f.r())) / f.u();
    }

    private static double relative(double fd, double analytic) {
        return Math.abs(fd - analytic) / Math.abs(analytic);
    }

    @Test
    void kappaAndTauMatchFiniteDifferencesOfTheFrozenPairEnergy() {
        double[] worst = new double[4];
        try (Arena arena = Arena.ofConfined()) {
            // seeds chosen so that no pair sits within the stencil of its cutoff (the test asserts it)
            Configuration harmonic = TestSystems.harmonicRandom(arena, 400, 3);
            check("harmonic, extended e", harmonic, TestSystems.HARMONIC, TestSystems.direction(arena, 400, 0, 1), worst);
            check("harmonic, localized e", harmonic, TestSystems.HARMONIC, TestSystems.direction(arena, 400, 4, 2), worst);
            Configuration binary = TestSystems.random(arena, Box.cube(8.5), 2, 400, 5);
            check("harmonic binary, localized e", binary, TestSystems.HARMONIC_BINARY,
                    TestSystems.direction(arena, 400, 5, 3), worst);
            Configuration lj = TestSystems.ljDisordered(arena, 256, 1, 7);
            // thousands of pairs move along an extended e, so some pair is always close to rc = 2.5; a
            // cutoff in the widest gap between pair distances near 2.5 keeps the stencil inside
            ForceField ljGap = ForceField.single(new LennardJonesSmoothLinear(1, 1, widestGap(lj, 2.4, 2.6)));
            check("LJ, extended e", lj, ljGap, TestSystems.direction(arena, 256, 0, 4), worst);
            check("LJ, localized e", lj, TestSystems.LJ, TestSystems.direction(arena, 256, 3, 5), worst);
            Configuration ljBinary = TestSystems.ljDisordered(arena, 256, 2, 9);
            check("LJ binary, localized e", ljBinary, TestSystems.LJ_BINARY, TestSystems.direction(arena, 256, 4, 6), worst);
        }
        System.out.printf("mode expansion: worst relative deviation, frozen-energy FD: kappa %.1e, tau %.1e;"
                + " pair by pair: kappa %.1e, tau %.1e%n", worst[0], worst[1], worst[2], worst[3]);
    }

    /** The middle of the widest gap between pair distances in [lo, hi]. */
    private static double widestGap(Configuration c, double lo, double hi) {
        List<Double> distances = new ArrayList<>(List.of(lo, hi));
        CellList.forEachPair(c, hi, (i, j, dx, dy, dz, r2) -> {
            if (r2 > lo * lo) {
                distances.add(Math.sqrt(r2));
            }
        });
        distances.sort(null);
        double best = lo, width = 0;
        for (int k = 1; k < distances.size(); k++) {
            double w = distances.get(k) - distances.get(k - 1);
            if (w > width) {
                width = w;
                best = (distances.get(k) + distances.get(k - 1)) / 2;
            }
        }
        return best;
    }

    /** Two particles: stretching gives kappa = 2 phi'', tau = 2 sqrt(2) phi'''; shearing 2 phi'/r and 0. */
    @Test
    void twoParticlesInClosedForm() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Configuration.allocate(arena, Box.cube(10), 1, 2);
            double r = 1.05;
            // particle 0 at the origin, particle 1 at r along (1, 2, 2)/3
            double[] n = {1.0 / 3, 2.0 / 3, 2.0 / 3};
            double[] t = {2.0 / 3, 1.0 / 3, -2.0 / 3}; // perpendicular to n, unit
            for (int a = 0; a < 3; a++) {
                c.setX(1, a, r * n[a]);
            }
            MemorySegment stretch = arena.allocate(Configuration.DOUBLE, 6);
            MemorySegment shear = arena.allocate(Configuration.DOUBLE, 6);
            for (int a = 0; a < 3; a++) {
                stretch.setAtIndex(Configuration.DOUBLE, a, -n[a] / Math.sqrt(2));
                stretch.setAtIndex(Configuration.DOUBLE, 3 + a, n[a] / Math.sqrt(2));
                shear.setAtIndex(Configuration.DOUBLE, a, -t[a] / Math.sqrt(2));
                shear.setAtIndex(Configuration.DOUBLE, 3 + a, t[a] / Math.sqrt(2));
            }
            for (ForceField ff : List.of(TestSystems.LJ, ForceField.single(new HarmonicContact(1.3, 1.2)))) {
                PairPotential p = ff.pair(1, 1);
                ModeExpansion.Coefficients s = ModeExpansion.along(c, ff, stretch);
                assertEquals(2 * p.d2phi(r), s.kappa(), 1e-13 * Math.abs(p.d2phi(r)));
                // harmonic: phi''' = 0, and tau is zero up to rounding of the transverse part of u
                double tol = 1e-13 * (Math.abs(p.d3phi(r)) + Math.abs(p.d2phi(r)) + Math.abs(p.dphi(r)));
                assertEquals(2 * Math.sqrt(2) * p.d3phi(r), s.tau(), tol);
                ModeExpansion.Coefficients q = ModeExpansion.along(c, ff, shear);
                assertEquals(2 * p.dphi(r) / r, q.kappa(), 1e-13 * Math.abs(p.dphi(r)));
                assertEquals(0, q.tau(), 1e-13 * (Math.abs(p.dphi(r)) + Math.abs(p.d2phi(r))));
            }
        }
    }

    @Test
    void translationCostsNothingAndReversingFlipsTauOnly() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestSystems.ljPerturbedFcc(arena, 4, 0.1, 2, 9);
            int n = c.size();
            MemorySegment uniform = arena.allocate(Configuration.DOUBLE, 3L * n);
            for (int i = 0; i < n; i++) {
                uniform.setAtIndex(Configuration.DOUBLE, 3L * i, 0.6 / Math.sqrt(n));
                uniform.setAtIndex(Configuration.DOUBLE, 3L * i + 2, -0.8 / Math.sqrt(n));
            }
            ModeExpansion.Coefficients zero = ModeExpansion.along(c, TestSystems.LJ_BINARY, uniform);
            assertEquals(0, zero.kappa(), 1e-14);
            assertEquals(0, zero.tau(), 1e-14);

            MemorySegment e = TestSystems.direction(arena, n, 0, 8);
            MemorySegment minus = arena.allocate(Configuration.DOUBLE, 3L * n);
            for (int k = 0; k < 3 * n; k++) {
                minus.setAtIndex(Configuration.DOUBLE, k, -e.getAtIndex(Configuration.DOUBLE, k));
            }
            ModeExpansion.Coefficients plus = ModeExpansion.along(c, TestSystems.LJ_BINARY, e);
            ModeExpansion.Coefficients back = ModeExpansion.along(c, TestSystems.LJ_BINARY, minus);
            assertEquals(plus.kappa(), back.kappa(), 0);
            assertEquals(-plus.tau(), back.tau(), 0);
            assertEquals(plus.reversed(), back);
            assertTrue(plus.withNonPositiveTau().tau() <= 0);
            assertTrue(back.withNonPositiveTau().tau() <= 0);
            assertEquals(plus.kappa(), plus.withNonPositiveTau().kappa(), 0);
        }
    }

    /** A_c of Eq. (A3) is where (1/2) kappa x^2 + (1/6) tau x^3 stops rising, x = A sqrt(N). */
    @Test
    void criticalAmplitudeIsTheSaddleOfTheCubic() {
        double kappa = 0.37, tau = -2.9;
        int n = 16000;
        ModeExpansion.Coefficients k = new ModeExpansion.Coefficients(kappa, tau);
        double ac = k.criticalAmplitude(n);
        assertTrue(ac > 0);
        double x = ac * Math.sqrt(n);
        assertEquals(0, kappa * x + 0.5 * tau * x * x, 1e-14); // dDeltaPhi/dx = 0
        assertTrue(kappa + tau * x < 0); // a maximum along x: the saddle of the landscape
        double barrier = 0.5 * kappa * x * x + tau * x * x * x / 6;
        assertEquals(2 * Math.pow(kappa, 3) / (3 * tau * tau), barrier, 1e-15);
        assertEquals(-ac, k.reversed().criticalAmplitude(n), 0);
    }

    /** H v against minus a central difference of the forces along v, and v.Hv = kappa. */
    @Test
    void hessianTimesVectorMatchesForcesAndKappa() {
        try (Arena arena = Arena.ofConfined()) {
            for (var sys : new Object[][] {
                    {TestSystems.harmonicRandom(arena, 300, 11), TestSystems.HARMONIC},
                    {TestSystems.ljPerturbedFcc(arena, 4, 0.1, 2, 12), TestSystems.LJ_BINARY}}) {
                Configuration c = (Configuration) sys[0];
                ForceField ff = (ForceField) sys[1];
                int n = c.size();
                MemorySegment v = TestSystems.direction(arena, n, 0, 13);
                MemorySegment hv = arena.allocate(Configuration.DOUBLE, 3L * n);
                ModeExpansion.hessianTimes(c, ff, v, hv);
                double vhv = 0;
                double scale = 0;
                for (int k = 0; k < 3 * n; k++) {
                    vhv += v.getAtIndex(Configuration.DOUBLE, k) * hv.getAtIndex(Configuration.DOUBLE, k);
                    scale = Math.max(scale, Math.abs(hv.getAtIndex(Configuration.DOUBLE, k)));
                }
                assertEquals(ModeExpansion.along(c, ff, v).kappa(), vhv, 1e-12 * Math.abs(vhv));

                double h = 1e-6;
                MemorySegment fPlus = forcesAt(c, ff, v, h, arena);
                MemorySegment fMinus = forcesAt(c, ff, v, -h, arena);
                for (int k = 0; k < 3 * n; k++) {
                    double fd = -(fPlus.getAtIndex(Configuration.DOUBLE, k) - fMinus.getAtIndex(Configuration.DOUBLE, k))
                            / (2 * h);
                    assertEquals(fd, hv.getAtIndex(Configuration.DOUBLE, k), 1e-6 * scale, "component " + k);
                }
            }
        }
    }

    private static MemorySegment forcesAt(Configuration c, ForceField ff, MemorySegment v, double s, Arena arena) {
        Configuration moved = c.copy(arena);
        for (int i = 0; i < c.size(); i++) {
            for (int a = 0; a < 3; a++) {
                moved.setX(i, a, c.x(i, a) + s * v.getAtIndex(Configuration.DOUBLE, 3L * i + a));
            }
        }
        MemorySegment f = arena.allocate(Configuration.DOUBLE, 3L * c.size());
        PairForces.compute(moved, ff, f);
        return f;
    }
}
