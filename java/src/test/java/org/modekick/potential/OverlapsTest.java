package org.modekick.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

class OverlapsTest {

    @Test
    void reportsTheClosestPairsByAtomId() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = TestSystems.ljPerturbedFcc(arena, 3, 0.05, 1, 1);
            assertFalse(Overlaps.find(c, 0.5).any());
            // particle 10 exactly on 4, particle 20 close to 7 across the periodic boundary in x
            for (int a = 0; a < 3; a++) {
                c.setX(10, a, c.x(4, a));
                c.setX(20, a, c.x(7, a));
            }
            c.setX(20, 0, c.x(7, 0) + c.box().lx() + 1e-4);
            Overlaps o = Overlaps.find(c, 1e-3);
            assertEquals(2, o.count());
            assertEquals(List.of(new Overlaps.Overlap(5, 11, 0.0), new Overlaps.Overlap(8, 21, o.closest().get(1).distance())),
                    o.closest());
            assertEquals(1e-4, o.closest().get(1).distance(), 1e-12);
            assertTrue(o.any());
            assertTrue(o.describe().startsWith("2 pairs closer than 0.001: atoms 5 and 11 at 0.0, atoms 8 and 21 at"),
                    o.describe());
        }
    }

    @Test
    void keepsOnlyTheClosestFewOfMany() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Configuration.allocate(arena, Box.cube(5), 1, 30); // all 30 at the origin ...
            for (int i = 0; i < 30; i++) {
                c.setX(i, 0, i * 1e-3); // ... spread along x, 1e-3 apart
            }
            Overlaps o = Overlaps.find(c, 1.5e-3); // the 29 neighbouring pairs
            assertEquals(29, o.count());
            assertEquals(Overlaps.REPORTED, o.closest().size());
            for (Overlaps.Overlap p : o.closest()) {
                assertEquals(p.firstId() + 1, p.secondId());
                assertEquals(1e-3, p.distance(), 1e-15);
            }
            assertTrue(o.describe().endsWith(", ..."));
            assertThrows(IllegalArgumentException.class, () -> Overlaps.find(c, 0));
        }
    }
}
