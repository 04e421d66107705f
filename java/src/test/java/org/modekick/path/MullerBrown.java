package org.modekick.path;

/**
 * The Mueller-Brown surface (Theor. Chim. Acta 53, 75, 1979), a sum of four Gaussians in the plane with
 * three minima and two saddles; analytic gradient and Hessian, relaxation as {@link PlaneSurface}'s.
 */
final class MullerBrown extends PlaneSurface {

    private static final double[] A = {-200, -100, -170, 15};
    private static final double[] AX = {-1, -1, -6.5, 0.7};
    private static final double[] BXY = {0, 0, 11, 0.6};
    private static final double[] CY = {-10, -10, -6.5, 0.7};
    private static final double[] X0 = {1, 0, -0.5, -1};
    private static final double[] Y0 = {0, 0.5, 1.5, 1};

    MullerBrown() {
        super(1e-3, 1e-3);
    }

    static double energy(double x, double y) {
        double e = 0;
        for (int k = 0; k < 4; k++) {
            double dx = x - X0[k];
            double dy = y - Y0[k];
            e += A[k] * Math.exp(AX[k] * dx * dx + BXY[k] * dx * dy + CY[k] * dy * dy);
        }
        return e;
    }

    @Override
    double energy(double[] p, double[] force) {
        double e = 0;
        double gx = 0;
        double gy = 0;
        for (int k = 0; k < 4; k++) {
            double dx = p[0] - X0[k];
            double dy = p[1] - Y0[k];
            double t = A[k] * Math.exp(AX[k] * dx * dx + BXY[k] * dx * dy + CY[k] * dy * dy);
            e += t;
            gx += t * (2 * AX[k] * dx + BXY[k] * dy);
            gy += t * (BXY[k] * dx + 2 * CY[k] * dy);
        }
        force[0] = -gx;
        force[1] = -gy;
        return e;
    }

    static double[][] hessianAt(double[] p) {
        double[][] h = new double[2][2];
        for (int k = 0; k < 4; k++) {
            double dx = p[0] - X0[k];
            double dy = p[1] - Y0[k];
            double t = A[k] * Math.exp(AX[k] * dx * dx + BXY[k] * dx * dy + CY[k] * dy * dy);
            double ux = 2 * AX[k] * dx + BXY[k] * dy;
            double uy = BXY[k] * dx + 2 * CY[k] * dy;
            h[0][0] += t * (ux * ux + 2 * AX[k]);
            h[0][1] += t * (ux * uy + BXY[k]);
            h[1][1] += t * (uy * uy + 2 * CY[k]);
        }
        h[1][0] = h[0][1];
        return h;
    }

    @Override
    double[][] curvature(double[] p) {
        return hessianAt(p);
    }
}
