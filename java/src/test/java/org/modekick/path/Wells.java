package org.modekick.path;

/**
 * A plane of Gaussian wells, E(r) = sum_k A_k exp(-|r - c_k|^2 / (2 s^2)) with A_k &lt; 0: a minimum near each
 * centre and a saddle between neighbouring ones; analytic gradient and Hessian, relaxation as
 * {@link PlaneSurface}'s. A test double for bands across several minima.
 */
final class Wells extends PlaneSurface {

    private final double[][] centres;
    private final double[] depths;
    private final double s2;

    Wells(double[][] centres, double[] depths, double width) {
        super(1e-2, 1e-4);
        this.centres = centres;
        this.depths = depths;
        this.s2 = width * width;
    }

    @Override
    double energy(double[] p, double[] force) {
        double e = 0;
        force[0] = 0;
        force[1] = 0;
        for (int k = 0; k < centres.length; k++) {
            double dx = p[0] - centres[k][0];
            double dy = p[1] - centres[k][1];
            double t = depths[k] * Math.exp(-(dx * dx + dy * dy) / (2 * s2));
            e += t;
            force[0] += t * dx / s2; // -grad: grad of t is -t d / s^2
            force[1] += t * dy / s2;
        }
        return e;
    }

    @Override
    double[][] curvature(double[] p) {
        double[][] h = new double[2][2];
        for (int k = 0; k < centres.length; k++) {
            double[] d = {p[0] - centres[k][0], p[1] - centres[k][1]};
            double t = depths[k] * Math.exp(-(d[0] * d[0] + d[1] * d[1]) / (2 * s2));
            for (int a = 0; a < 2; a++) {
                for (int b = 0; b < 2; b++) {
                    h[a][b] += t * (d[a] * d[b] / (s2 * s2) - (a == b ? 1 / s2 : 0));
                }
            }
        }
        return h;
    }
}
