package org.modekick.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.modekick.hessian.CsrMatrix;

class BlasThreadsTest {

    @BeforeAll
    static void blasLoaded() {
        SlepcRuntime.ensureInitialized(); // PETSc brings MUMPS and, through libblas.so.3, OpenBLAS
    }

    @Test
    void setsTheThreadCountForItsSpanAndRestoresIt() {
        int before = BlasThreads.current();
        try (BlasThreads t = BlasThreads.use(before + 2)) {
            assertEquals(before + 2, BlasThreads.current());
        }
        assertEquals(before, BlasThreads.current());
        try (BlasThreads t = BlasThreads.use(0)) {
            assertEquals(before, BlasThreads.current(), "0 leaves the setting alone");
        }
        assertEquals(before, BlasThreads.current());
    }

    @Test
    void rejectsCountsThatAreNotOne() {
        assertThrows(IllegalArgumentException.class, () -> BlasThreads.use(-1));
        assertThrows(IllegalArgumentException.class, () -> BlasThreads.use(BlasThreads.MAX + 1));
        assertThrows(IllegalArgumentException.class,
                () -> EigenSolver.Options.defaults().withBlasThreads(-2));
    }

    /** Threads change the order of MUMPS's sums, not the answer; the setting is back to what it was after. */
    @Test
    void solvesWithTwoThreadsAgreeWithOne() {
        int[] l = {8, 8, 8};
        double[][] k = {{1.0, 1.3, 0.7}, {0.9, 1.1, 1.7}, {1.2, 0.8, 1.05}};
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix h = TestMatrices.springLattice(l, k).build(arena);
            DeflationSpace translations = DeflationSpace.translations(arena, l[0] * l[1] * l[2]);
            int before = BlasThreads.current();
            EigenResult one = new EigenSolver(EigenSolver.Options.defaults().withBlasThreads(1))
                    .lowest(h, 30, translations, arena);
            EigenResult two = new EigenSolver(EigenSolver.Options.defaults().withBlasThreads(2))
                    .lowest(h, 30, translations, arena);
            assertEquals(before, BlasThreads.current());
            double[] exact = TestMatrices.springLatticeSpectrum(l, k);
            for (int i = 0; i < 30; i++) {
                double lambda = exact[i + 3]; // after the three zero modes
                assertEquals(lambda, one.eigenvalue(i), 1e-10 * lambda);
                assertEquals(lambda, two.eigenvalue(i), 1e-10 * lambda);
            }
            assertTrue(TestMatrices.residual(h, two) < 1e-8);
        }
    }
}
