package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ModesTest {

    /** A rotated zero eigenspace is recognised as three translations, whatever order the solver gives. */
    @Test
    void translationsAreDroppedAndTheRestKeptInOrder() {
        int n = 40;
        try (Arena arena = Arena.ofConfined()) {
            SplittableRandom random = new SplittableRandom(2);
            List<Mode> pairs = new ArrayList<>();
            double[][] rotation = {Lattices.unit(1, 2, 2), Lattices.unit(2, 1, -2), Lattices.unit(2, -2, 1)};
            for (double[] axis : rotation) { // orthonormal mixtures of the uniform translations
                MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * n);
                for (int i = 0; i < n; i++) {
                    for (int a = 0; a < 3; a++) {
                        e.setAtIndex(Mode.DOUBLE, 3L * i + a, axis[a] / Math.sqrt(n));
                    }
                }
                pairs.add(new Mode(random.nextDouble(-1e-13, 1e-13), e));
            }
            for (int k = 0; k < 5; k++) { // random vectors with zero mean: vibrations
                MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * n);
                double[] mean = new double[3];
                for (int r = 0; r < 3 * n; r++) {
                    double x = random.nextGaussian();
                    e.setAtIndex(Mode.DOUBLE, r, x);
                    mean[r % 3] += x / n;
                }
                for (int r = 0; r < 3 * n; r++) {
                    e.setAtIndex(Mode.DOUBLE, r, e.getAtIndex(Mode.DOUBLE, r) - mean[r % 3]);
                }
                assertEquals(0, Modes.translationalWeight(e), 1e-28);
                pairs.add(new Mode(0.5 - 0.1 * k, e));
            }
            java.util.Collections.shuffle(pairs, new java.util.Random(3));
            for (int k = 0; k < 3; k++) {
                assertEquals(1, Modes.translationalWeight(pairs.stream()
                        .filter(m -> Math.abs(m.lambda()) < 1e-12).toList().get(k).vector()), 1e-14);
            }
            Modes modes = Modes.withoutTranslations(pairs);
            assertEquals(5, modes.size());
            for (int k = 1; k <= 5; k++) {
                assertEquals(0.1 * k, modes.mode(k).lambda(), 1e-15, "ascending, k = 1 lowest");
            }
        }
    }

    /**
     * With one heavy particle among light ones the null vectors of D, M^1/2 t, are far from uniform (unweighted
     * weight 0.16): only the mass-weighted test recognises them, and it keeps the vibrations, orthogonal to them.
     */
    @Test
    void theNullVectorsOfTheDynamicalMatrixAreRecognisedByTheirMassWeight() {
        int n = 10;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        w[0] = Math.sqrt(1000);
        double norm = 0;
        for (double x : w) {
            norm += x * x;
        }
        try (Arena arena = Arena.ofConfined()) {
            List<Mode> pairs = new ArrayList<>();
            for (int a = 0; a < 3; a++) {
                MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * n);
                for (int i = 0; i < n; i++) {
                    e.setAtIndex(Mode.DOUBLE, 3L * i + a, w[i] / Math.sqrt(norm));
                }
                assertTrue(Modes.translationalWeight(e) < 0.2, "unweighted: " + Modes.translationalWeight(e));
                assertEquals(1, Modes.translationalWeight(e, w), 1e-14);
                pairs.add(new Mode(1e-14 * a, e));
            }
            SplittableRandom random = new SplittableRandom(5);
            for (int k = 0; k < 4; k++) { // random vectors with sum_i w_i e_i,a = 0: vibrations of D
                MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * n);
                double[] projection = new double[3];
                for (int r = 0; r < 3 * n; r++) {
                    double x = random.nextGaussian();
                    e.setAtIndex(Mode.DOUBLE, r, x);
                    projection[r % 3] += w[r / 3] * x / norm;
                }
                for (int r = 0; r < 3 * n; r++) {
                    e.setAtIndex(Mode.DOUBLE, r, e.getAtIndex(Mode.DOUBLE, r) - projection[r % 3] * w[r / 3]);
                }
                assertEquals(0, Modes.translationalWeight(e, w), 1e-28);
                pairs.add(new Mode(0.1 * (k + 1), e));
            }
            Modes modes = Modes.withoutTranslations(pairs, w);
            assertEquals(4, modes.size());
            assertEquals(0.1, modes.mode(1).lambda(), 1e-15);
            assertEquals(7, Modes.withoutTranslations(pairs).size(), "the unweighted test keeps D's null vectors");
        }
    }

    @Test
    void unstableModesHaveNegativeFrequencies() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment e = arena.allocate(Mode.DOUBLE, 6);
            Mode stable = new Mode(0.25, e);
            Mode unstable = new Mode(-0.04, e);
            assertTrue(stable.stable());
            assertEquals(0.5, stable.omega(), 0);
            assertFalse(unstable.stable());
            assertEquals(-0.2, unstable.omega(), 1e-16);
            Modes modes = new Modes(2, List.of(unstable, stable));
            assertEquals(1, modes.unstableCount());
            assertThrows(IllegalArgumentException.class, () -> new Modes(2, List.of(stable, unstable)), "order");
            assertThrows(IllegalArgumentException.class, () -> new Mode(Double.NaN, e));
            assertThrows(IllegalArgumentException.class, () -> new Mode(1, arena.allocate(Mode.DOUBLE, 4)));
        }
    }

    @Test
    void participationRatioIgnoresNormalisation() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * 10);
            for (int i = 0; i < 4; i++) { // four particles with equal amplitude: P = 4/10
                e.setAtIndex(Mode.DOUBLE, 3L * i + i % 3, i % 2 == 0 ? 3.0 : -3.0);
            }
            assertEquals(0.4, ParticipationRatio.of(e), 1e-15);
            Lattices.scale(e, 1 / 6.0); // now unit norm: Eq. (4) as written
            double sum4 = 0;
            for (int i = 0; i < 10; i++) {
                double s = 0;
                for (int a = 0; a < 3; a++) {
                    s += Math.pow(e.getAtIndex(Mode.DOUBLE, 3L * i + a), 2);
                }
                sum4 += s * s;
            }
            assertEquals(1 / (10 * sum4), ParticipationRatio.of(e), 1e-15);
        }
    }
}
