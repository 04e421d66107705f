package org.modekick.path;

/**
 * The lowest eigenpairs of a symmetric tridiagonal matrix (diagonal {@code a}, off-diagonal {@code b}), as the
 * Lanczos saddle check needs them: eigenvalues by Sturm-sequence bisection to round-off, eigenvectors by inverse
 * iteration with a pivoted tridiagonal LU. O(m) per eigenvalue and vector where the dense Jacobi solver is O(m^3)
 * per sweep: {@link Curvature} solves its tridiagonal every few Lanczos steps, and at a few hundred steps the dense
 * solves took most of a saddle check's time (seen in a profile of {@code barriers} on the harmonic N = 2000 glass).
 */
final class Tridiagonal {

    private final double[] a;
    private final double[] b;
    private final int m;
    private final double norm;

    /** {@code b[i]} couples rows i and i + 1 (at least m - 1 entries; more are ignored). */
    Tridiagonal(double[] a, double[] b) {
        this.a = a;
        this.b = b;
        this.m = a.length;
        double n = 0;
        for (int i = 0; i < m; i++) {
            n = Math.max(n, Math.abs(a[i]) + (i > 0 ? Math.abs(b[i - 1]) : 0) + (i + 1 < m ? Math.abs(b[i]) : 0));
        }
        this.norm = n;
    }

    /** How many eigenvalues lie below x (Sturm count of the LDL^T pivots of T - x). */
    private int below(double x) {
        int count = 0;
        double q = 1;
        double tiny = Double.MIN_NORMAL + Math.ulp(norm);
        for (int i = 0; i < m; i++) {
            q = a[i] - x - (i > 0 ? b[i - 1] * b[i - 1] / q : 0);
            if (q == 0) {
                q = -tiny; // a zero pivot counts as negative (LAPACK's dstebz does the same)
            }
            if (q < 0) {
                count++;
            }
        }
        return count;
    }

    /** The k-th lowest eigenvalue (k = 0 the lowest), by bisection on the Gershgorin interval to round-off. */
    double eigenvalue(int k) {
        double lo = -norm;
        double hi = norm;
        for (int it = 0; it < 200; it++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi || hi - lo <= 2 * Math.ulp(Math.max(Math.abs(lo), Math.abs(hi)))) {
                break;
            }
            if (below(mid) > k) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** A unit eigenvector of the eigenvalue {@code lambda}: three steps of inverse iteration from a fixed start. */
    double[] eigenvector(double lambda) {
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            x[i] = 1 + 0.1 * (i % 7); // deterministic, and not orthogonal to an eigenvector by a symmetry of T
        }
        normalise(x);
        if (m == 1) {
            return x;
        }
        double[] d = new double[m];
        double[] du = new double[m];
        double[] du2 = new double[m];
        double[] dl = new double[m];
        boolean[] swapped = new boolean[m];
        factor(lambda, d, du, du2, dl, swapped);
        for (int it = 0; it < 3; it++) {
            solve(x, d, du, du2, dl, swapped);
            normalise(x);
        }
        return x;
    }

    /** LU with partial pivoting of T - lambda (LAPACK's dgttrf); a zero pivot is replaced by eps |T|. */
    private void factor(double lambda, double[] d, double[] du, double[] du2, double[] dl, boolean[] swapped) {
        double tiny = Math.ulp(norm) + Double.MIN_NORMAL;
        for (int i = 0; i < m; i++) {
            d[i] = a[i] - lambda;
            if (i + 1 < m) {
                du[i] = b[i];
                dl[i] = b[i];
            }
        }
        for (int i = 0; i + 1 < m; i++) {
            if (Math.abs(d[i]) >= Math.abs(dl[i])) {
                if (d[i] == 0) {
                    d[i] = tiny;
                }
                double fact = dl[i] / d[i];
                dl[i] = fact;
                d[i + 1] -= fact * du[i];
                du2[i] = 0;
            } else {
                double fact = d[i] / dl[i];
                d[i] = dl[i];
                dl[i] = fact;
                double temp = du[i];
                du[i] = d[i + 1];
                d[i + 1] = temp - fact * d[i + 1];
                if (i + 2 < m) {
                    du2[i] = du[i + 1];
                    du[i + 1] = -fact * du[i + 1];
                }
                swapped[i] = true;
            }
        }
        if (d[m - 1] == 0) {
            d[m - 1] = tiny;
        }
    }

    /** x := (T - lambda)^-1 x from the factors (LAPACK's dgtts2). */
    private void solve(double[] x, double[] d, double[] du, double[] du2, double[] dl, boolean[] swapped) {
        for (int i = 0; i + 1 < m; i++) {
            if (swapped[i]) {
                double temp = x[i];
                x[i] = x[i + 1];
                x[i + 1] = temp - dl[i] * x[i];
            } else {
                x[i + 1] -= dl[i] * x[i];
            }
        }
        x[m - 1] /= d[m - 1];
        x[m - 2] = (x[m - 2] - du[m - 2] * x[m - 1]) / d[m - 2];
        for (int i = m - 3; i >= 0; i--) {
            x[i] = (x[i] - du[i] * x[i + 1] - du2[i] * x[i + 2]) / d[i];
        }
    }

    private static void normalise(double[] x) {
        double s = 0;
        double big = 0;
        for (double v : x) {
            big = Math.max(big, Math.abs(v));
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= big; // first to the largest entry: inverse iteration near an eigenvalue overflows otherwise
            s += x[i] * x[i];
        }
        double n = Math.sqrt(s);
        for (int i = 0; i < x.length; i++) {
            x[i] /= n;
        }
    }
}
