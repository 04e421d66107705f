package org.modekick.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * MINRES against the exact solution on matrices built from chosen eigenpairs: indefinite (one negative eigenvalue,
 * as at a saddle, where conjugate gradients can fail), and singular with a flat direction projected out.
 */
class MinresTest {

    private static final int N = 40;

    /** Q diag(values) Q^T with Q orthonormal from Gram-Schmidt on seeded random vectors; Q's columns in q. */
    private static double[][] matrix(double[] values, double[][] q) {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                q[i][j] = random.nextDouble() - 0.5;
            }
            for (int k = 0; k < i; k++) {
                double c = ElasticBand.dot(q[i], q[k]);
                for (int j = 0; j < N; j++) {
                    q[i][j] -= c * q[k][j];
                }
            }
            double n = ElasticBand.norm(q[i]);
            for (int j = 0; j < N; j++) {
                q[i][j] /= n;
            }
        }
        double[][] a = new double[N][N];
        for (int k = 0; k < N; k++) {
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    a[i][j] += values[k] * q[k][i] * q[k][j];
                }
            }
        }
        return a;
    }

    private static EnergySurface.Operator operator(double[][] a) {
        return (v, y) -> {
            for (int i = 0; i < N; i++) {
                y[i] = ElasticBand.dot(a[i], v);
            }
        };
    }

    @Test
    void solvesAnIndefiniteSystemToTheExactSolution() {
        double[] values = new double[N];
        for (int k = 0; k < N; k++) {
            values[k] = 0.05 + k * 0.3;
        }
        values[0] = -0.02; // one negative curvature, smaller in size than the lowest positive one
        double[][] q = new double[N][N];
        double[][] a = matrix(values, q);
        // the exact solution, sum_k (q_k . b) / lambda_k q_k
        double[] b = new double[N];
        for (int j = 0; j < N; j++) {
            b[j] = Math.sin(j + 1.0);
        }
        double[] exact = new double[N];
        for (int k = 0; k < N; k++) {
            double c = ElasticBand.dot(q[k], b) / values[k];
            for (int j = 0; j < N; j++) {
                exact[j] += c * q[k][j];
            }
        }
        double[] x = Minres.solve(operator(a), b, new double[0][], 1e-12, 10 * N);
        double[] diff = new double[N];
        for (int j = 0; j < N; j++) {
            diff[j] = x[j] - exact[j];
        }
        assertTrue(ElasticBand.norm(diff) < 1e-9 * ElasticBand.norm(exact),
                "|x - exact| = " + ElasticBand.norm(diff) + " of " + ElasticBand.norm(exact));
    }

    @Test
    void aSingularSystemIsSolvedOutsideItsFlatDirection() {
        double[] values = new double[N];
        for (int k = 0; k < N; k++) {
            values[k] = k == 0 ? 0 : k == 1 ? -0.5 : k;
        }
        double[][] q = new double[N][N];
        double[][] a = matrix(values, q);
        double[][] flat = {q[0]};
        double[] b = new double[N];
        for (int j = 0; j < N; j++) {
            b[j] = Math.cos(2.0 * j) + 3 * q[0][j]; // with a component along the flat direction: projected out
        }
        double[] x = Minres.solve(operator(a), b, flat, 1e-12, 10 * N);
        assertEquals(0, ElasticBand.dot(x, q[0]), 1e-12, "nothing along the flat direction");
        double[] r = new double[N];
        operator(a).apply(x, r);
        double[] target = b.clone();
        ElasticBand.project(target, flat);
        for (int j = 0; j < N; j++) {
            r[j] -= target[j];
        }
        assertTrue(ElasticBand.norm(r) < 1e-10 * ElasticBand.norm(target), "residual " + ElasticBand.norm(r));
    }
}
