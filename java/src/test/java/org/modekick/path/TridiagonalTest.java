package org.modekick.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modekick.eigen.JacobiEigen;

/** The two lowest eigenpairs of {@link Tridiagonal} against the dense Jacobi solver, and their residuals. */
class TridiagonalTest {

    @Test
    void theLowestPairsAgreeWithTheDenseSolver() {
        SplittableRandom random = new SplittableRandom(3);
        for (int m : new int[] {1, 2, 3, 7, 50, 300}) {
            for (int trial = 0; trial < 3; trial++) {
                double[] a = new double[m];
                double[] b = new double[Math.max(m - 1, 0)];
                for (int i = 0; i < m; i++) {
                    a[i] = 10 * random.nextDouble() - 2; // some negative eigenvalues, as at a saddle
                    if (i + 1 < m) {
                        b[i] = 3 * random.nextDouble() - 1.5;
                    }
                }
                check(a, b, 1e-9);
            }
        }
    }

    @Test
    void aMatrixWithAZeroPivotAndOneWithADecoupledBlock() {
        // a[0] - lambda = 0 exactly at lambda = 0 when 0 is tried by bisection (Gershgorin interval symmetric)
        check(new double[] {0, 1, 2, 3}, new double[] {1, 1, 1}, 1e-9);
        // b = 0 splits T into blocks: still every eigenvalue, and a vector within one block
        check(new double[] {2, 1, -1, 4}, new double[] {0.5, 0, 0.3}, 1e-9);
    }

    /** Values against Jacobi to round-off of |T|; vectors parallel to Jacobi's (gap permitting) with tiny residual. */
    private static void check(double[] a, double[] b, double parallel) {
        int m = a.length;
        double[][] dense = new double[m][m];
        double norm = 0;
        for (int i = 0; i < m; i++) {
            dense[i][i] = a[i];
            if (i + 1 < m) {
                dense[i][i + 1] = b[i];
                dense[i + 1][i] = b[i];
            }
        }
        for (int i = 0; i < m; i++) {
            double r = 0;
            for (int j = 0; j < m; j++) {
                r += Math.abs(dense[i][j]);
            }
            norm = Math.max(norm, r);
        }
        JacobiEigen reference = JacobiEigen.of(dense);
        Tridiagonal t = new Tridiagonal(a, b);
        for (int k = 0; k < Math.min(2, m); k++) {
            double value = t.eigenvalue(k);
            assertEquals(reference.values()[k], value, 1e-13 * norm, "m " + m + " eigenvalue " + k);
            double[] v = t.eigenvector(value);
            double residual = 0;
            double dot = 0;
            for (int i = 0; i < m; i++) {
                double tv = a[i] * v[i] + (i > 0 ? b[i - 1] * v[i - 1] : 0) + (i + 1 < m ? b[i] * v[i + 1] : 0);
                residual = Math.max(residual, Math.abs(tv - value * v[i]));
                dot += v[i] * reference.vectors()[k][i];
            }
            assertTrue(residual < 1e-12 * norm, "m " + m + " residual " + residual);
            double gap = Math.abs(reference.values()[k] - reference.values()[k == 0 && m > 1 ? 1 : Math.max(k - 1, 0)]);
            if (m == 1 || gap > 1e-6 * norm) {
                assertEquals(1, Math.abs(dot), parallel, "m " + m + " vector " + k);
            }
        }
    }
}
