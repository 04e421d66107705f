package org.modekick.path;

/**
 * MINRES (Paige &amp; Saunders, SIAM J. Numer. Anal. 12, 617, 1975) for A x = b with A symmetric and maybe
 * indefinite, as at a saddle, where conjugate gradients may break down. Only products A v are needed. The flat
 * directions are projected out of b and of every product, so that a singular A (rigid translations) with b
 * orthogonal to its null space is solved in the complement; started from x = 0, the iterates stay in the Krylov
 * space of b, so directions where A vanishes (a particle with no contact) get no component.
 */
final class Minres {

    private Minres() {}

    /**
     * The solution x of A x = b to relative residual {@code tolerance} (|b - A x| &lt;= tolerance |b|), or the last
     * iterate after {@code maxSteps} products.
     */
    static double[] solve(EnergySurface.Operator a, double[] b, double[][] flat, double tolerance, int maxSteps) {
        int n = b.length;
        double[] r1 = b.clone();
        ElasticBand.project(r1, flat);
        double[] r2 = r1.clone();
        double[] y = r1.clone();
        double[] x = new double[n];
        double[] w = new double[n];
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        double[] v = new double[n];
        double beta1 = ElasticBand.norm(r1);
        if (!(beta1 > 0)) {
            return x;
        }
        double oldb = 0;
        double beta = beta1;
        double dbar = 0;
        double epsln = 0;
        double phibar = beta1;
        double cs = -1;
        double sn = 0;
        for (int step = 1; step <= maxSteps && phibar > tolerance * beta1; step++) {
            double s = 1 / beta;
            for (int j = 0; j < n; j++) {
                v[j] = s * y[j];
            }
            a.apply(v, y);
            ElasticBand.project(y, flat);
            if (step >= 2) {
                double c = beta / oldb;
                for (int j = 0; j < n; j++) {
                    y[j] -= c * r1[j];
                }
            }
            double alfa = ElasticBand.dot(v, y);
            double c = alfa / beta;
            for (int j = 0; j < n; j++) {
                y[j] -= c * r2[j];
            }
            double[] t = r1;
            r1 = r2;
            r2 = t;
            System.arraycopy(y, 0, r2, 0, n);
            oldb = beta;
            beta = ElasticBand.norm(r2);
            double oldeps = epsln;
            double delta = cs * dbar + sn * alfa;
            double gbar = sn * dbar - cs * alfa;
            epsln = sn * beta;
            dbar = -cs * beta;
            double gamma = Math.max(Math.hypot(gbar, beta), Double.MIN_NORMAL);
            cs = gbar / gamma;
            sn = beta / gamma;
            double phi = cs * phibar;
            phibar = sn * phibar;
            double[] old = w1;
            w1 = w2;
            w2 = w;
            w = old;
            for (int j = 0; j < n; j++) {
                w[j] = (v[j] - oldeps * w1[j] - delta * w2[j]) / gamma;
                x[j] += phi * w[j];
            }
            if (!(beta > 0)) {
                break; // the Krylov space is exhausted: x solves the system in it
            }
        }
        return x;
    }
}
