package org.modekick.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.modekick.testing.MpiRun;

/** The solver on two ranks (MATMPIAIJ, parallel MUMPS, gathered eigenvectors): {@link ParallelSolveProbe}. */
class ParallelEigenSolverTest {

    @Test
    void twoRanksAgreeWithTheExactSpectrumAndTheSerialSolver() throws Exception {
        MpiRun.Result r = MpiRun.java(2, ParallelSolveProbe.class, Duration.ofMinutes(4));
        System.out.println(r.output());
        assertEquals(0, r.code(), r.output());
        assertTrue(r.output().contains("probe passed on 2 ranks"), r.output());
    }
}
