package org.modekick.hessian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.potential.ForceField;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * The store the coloured readings go into, fed with known columns C in the order {@link FiniteDifferenceHessian}
 * reads them (colour by colour, axis by axis): its pattern is every pair within the footprint, its entries are
 * (C + C^T) / 2 bit for bit, exactly zero off-diagonal blocks are dropped, and rows of a range are those of the
 * whole matrix.
 */
class CsrBlockStoreTest {

    /** Harmonic contacts of diameter 1; a footprint beyond it, so that the pattern holds pairs with H_ij = 0. */
    private static final ForceField FIELD = ForceField.single(TestPotentials.harmonic(1.0, 1.0));
    private static final double FOOTPRINT = 1.4;

    private static Configuration glass(Arena arena) {
        // 300 particles at density 1.2; the box is 1.8 to 3.6 separations (2 footprints) wide, so colours hold several
        return TestPotentials.random(arena, new Box(0, 5, 0, 5, 0, 10), 1, 300, 3L);
    }

    /** The readings of columns C (dense, C[3i + a][3j + b] = -dF_(i,a)/dx_(j,b)) through a store of rows [first, end). */
    private static CsrMatrix feed(Arena arena, Configuration c, double[][] columns, int first, int end) {
        CellGrid grid = new CellGrid(c, FOOTPRINT / 2);
        int[] colour = FiniteDifferenceHessian.colour(c, grid, 2 * FOOTPRINT);
        int colours = Arrays.stream(colour).max().orElseThrow() + 1;
        // several displaced particles per colour, each with its own footprint: the case the order of arrival is for
        assertTrue(colours < c.size() / 2, colours + " colours");
        CsrBlockStore store = CsrBlockStore.allocate(arena, grid, colour, first, end, FOOTPRINT);
        int n = c.size();
        int[] owner = new int[n];
        for (int k = 0; k < colours; k++) {
            Arrays.fill(owner, -1);
            List<Integer> js = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (colour[j] == k) {
                    js.add(j);
                    int displaced = j;
                    grid.forEachWithin(j, FOOTPRINT, i -> {
                        store.assign(i, displaced);
                        owner[i] = displaced;
                    });
                }
            }
            for (int b = 0; b < 3; b++) {
                for (int i = 0; i < n; i++) {
                    assertEquals(owner[i] >= 0, store.assigned(i));
                    for (int a = 0; a < 3 && owner[i] >= 0; a++) {
                        store.put(i, a, b, columns[3 * i + a][3 * owner[i] + b]);
                    }
                }
            }
            for (int j : js) {
                grid.forEachWithin(j, FOOTPRINT, store::release);
            }
        }
        return store.finish().validate();
    }

    private static boolean within(Configuration c, int i, int j) {
        double s = 0;
        for (int a = 0; a < 3; a++) {
            double d = c.box().minimumImage(c.x(j, a) - c.x(i, a), a);
            s += d * d;
        }
        return s < FOOTPRINT * FOOTPRINT;
    }

    /** An unsymmetric C on the footprint's pairs: H plus a deterministic part, zero on every third pair. */
    private static double[][] unsymmetric(Configuration c, double[][] h) {
        int n = c.size();
        double[][] columns = new double[3 * n][];
        for (int p = 0; p < 3 * n; p++) {
            columns[p] = h[p].clone();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (within(c, i, j) && (i + j) % 3 != 0) {
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            columns[3 * i + a][3 * j + b] += 1e-3 * Math.sin(1.0 + 7 * i + 3 * j + 5 * a + 11 * b);
                        }
                    }
                }
            }
        }
        return columns;
    }

    @Test
    void patternHoldsEveryPairWithinTheFootprintAscending() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = glass(arena);
            int n = c.size();
            // readings that are nonzero on every pair of the footprint: no block is dropped, the matrix is the pattern
            double[][] ones = new double[3 * n][3 * n];
            int pairs = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (within(c, i, j)) {
                        pairs++;
                        for (int a = 0; a < 3; a++) {
                            Arrays.fill(ones[3 * i + a], 3 * j, 3 * j + 3, 1.0);
                        }
                    }
                }
            }
            CsrMatrix h = feed(arena, c, ones, 0, n);
            assertEquals(9L * pairs, h.nonZeros());
            assertEquals(9L * pairs, CsrBlockStore.plan(new CellGrid(c, FOOTPRINT / 2), n, 0, n, FOOTPRINT).entries());
            assertTrue(pairs > 10 * n, "the footprint holds more than the contacts: " + pairs);
            for (int i = 0; i < n; i++) {
                List<Integer> expected = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    for (int b = 0; b < 3 && within(c, i, j); b++) {
                        expected.add(3 * j + b);
                    }
                }
                for (int a = 0; a < 3; a++) {
                    List<Integer> got = new ArrayList<>();
                    for (int e = h.rowStart(3 * i + a); e < h.rowStart(3 * i + a + 1); e++) {
                        got.add(h.column(e));
                        assertEquals(1.0, h.value(e), 0.0, "(1 + 1) / 2");
                    }
                    assertEquals(expected, got, "row " + (3 * i + a));
                }
            }
        }
    }

    @Test
    void symmetrisesBitForBitAndDropsExactlyZeroBlocks() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = glass(arena);
            int n = c.size();
            double[][] columns = unsymmetric(c, new HessianBuilder(c, FIELD).build(arena).toDense());
            double[][] h = feed(arena, c, columns, 0, n).toDense();
            int blocks = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean zero = true;
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            // the same operations as main's (C_ij[a][b] + C_ji[b][a]) / 2 of stored columns
                            double expected = within(c, i, j)
                                    ? 0.5 * (columns[3 * i + a][3 * j + b] + columns[3 * j + b][3 * i + a]) : 0;
                            assertEquals(expected, h[3 * i + a][3 * j + b], 0.0, i + "," + a + " " + j + "," + b);
                            zero &= expected == 0;
                        }
                    }
                    blocks += zero && i != j ? 0 : 1;
                }
            }
            CsrMatrix m = feed(arena, c, columns, 0, n);
            assertEquals(9L * blocks, m.nonZeros(), "zero off-diagonal blocks are not stored");
            assertEquals(0, m.symmetryError(), 0.0);
        }
    }

    @Test
    void translationsStayInTheNullSpace() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = glass(arena);
            int n = c.size();
            CsrMatrix analytic = new HessianBuilder(c, FIELD).build(arena);
            double[][] exact = analytic.toDense();
            CsrMatrix h = feed(arena, c, exact, 0, n);
            // symmetric readings come back unchanged, (x + x) / 2 = x, so H t = 0 as well as the analytic Hessian
            assertTrue(Arrays.deepEquals(exact, h.toDense()));
            double[] t = new double[3 * n];
            double[] y = new double[3 * n];
            for (int a = 0; a < 3; a++) {
                Arrays.fill(t, 0);
                for (int i = 0; i < n; i++) {
                    t[3 * i + a] = 1;
                }
                h.multiply(t, y);
                double worst = Arrays.stream(y).map(Math::abs).max().orElseThrow();
                assertTrue(worst < 1e-12 * analytic.maxAbsDiagonal(), "axis " + a + ": " + worst);
            }
        }
    }

    @Test
    void rowsOfARangeAreThoseOfTheWholeMatrix() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = glass(arena);
            int n = c.size();
            double[][] columns = unsymmetric(c, new HessianBuilder(c, FIELD).build(arena).toDense());
            double[][] whole = feed(arena, c, columns, 0, n).toDense();
            int first = 70, end = 190;
            CsrMatrix part = feed(arena, c, columns, first, end);
            assertEquals(3 * first, part.firstRow());
            assertEquals(3 * (end - first), part.rows());
            double[][] rows = part.toDense();
            for (int r = 0; r < part.rows(); r++) {
                assertArrayEquals(whole[3 * first + r], rows[r], 0.0, "row " + (3 * first + r));
            }
        }
    }

    @Test
    void refusesAParticleInTwoFootprintsOfOneColour() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = glass(arena);
            CellGrid grid = new CellGrid(c, FOOTPRINT / 2);
            int[] colour = new int[c.size()]; // one colour for all: footprints overlap
            CsrBlockStore store = CsrBlockStore.allocate(arena, grid, colour, 0, c.size(), FOOTPRINT);
            store.assign(0, 0);
            int near = -1;
            for (int j = 1; j < c.size() && near < 0; j++) {
                near = within(c, 0, j) ? j : -1;
            }
            int j = near;
            // its readings would be credited to the wrong column
            assertThrows(IllegalStateException.class, () -> store.assign(j, 0));
            assertThrows(IllegalStateException.class, () -> store.assign(0, j));
        }
    }
}
