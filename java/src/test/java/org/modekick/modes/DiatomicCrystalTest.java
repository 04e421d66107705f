package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.eigen.JacobiEigen;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.MassWeighting;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * Two species of masses 1 and 4 on a rock-salt crystal (simple cubic, species alternating along every axis) with
 * springs K between nearest neighbours at their rest length: x, y and z motions decouple into diatomic chains along
 * their own axis, whose frequencies are known, omega^2 = K (1/m1 + 1/m2) +- K sqrt((1/m1 + 1/m2)^2 - 4 sin^2(q a)
 * / (m1 m2)) with q = 2 pi n / (L a) per chain of L atoms (L / 2 cells of length 2a).
 */
class DiatomicCrystalTest {

    private static final int L = 4;
    private static final double K = 1.7;
    private static final double[] MASSES = {1, 4};

    @Test
    void theDynamicalMatrixHasTheDiatomicChainsFrequencies() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Configuration.allocate(arena, Box.cube(L), 2, L * L * L);
            for (int x = 0; x < L; x++) {
                for (int y = 0; y < L; y++) {
                    for (int z = 0; z < L; z++) {
                        int i = index(x, y, z);
                        c.setX(i, 0, x);
                        c.setX(i, 1, y);
                        c.setX(i, 2, z);
                        c.types().setAtIndex(Configuration.INT, i, 1 + (x + y + z) % 2);
                    }
                }
            }
            CsrMatrix h = springs(arena, c.size());
            MassWeighting w = MassWeighting.of(c, MASSES);
            assertTrue(!w.uniform());
            JacobiEigen eigen = JacobiEigen.of(w.dynamical(h, arena).toDense());
            double[] expected = chainSpectrum();
            double[] got = eigen.values().clone();
            Arrays.sort(got);
            assertEquals(3 * c.size(), got.length);
            for (int k = 0; k < got.length; k++) {
                assertEquals(expected[k], got[k], 1e-12, "omega^2 number " + k);
            }
            // the kick direction d = M^-1/2 e / |M^-1/2 e| solves H d = omega^2 M d, and is a unit vector
            double[][] dense = h.toDense();
            for (int k = 0; k < got.length; k += 7) {
                MemorySegment e = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, eigen.vectors()[k]);
                MemorySegment d = arena.allocate(ValueLayout.JAVA_DOUBLE, 3L * c.size());
                w.displacement(e, d);
                double norm = 0;
                for (int r = 0; r < dense.length; r++) {
                    double hd = 0;
                    for (int s = 0; s < dense.length; s++) {
                        hd += dense[r][s] * d.getAtIndex(ValueLayout.JAVA_DOUBLE, s);
                    }
                    double m = MASSES[c.type(r / 3) - 1];
                    double di = d.getAtIndex(ValueLayout.JAVA_DOUBLE, r);
                    assertEquals(eigen.values()[k] * m * di, hd, 1e-12, "H d = omega^2 M d, mode " + k + " row " + r);
                    norm += di * di;
                }
                assertEquals(1, norm, 1e-14);
            }
            // equal masses m: D = H / m, the paper's lambda = m omega^2
            MassWeighting equal = MassWeighting.of(c, new double[] {2, 2});
            assertTrue(equal.uniform());
            double[][] d2 = equal.dynamical(h, arena).toDense();
            for (int r = 0; r < dense.length; r++) {
                for (int s = 0; s < dense.length; s++) {
                    assertEquals(dense[r][s] / 2, d2[r][s], 1e-15);
                }
            }
        }
    }

    private static int index(int x, int y, int z) {
        return ((Math.floorMod(x, L) * L) + Math.floorMod(y, L)) * L + Math.floorMod(z, L);
    }

    /** H of central springs K at rest length: K n n^T per bond along axis n (only the a-a entry). */
    private static CsrMatrix springs(Arena arena, int n) {
        int[] rowPointers = new int[3 * n + 1];
        List<Integer> columns = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int x = 0; x < L; x++) {
            for (int y = 0; y < L; y++) {
                for (int z = 0; z < L; z++) {
                    int i = index(x, y, z);
                    for (int a = 0; a < 3; a++) {
                        int[] up = {x, y, z};
                        int[] down = {x, y, z};
                        up[a]++;
                        down[a]--;
                        int[] row = {index(down[0], down[1], down[2]), i, index(up[0], up[1], up[2])};
                        double[] v = {-K, 2 * K, -K};
                        Integer[] order = {0, 1, 2};
                        Arrays.sort(order, (p, q) -> Integer.compare(row[p], row[q]));
                        for (int o : order) {
                            columns.add(3 * row[o] + a);
                            values.add(v[o]);
                        }
                        rowPointers[3 * i + a + 1] = 3;
                    }
                }
            }
        }
        // entries were added row by row in particle order, so prefix sums give the pointers
        for (int r = 0; r < 3 * n; r++) {
            rowPointers[r + 1] += rowPointers[r];
        }
        return CsrMatrix.copyOf(arena, 3 * n, rowPointers, columns.stream().mapToInt(Integer::intValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** 3 L^2 chains of L atoms, each with the two branches at q = 2 pi n / (L a), n = 0 .. L/2 - 1. */
    private static double[] chainSpectrum() {
        double s = 1 / MASSES[0] + 1 / MASSES[1];
        List<Double> w2 = new ArrayList<>();
        for (int chain = 0; chain < 3 * L * L; chain++) {
            for (int n = 0; n < L / 2; n++) {
                double sin = Math.sin(2 * Math.PI * n / L);
                double root = Math.sqrt(s * s - 4 * sin * sin / (MASSES[0] * MASSES[1]));
                w2.add(K * (s - root));
                w2.add(K * (s + root));
            }
        }
        return w2.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
