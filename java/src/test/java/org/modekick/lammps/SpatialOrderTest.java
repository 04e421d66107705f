package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.modekick.system.Box;

class SpatialOrderTest {

    private static final Box BOX = new Box(-5, 5, -5, 5, -5, 5);

    private static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[3 * n];
        for (int k = 0; k < x.length; k++) {
            x[k] = -5 + 10 * r.nextDouble();
        }
        return x;
    }

    @Test
    void isAPermutationThatDependsOnThePositionsOnly() {
        double[] x = random(5000, 1);
        int[] order = SpatialOrder.of(BOX, x, 1.0);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
        assertArrayEquals(order, SpatialOrder.of(BOX, x.clone(), 1.0));
    }

    @Test
    void spreadsBitsEveryThirdPlace() {
        assertEquals(0b1001001L, SpatialOrder.spread(0b111));
        assertEquals(1L << 27, SpatialOrder.spread(1 << 9));
    }

    /** Pairs closer than the cell lie far closer in the order than in a random order (a median of about N / 3). */
    @Test
    void neighboursAreCloseInTheOrder() {
        int n = 5000;
        double[] x = random(n, 2);
        int[] order = SpatialOrder.of(BOX, x, 1.0);
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[order[k]] = k;
        }
        java.util.List<Integer> before = new java.util.ArrayList<>();
        java.util.List<Integer> after = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double r2 = 0;
                for (int a = 0; a < 3; a++) {
                    double d = x[3 * i + a] - x[3 * j + a];
                    d -= 10 * Math.rint(d / 10);
                    r2 += d * d;
                }
                if (r2 < 1) {
                    before.add(j - i);
                    after.add(Math.abs(rank[i] - rank[j]));
                }
            }
        }
        assertTrue(before.size() > 1000, "pairs " + before.size());
        java.util.Collections.sort(before);
        java.util.Collections.sort(after);
        int m = before.size() / 2;
        assertTrue(after.get(m) < 0.1 * before.get(m), "median distance in memory: " + after.get(m)
                + " against " + before.get(m) + " in index order");
    }
}
