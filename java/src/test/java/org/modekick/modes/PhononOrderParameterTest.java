package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modekick.hessian.TestPotentials;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

class PhononOrderParameterTest {

    /**
     * On a simple cubic lattice the plane waves are exactly orthonormal: a standing wave of an allowed q
     * along one of the polarisations has O = 1 (1/2 from q, 1/2 from -q) and P = 2/3 exactly.
     */
    @Test
    void standingWavesOnALatticeHaveUnitOrderAndParticipationTwoThirds() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Lattices.simpleCubic(arena, 6, 1.1, -3.7);
            PhononOrderParameter order = new PhononOrderParameter(c);
            double unit = 2 * Math.PI / c.box().lx();
            Object[][] cases = {
                {new int[] {1, 0, 0}, Lattices.unit(1, 0, 0), false},   // longitudinal
                {new int[] {1, 0, 0}, Lattices.unit(0, 1, 0), true},    // transverse, = -s_T2
                {new int[] {1, 1, 0}, Lattices.unit(0, 0, 1), true},    // transverse, = -s_T2
                {new int[] {1, 1, 0}, Lattices.unit(1, -1, 0), false},  // transverse, = s_T1
                {new int[] {1, -1, 2}, Lattices.unit(1, -1, 2), false}, // longitudinal
                {new int[] {0, 0, 2}, Lattices.unit(0, 1, 0), true},
            };
            for (Object[] t : cases) {
                int[] n = (int[]) t[0];
                MemorySegment e = Lattices.planeWave(arena, c, n, (double[]) t[1], (Boolean) t[2]);
                double q = unit * Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
                assertEquals(1.0, order.of(e, 1.01 * q), 1e-12, "O of standing wave " + java.util.Arrays.toString(n));
                assertEquals(1.0, order.of(e, 3 * unit), 1e-12, "more shells add nothing on a lattice");
                assertEquals(0.0, order.of(e, 0.99 * q), 1e-12, "its q excluded");
                assertEquals(2.0 / 3.0, ParticipationRatio.of(e), 1e-12);
            }
        }
    }

    /**
     * Eq. (3) thresholds each polarisation separately: a transverse wave split equally between s_T1 and
     * s_T2 keeps O = 1 while each half (1/4 per +-q) reaches N_m/(3N - 3), and drops to 0 when it does not.
     */
    @Test
    void thresholdAppliesToEachPolarisation() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Lattices.simpleCubic(arena, 6, 1.0, 0.0);
            int n = c.size();
            double[] s = Lattices.unit(1 / Math.sqrt(2), -1 / Math.sqrt(2), -1); // (s_T1 + s_T2)/sqrt(2)
            MemorySegment e = Lattices.planeWave(arena, c, new int[] {1, 1, 0}, s, false);
            double qMax = 2 * 2 * Math.PI / c.box().lx();
            int below = (int) Math.floor(0.25 * (3 * n - 3)); // threshold just under 1/4
            assertEquals(1.0, new PhononOrderParameter(c, below, 1.5).of(e, qMax), 1e-12);
            assertEquals(0.0, new PhononOrderParameter(c, below + 1, 1.5).of(e, qMax), 1e-12);
        }
    }

    @Test
    void singleParticleModeHasParticipationOneOverNAndNoPhononCharacter() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, Box.cube(9.0), 1, 700, 3);
            MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * c.size());
            double[] s = Lattices.unit(1, 2, 3);
            for (int a = 0; a < 3; a++) {
                e.setAtIndex(Mode.DOUBLE, 3L * 123 + a, s[a]);
            }
            assertEquals(1.0 / c.size(), ParticipationRatio.of(e), 1e-15);
            PhononOrderParameter order = new PhononOrderParameter(c);
            assertEquals(0.0, order.of(e, order.qMax(3 * c.size() - 3)), 0.0);
        }
    }

    /** Off a lattice plane waves are only nearly orthonormal: O and P of a standing wave are close. */
    @Test
    void standingWaveOnRandomPositionsIsNearlyIdeal() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, new Box(0, 12, 0, 13, 0, 14), 1, 2000, 5);
            PhononOrderParameter order = new PhononOrderParameter(c);
            MemorySegment e = Lattices.planeWave(arena, c, new int[] {0, 1, 0}, Lattices.unit(1, 0, 0), false);
            double o = order.of(e, order.qMax(50));
            assertTrue(Math.abs(o - 1) < 0.1, "O = " + o);
            double p = ParticipationRatio.of(e);
            assertTrue(Math.abs(p - 2.0 / 3.0) < 0.05, "P = " + p);
        }
    }

    /**
     * The fast path (half space, per-axis phase powers, grouped modes, per-mode cutoffs, threads) against
     * a direct evaluation of Eq. (3) over every q in the ball, both signs, with trigonometric phases.
     */
    @Test
    void matchesDirectEvaluationOfEquationThree() {
        try (Arena shared = Arena.ofShared(); Arena confined = Arena.ofConfined()) {
            Box box = new Box(-1, 6.5, 0, 7.2, 2, 9.9);
            Configuration c = TestPotentials.random(confined, box, 1, 300, 9);
            SplittableRandom random = new SplittableRandom(4);
            List<Mode> list = new ArrayList<>();
            List<Mode> confinedList = new ArrayList<>();
            for (int k = 0; k < 37; k++) {
                // plane waves of several shells plus noise, so that many components pass the threshold
                int[] n = {random.nextInt(-2, 3), random.nextInt(-2, 3), random.nextInt(0, 3)};
                if (n[0] == 0 && n[1] == 0 && n[2] == 0) {
                    n[2] = 1;
                }
                MemorySegment e = Lattices.planeWave(shared, c, n, Lattices.unit(random.nextDouble(-1, 1),
                        random.nextDouble(-1, 1), random.nextDouble(-1, 1)), random.nextBoolean());
                for (long r = 0; r < 3L * c.size(); r++) {
                    e.setAtIndex(Mode.DOUBLE, r, e.getAtIndex(Mode.DOUBLE, r) + 0.02 * random.nextDouble(-1, 1));
                }
                list.add(new Mode(0.01 * (k + 1), e));
                confinedList.add(new Mode(0.01 * (k + 1), confined.allocate(e.byteSize(), 8).copyFrom(e)));
            }
            Modes modes = new Modes(c.size(), list);
            for (int nm : new int[] {0, 3, 100}) {
                PhononOrderParameter order = new PhononOrderParameter(c, nm, 2.0);
                double[] fast = order.of(modes);
                assertArrayEquals(fast, order.of(new Modes(c.size(), confinedList)), "threads change nothing");
                int phononLike = 0;
                for (int k = 1; k <= modes.size(); k++) {
                    double direct = direct(c, modes.mode(k).vector(), order.qMax(k), order.threshold());
                    assertEquals(direct, fast[k - 1], 1e-12 * Math.max(1, direct), "N_m " + nm + " mode " + k);
                    phononLike += fast[k - 1] > 0.5 ? 1 : 0;
                }
                assertTrue(phononLike > 5, "too few plane waves within their cutoff to test anything");
            }
        }
    }

    private static double direct(Configuration c, MemorySegment e, double qMax, double threshold) {
        Box box = c.box();
        int n = c.size();
        double norm = 0;
        for (long r = 0; r < 3L * n; r++) {
            norm += e.getAtIndex(Mode.DOUBLE, r) * e.getAtIndex(Mode.DOUBLE, r);
        }
        int m = 20;
        double total = 0;
        for (int nx = -m; nx <= m; nx++) {
            for (int ny = -m; ny <= m; ny++) {
                for (int nz = -m; nz <= m; nz++) {
                    double[] q = {2 * Math.PI * nx / box.lx(), 2 * Math.PI * ny / box.ly(), 2 * Math.PI * nz / box.lz()};
                    double qq = Math.sqrt(q[0] * q[0] + q[1] * q[1] + q[2] * q[2]);
                    if (qq == 0 || qq > qMax * (1 + 1e-12)) {
                        continue;
                    }
                    double[] l = {q[0] / qq, q[1] / qq, q[2] / qq};
                    int axis = 0;
                    for (int a = 1; a < 3; a++) {
                        if (Math.abs(l[a]) < Math.abs(l[axis])) {
                            axis = a;
                        }
                    }
                    double[] t1 = cross(l, new double[] {axis == 0 ? 1 : 0, axis == 1 ? 1 : 0, axis == 2 ? 1 : 0});
                    double t1n = Math.sqrt(t1[0] * t1[0] + t1[1] * t1[1] + t1[2] * t1[2]);
                    t1 = new double[] {t1[0] / t1n, t1[1] / t1n, t1[2] / t1n};
                    for (double[] s : new double[][] {l, t1, cross(l, t1)}) {
                        double re = 0, im = 0;
                        for (int i = 0; i < n; i++) {
                            double phase = q[0] * c.x(i, 0) + q[1] * c.x(i, 1) + q[2] * c.x(i, 2);
                            double dot = 0;
                            for (int a = 0; a < 3; a++) {
                                dot += s[a] * e.getAtIndex(Mode.DOUBLE, 3L * i + a);
                            }
                            re += dot * Math.cos(phase);
                            im += dot * Math.sin(phase);
                        }
                        double o = (re * re + im * im) / (n * norm);
                        if (o >= threshold) {
                            total += o;
                        }
                    }
                }
            }
        }
        return total;
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    @Test
    void waveVectorsCoverHalfOfTheBallWithOrthonormalPolarisations() {
        Box box = new Box(0, 7, 0, 8, 0, 9.5);
        double qMax = 4.1;
        WaveVectors w = WaveVectors.halfSpace(box, qMax);
        int full = 0;
        for (int nx = -10; nx <= 10; nx++) {
            for (int ny = -10; ny <= 10; ny++) {
                for (int nz = -10; nz <= 10; nz++) {
                    double q2 = sq(2 * Math.PI * nx / 7) + sq(2 * Math.PI * ny / 8) + sq(2 * Math.PI * nz / 9.5);
                    if (q2 > 0 && q2 <= qMax * qMax) {
                        full++;
                    }
                }
            }
        }
        assertEquals(full, 2 * w.size());
        for (int j = 0; j < w.size(); j++) {
            if (j > 0) {
                assertTrue(w.magnitude(j) >= w.magnitude(j - 1));
            }
            for (int alpha = 0; alpha < 3; alpha++) {
                for (int beta = 0; beta < 3; beta++) {
                    double dot = 0;
                    for (int a = 0; a < 3; a++) {
                        dot += w.polarisation(j, alpha, a) * w.polarisation(j, beta, a);
                    }
                    assertEquals(alpha == beta ? 1 : 0, dot, 1e-14);
                }
                assertEquals(w.component(j, alpha) / w.magnitude(j), w.polarisation(j, 0, alpha), 1e-14);
            }
        }
        assertEquals(w.size(), w.countUpTo(qMax));
        assertEquals(6 / 2, WaveVectors.halfSpace(Box.cube(5), 2 * Math.PI / 5).size(), "first shell: 6 vectors");
    }

    private static double sq(double x) {
        return x * x;
    }
}
