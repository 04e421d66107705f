package org.modekick.mpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockSplitTest {

    @Test
    void blocksAreContiguousBalancedAndCoverEverything() {
        for (int items : new int[] {0, 1, 7, 100, 32000}) {
            for (int parts = 1; parts <= 9; parts++) {
                BlockSplit s = new BlockSplit(items, parts);
                int next = 0;
                int min = Integer.MAX_VALUE;
                int max = 0;
                for (int p = 0; p < parts; p++) {
                    assertEquals(next, s.first(p), items + " in " + parts + ", part " + p);
                    assertTrue(s.end(p) >= s.first(p));
                    next = s.end(p);
                    min = Math.min(min, s.count(p));
                    max = Math.max(max, s.count(p));
                    if (p > 0) {
                        assertTrue(s.count(p) <= s.count(p - 1), "larger blocks first");
                    }
                }
                assertEquals(items, next);
                assertTrue(max - min <= 1, items + " in " + parts + ": sizes " + min + ".." + max);
            }
        }
    }

    @Test
    void sevenInThree() {
        BlockSplit s = new BlockSplit(7, 3);
        assertEquals(0, s.first(0));
        assertEquals(3, s.end(0));
        assertEquals(5, s.end(1));
        assertEquals(7, s.end(2));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BlockSplit(5, 0));
        assertThrows(IllegalArgumentException.class, () -> new BlockSplit(-1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> new BlockSplit(5, 2).first(2));
    }
}
