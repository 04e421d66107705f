package org.modekick.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CellListTest {

    /** The binned search must find exactly the pairs, and separations, of the all-pairs search. */
    @Test
    void binnedSearchFindsTheSamePairsAsAllPairs() {
        try (Arena arena = Arena.ofConfined()) {
            Box box = new Box(-2.0, 5.5, 0.0, 6.2, 1.0, 8.0);
            Configuration c = Configuration.allocate(arena, box, 1, 400);
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < c.size(); i++) {
                for (int a = 0; a < 3; a++) {
                    // some particles outside the box: positions need not be wrapped
                    c.setX(i, a, box.lo(a) + (random.nextDouble() * 1.2 - 0.1) * box.length(a));
                }
            }
            double cutoff = 1.7;
            Map<Long, double[]> expected = new HashMap<>();
            for (int i = 0; i < c.size(); i++) {
                for (int j = i + 1; j < c.size(); j++) {
                    double dx = box.minimumImage(c.x(i, 0) - c.x(j, 0), 0);
                    double dy = box.minimumImage(c.x(i, 1) - c.x(j, 1), 1);
                    double dz = box.minimumImage(c.x(i, 2) - c.x(j, 2), 2);
                    if (dx * dx + dy * dy + dz * dz < cutoff * cutoff) {
                        expected.put((long) i * c.size() + j, new double[] {dx, dy, dz});
                    }
                }
            }
            Map<Long, double[]> found = new HashMap<>();
            CellList.forEachPair(c, cutoff, (i, j, dx, dy, dz, r2) -> {
                if (found.put((long) i * c.size() + j, new double[] {dx, dy, dz}) != null) {
                    throw new AssertionError("pair visited twice: " + i + " " + j);
                }
                assertEquals(dx * dx + dy * dy + dz * dz, r2, 1e-12);
            });
            assertEquals(expected.keySet(), found.keySet());
            for (var e : expected.entrySet()) {
                double[] f = found.get(e.getKey());
                for (int a = 0; a < 3; a++) {
                    assertEquals(e.getValue()[a], f[a], 1e-12);
                }
            }
        }
    }

    @Test
    void boxSmallerThanTwiceTheCutoffIsRejected() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Configuration.allocate(arena, Box.cube(4.0), 1, 2);
            assertThrows(IllegalArgumentException.class, () -> CellList.forEachPair(c, 2.5, (i, j, dx, dy, dz, r2) -> { }));
        }
    }
}
