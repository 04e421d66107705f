package org.modekick.hessian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.modekick.potential.ForceField;
import org.modekick.potential.PairPotential;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

class HessianBuilderTest {

    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    /** A binary harmonic system (three contact diameters) and a single-type smooth Morse system. */
    static Stream<Arguments> systems() {
        ForceField binaryHarmonic = ForceField.builder(2)
                .pair(1, 1, TestPotentials.harmonic(1.0, 1.0))
                .pair(1, 2, TestPotentials.harmonic(1.0, 1.2))
                .pair(2, 2, TestPotentials.harmonic(1.0, 1.4))
                .build();
        ForceField morse = ForceField.single(TestPotentials.smoothMorse(0.7, 2.0, 1.1, 2.0));
        return Stream.of(
                // box at least 3 cutoffs wide, so the binned cell list is the one exercised
                Arguments.of("harmonic", binaryHarmonic, new Box(0, 5.6, -1, 4.8, 2, 7.9), 2, 250, 11L),
                Arguments.of("morse", morse, Box.cube(6.5), 1, 216, 12L));
    }

    /** H_{ab} = -dF_a/dx_b, with forces from phi' by brute force over all pairs. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void equalsCentralDifferencesOfForces(String name, ForceField field, Box box, int types, int n, long seed) {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, box, types, n, seed);
            double h = 1e-5;
            // A pair within h of a cutoff would put the harmonic phi'' jump inside the difference
            // stencil: redraw such particles first.
            moveAwayFromCutoffs(c, field, 20 * h, new SplittableRandom(seed + 1));
            double[][] hessian = new HessianBuilder(c, field).build(arena).toDense();
            int dim = 3 * n;
            double scale = maxAbs(hessian);
            assertTrue(scale > 0.1, "no contacts");
            double worst = 0;
            for (int col = 0; col < dim; col++) {
                double x0 = c.positions().getAtIndex(DOUBLE, col);
                c.positions().setAtIndex(DOUBLE, col, x0 + h);
                double[] plus = forces(c, field);
                c.positions().setAtIndex(DOUBLE, col, x0 - h);
                double[] minus = forces(c, field);
                c.positions().setAtIndex(DOUBLE, col, x0);
                for (int row = 0; row < dim; row++) {
                    double fd = -(plus[row] - minus[row]) / (2 * h);
                    worst = Math.max(worst, Math.abs(fd - hessian[row][col]));
                }
            }
            assertTrue(worst < 1e-6 * scale, name + ": max |H - FD| = " + worst + " vs max |H| = " + scale);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void isExactlySymmetricAndAnnihilatesTranslations(String name, ForceField field, Box box, int types, int n,
            long seed) {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, box, types, n, seed);
            CsrMatrix h = new HessianBuilder(c, field).build(arena);
            double[][] dense = h.toDense();
            for (int i = 0; i < dense.length; i++) {
                for (int j = 0; j < i; j++) {
                    assertEquals(dense[i][j], dense[j][i], 0.0, "asymmetric at " + i + ", " + j);
                }
            }
            double scale = maxAbs(dense);
            MemorySegment x = arena.allocate(DOUBLE, 3L * n);
            MemorySegment y = arena.allocate(DOUBLE, 3L * n);
            for (int axis = 0; axis < 3; axis++) {
                for (int i = 0; i < n; i++) {
                    for (int a = 0; a < 3; a++) {
                        x.setAtIndex(DOUBLE, 3L * i + a, a == axis ? 1 / Math.sqrt(n) : 0);
                    }
                }
                h.multiply(x, y);
                for (int r = 0; r < 3 * n; r++) {
                    assertEquals(0, y.getAtIndex(DOUBLE, r), 1e-14 * scale, "translation " + axis + " row " + r);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void multiplyMatchesDenseProduct(String name, ForceField field, Box box, int types, int n, long seed) {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, box, types, n, seed);
            HessianBuilder builder = new HessianBuilder(c, field);
            CsrMatrix full = builder.build(arena);
            double[][] dense = full.toDense();
            SplittableRandom random = new SplittableRandom(seed + 100);
            MemorySegment x = arena.allocate(DOUBLE, 3L * n);
            for (int r = 0; r < 3 * n; r++) {
                x.setAtIndex(DOUBLE, r, random.nextDouble(-1, 1));
            }
            MemorySegment y = arena.allocate(DOUBLE, 3L * n);
            full.multiply(x, y);
            for (int r = 0; r < 3 * n; r++) {
                double expected = 0;
                double magnitude = 0;
                for (int col = 0; col < 3 * n; col++) {
                    expected += dense[r][col] * x.getAtIndex(DOUBLE, col);
                    magnitude += Math.abs(dense[r][col] * x.getAtIndex(DOUBLE, col));
                }
                assertEquals(expected, y.getAtIndex(DOUBLE, r), 1e-14 * magnitude + 1e-300);
            }
        }
    }

    /** Rows of a particle range hold bitwise the full matrix's entries. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void rowRangesAgreeWithTheFullMatrix(String name, ForceField field, Box box, int types, int n,
            long seed) {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestPotentials.random(arena, box, types, n, seed);
            HessianBuilder builder = new HessianBuilder(c, field);
            CsrMatrix fullMatrix = builder.build(arena);
            checkCsrLayout(fullMatrix);
            double[][] full = fullMatrix.toDense();
            int[][] ranges = {{0, n}, {0, 1}, {17, 93}, {n - 5, n}, {40, 40}};
            for (int[] range : ranges) {
                int i0 = range[0], i1 = range[1];
                CsrMatrix part = builder.rowRange(i0, i1, arena);
                checkCsrLayout(part);
                assertEquals(3 * i0, part.firstRow());
                assertEquals(3 * (i1 - i0), part.rows());
                double[][] rows = part.toDense();
                for (int r = 0; r < part.rows(); r++) {
                    int global = 3 * i0 + r;
                    assertArrayEquals(full[global], rows[r], "row " + global + " of range " + i0 + ".." + i1);
                    for (int col = 0; col < full.length; col++) {
                        assertEquals(rows[r][col], part.get(global, col), 0.0);
                    }
                }
            }
        }
    }

    /** A harmonic contact exactly touching (r = sigma) is open: no block, and no diagonal stiffness. */
    @Test
    void pairExactlyAtTheCutoffDoesNotInteract() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Configuration.allocate(arena, Box.cube(4.0), 1, 2);
            c.setX(0, 0, 1.0);
            c.setX(1, 0, 2.0);
            CsrMatrix h = new HessianBuilder(c, ForceField.single(TestPotentials.harmonic(1, 1))).build(arena);
            for (double[] row : h.toDense()) {
                assertArrayEquals(new double[6], row, 0.0);
            }
            assertEquals(3 * 2 * 3, h.nonZeros(), "diagonal blocks only");
            c.setX(1, 0, 2.0 - 1e-12);
            double[][] touching = new HessianBuilder(c, ForceField.single(TestPotentials.harmonic(1, 1)))
                    .build(arena).toDense();
            assertEquals(1.0, touching[0][0], 1e-11, "phi'' = eps/sigma^2 just inside the contact");
            assertEquals(-1.0, touching[0][3], 1e-11);
        }
    }

    private static void checkCsrLayout(CsrMatrix m) {
        assertEquals(0, m.rowPointers().getAtIndex(INT, 0));
        assertEquals(m.nonZeros() * (long) Integer.BYTES, m.columnIndices().byteSize());
        assertEquals(m.nonZeros() * (long) Double.BYTES, m.values().byteSize());
        for (int r = 0; r < m.rows(); r++) {
            int from = m.rowPointers().getAtIndex(INT, r);
            int to = m.rowPointers().getAtIndex(INT, r + 1);
            int diagonalPresent = 0;
            for (int e = from; e < to; e++) {
                int col = m.columnIndices().getAtIndex(INT, e);
                if (e > from) {
                    assertTrue(col > m.columnIndices().getAtIndex(INT, e - 1), "columns must ascend in row " + r);
                }
                if (col == m.firstRow() + r) {
                    diagonalPresent++;
                }
            }
            assertEquals(1, diagonalPresent, "every row stores its diagonal (PETSc wants it)");
        }
    }

    private static double[] forces(Configuration c, ForceField field) {
        int n = c.size();
        Box box = c.box();
        double[] f = new double[3 * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                PairPotential p = field.pair(c.type(i), c.type(j));
                double[] d = new double[3];
                for (int a = 0; a < 3; a++) {
                    d[a] = box.minimumImage(c.x(i, a) - c.x(j, a), a);
                }
                double r = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
                if (r < p.cutoff()) {
                    double magnitude = -p.dphi(r) / r;
                    for (int a = 0; a < 3; a++) {
                        f[3 * i + a] += magnitude * d[a];
                        f[3 * j + a] -= magnitude * d[a];
                    }
                }
            }
        }
        return f;
    }

    private static void moveAwayFromCutoffs(Configuration c, ForceField field, double margin, SplittableRandom random) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            int offender = -1;
            for (int i = 0; i < c.size() && offender < 0; i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    double r2 = 0;
                    for (int a = 0; a < 3; a++) {
                        double d = c.box().minimumImage(c.x(i, a) - c.x(j, a), a);
                        r2 += d * d;
                    }
                    if (Math.abs(Math.sqrt(r2) - field.pair(c.type(i), c.type(j)).cutoff()) < margin) {
                        offender = j;
                        break;
                    }
                }
            }
            if (offender < 0) {
                return;
            }
            for (int a = 0; a < 3; a++) {
                c.setX(offender, a, c.box().lo(a) + random.nextDouble() * c.box().length(a));
            }
        }
        throw new AssertionError("could not clear the cutoffs");
    }

    private static double maxAbs(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }
}
