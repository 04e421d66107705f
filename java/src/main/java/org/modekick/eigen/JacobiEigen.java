package org.modekick.eigen;

import java.util.Arrays;
import java.util.Locale;

/**
 * Every eigenpair of a small dense symmetric matrix by cyclic Jacobi rotations: O(n^3) per sweep, accurate to
 * round-off, and independent of PETSc/SLEPc. For the tests' dense references (the NEB's Lanczos tridiagonal,
 * solved every few steps, has an O(m) solver of its own: path's Tridiagonal). A matrix that is not diagonal to round-off after
 * {@code maxSweeps} sweeps (quadratic convergence needs about ten) is a {@link NotConvergedException}, never a
 * silent answer.
 *
 * @param values ascending eigenvalues
 * @param vectors vectors[k] is the unit eigenvector of values[k]
 */
public record JacobiEigen(double[] values, double[][] vectors) {

    /** Sweeps allowed by {@link #of(double[][])}. */
    public static final int MAX_SWEEPS = 100;
    /** Converged when the squared off-diagonal sum is at most this times the squared diagonal sum. */
    static final double TOLERANCE = 1e-32;

    /** The eigenpairs of the symmetric {@code matrix} (left unchanged), in at most {@link #MAX_SWEEPS} sweeps. */
    public static JacobiEigen of(double[][] matrix) {
        return of(matrix, MAX_SWEEPS);
    }

    /** The eigenpairs of the symmetric {@code matrix} (left unchanged), in at most {@code maxSweeps} sweeps. */
    public static JacobiEigen of(double[][] matrix, int maxSweeps) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " entries, not " + n);
            }
            a[i] = matrix[i].clone();
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        double off = 0;
        double diag = 0;
        for (int sweep = 0; ; sweep++) {
            off = 0;
            diag = 0;
            for (int p = 0; p < n; p++) {
                diag += a[p][p] * a[p][p];
                for (int q = p + 1; q < n; q++) {
                    off += a[p][q] * a[p][q];
                }
            }
            if (off == 0 || off <= TOLERANCE * diag) {
                return sorted(a, v);
            }
            if (sweep == maxSweeps) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] != 0) {
                        rotate(a, v, p, q);
                    }
                }
            }
        }
        throw new NotConvergedException(String.format(Locale.ROOT, "cyclic Jacobi did not converge in %d sweep(s)"
                + " on a %d x %d matrix: off-diagonal norm %.3e against diagonal norm %.3e (tolerance %.0e relative)",
                maxSweeps, n, n, Math.sqrt(off), Math.sqrt(diag), Math.sqrt(TOLERANCE)), n, 0, new double[0]);
    }

    /** A <- J^T A J, V <- V J with J the rotation in the (p, q) plane that zeroes a_pq. */
    private static void rotate(double[][] a, double[][] v, int p, int q) {
        int n = a.length;
        double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        double t = theta == 0 ? 1 : Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
        }
        for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
        }
        for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
        }
    }

    private static JacobiEigen sorted(double[][] a, double[][] v) {
        int n = a.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(a[x][x], a[y][y]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = a[order[k]][order[k]];
            for (int i = 0; i < n; i++) {
                vectors[k][i] = v[i][order[k]];
            }
        }
        return new JacobiEigen(values, vectors);
    }
}
