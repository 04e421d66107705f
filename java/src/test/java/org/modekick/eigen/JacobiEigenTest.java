package org.modekick.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The dense Jacobi solver: eigenpairs to round-off, and a clear failure when it runs out of sweeps. */
class JacobiEigenTest {

    private static double[][] randomSymmetric(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                a[i][j] = a[j][i] = random.nextDouble(-1, 1);
            }
        }
        return a;
    }

    @Test
    void everyPairSatisfiesAvEqualsLambdaVAndTheVectorsAreOrthonormal() {
        int n = 12;
        double[][] a = randomSymmetric(n, 7);
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            copy[i] = a[i].clone();
        }
        JacobiEigen e = JacobiEigen.of(a);
        double trace = 0;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            trace += a[k][k];
            sum += e.values()[k];
            if (k > 0) {
                assertTrue(e.values()[k - 1] <= e.values()[k], "ascending");
            }
            double[] v = e.vectors()[k];
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) {
                    av += a[i][j] * v[j];
                }
                assertEquals(e.values()[k] * v[i], av, 1e-13, "row " + i + " of A v = lambda v, k = " + k);
            }
            for (int l = 0; l < n; l++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += v[i] * e.vectors()[l][i];
                }
                assertEquals(k == l ? 1 : 0, dot, 1e-14, "v_" + k + " . v_" + l);
            }
        }
        assertEquals(trace, sum, 1e-13);
        for (int i = 0; i < n; i++) {
            assertEquals(java.util.Arrays.toString(copy[i]), java.util.Arrays.toString(a[i]), "input left unchanged");
        }
    }

    @Test
    void aMatrixNotDiagonalAfterTheAllowedSweepsThrowsNamingThem() {
        double[][] a = randomSymmetric(10, 3);
        NotConvergedException e = assertThrows(NotConvergedException.class, () -> JacobiEigen.of(a, 1));
        assertTrue(e.getMessage().contains("did not converge in 1 sweep(s) on a 10 x 10 matrix"), e.getMessage());
        assertEquals(10, e.requested());
        // the same matrix converges well inside the default allowance (quadratic convergence)
        assertEquals(10, JacobiEigen.of(a, 15).values().length);
        assertThrows(NotConvergedException.class, () -> JacobiEigen.of(new double[][] {{1, Double.NaN}, {Double.NaN, 2}}));
    }

    @Test
    void aDiagonalMatrixNeedsNoSweep() {
        JacobiEigen e = JacobiEigen.of(new double[][] {{3, 0, 0}, {0, -1, 0}, {0, 0, 2}}, 0);
        assertEquals(-1, e.values()[0]);
        assertEquals(2, e.values()[1]);
        assertEquals(3, e.values()[2]);
        assertEquals(1, e.vectors()[0][1]);
    }
}
