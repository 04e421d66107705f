package org.modekick.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.modekick.testing.MpiRun;

/** The task groups' queue under mpirun, with made-up work ({@link DispatchProbe}); LAMMPS runs are ci/mpi-test.sh's. */
class ParallelDispatchTest {

    private static void probe(int ranks, String... args) throws Exception {
        MpiRun.Result r = MpiRun.java(ranks, DispatchProbe.class, Duration.ofMinutes(2), args);
        System.out.println(r.output());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("dispatch probe passed"), r.output());
    }

    @Test
    void threeGroupsOfOneRankShareTheModesAndRank0GetsEveryOutcomeIntact() throws Exception {
        probe(3, "1", "-1");
    }

    @Test
    void groupsOfTwoRanksWorkOnTheSameModeInStep() throws Exception {
        probe(4, "2", "-1");
    }

    @Test
    void aGroupThatFailsEndsTheRunOnEveryRankWithoutAHang() throws Exception {
        probe(3, "1", "2");
    }
}
