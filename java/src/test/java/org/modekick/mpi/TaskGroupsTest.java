package org.modekick.mpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TaskGroupsTest {

    @Test
    void consecutiveRanksFormEachGroupLedByItsFirst() {
        TaskGroups g = new TaskGroups(6, 2);
        assertEquals(3, g.count());
        int[] expected = {0, 0, 1, 1, 2, 2};
        for (int rank = 0; rank < 6; rank++) {
            assertEquals(expected[rank], g.groupOf(rank), "rank " + rank);
            assertEquals(rank % 2 == 0, g.isLeader(rank), "rank " + rank);
        }
        assertEquals(4, g.leaderOf(2));
        assertEquals("6 ranks in 3 task groups of 2", g.describe());
        assertEquals("1 rank in 1 task group of 1", new TaskGroups(1, 1).describe());
    }

    @Test
    void oneRankPerTaskMakesEveryRankALeader() {
        TaskGroups g = new TaskGroups(4, 1);
        assertEquals(4, g.count());
        for (int rank = 0; rank < 4; rank++) {
            assertTrue(g.isLeader(rank));
            assertEquals(rank, g.groupOf(rank));
            assertEquals(rank, g.leaderOf(rank));
        }
    }

    @Test
    void ranksThatDoNotDivideAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TaskGroups(6, 4));
        assertTrue(e.getMessage().contains("multiple of the ranks per task"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TaskGroups(2, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaskGroups(0, 1));
        TaskGroups g = new TaskGroups(4, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> g.groupOf(4));
        assertThrows(IndexOutOfBoundsException.class, () -> g.leaderOf(2));
        assertFalse(g.isLeader(3));
    }
}
