package org.modekick.path;

/**
 * The Mueller-Brown surface (Theor. Chim. Acta 53, 75, 1979), a sum of four Gaussians in the plane with
 * three minima and two saddles; analytic gradient and Hessian, a FIRE minimiser polished by Newton steps.
 */
final class MullerBrown implements EnergySurface {

    private static final double[] A = {-200, -100, -170, 15};
    private static final double[] AX = {-1, -1, -6.5, 0.7};
    private static final double[] BXY = {0, 0, 11, 0.6};
    private static final double[] CY = {-10, -10, -6.5, 0.7};
    private static final double[] X0 = {1, 0, -0.5, -1};
    private static final double[] Y0 = {0, 0.5, 1.5, 1};

    private long calls;

    @Override
    public int dimension() {
        return 2;
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
    public double evaluate(double[] p, double[] force) {
        calls++;
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
    public void difference(double[] a, double[] b, double[] out) {
        out[0] = b[0] - a[0];
        out[1] = b[1] - a[1];
    }

    @Override
    public Operator hessian(double[] x) {
        double[][] h = hessianAt(x);
        return (v, y) -> {
            y[0] = h[0][0] * v[0] + h[0][1] * v[1];
            y[1] = h[1][0] * v[0] + h[1][1] * v[1];
        };
    }

    @Override
    public double[][] flatDirections() {
        return new double[0][];
    }

    /** Steepest descent with a backtracking step, then Newton to machine precision. */
    @Override
    public double relax(double[] x) {
        double[] f = new double[2];
        double step = 1e-3;
        double e = evaluate(x, f);
        for (int i = 0; i < 100_000 && Math.hypot(f[0], f[1]) > 1e-3; i++) {
            double[] trial = {x[0] + step * f[0], x[1] + step * f[1]};
            double[] ft = new double[2];
            double et = evaluate(trial, ft);
            if (et < e) {
                x[0] = trial[0];
                x[1] = trial[1];
                f = ft;
                e = et;
                step *= 1.2;
            } else {
                step *= 0.5;
            }
        }
        return newton(x);
    }

    /** Newton iterations on grad = 0 from {@code x}: converges to the stationary point nearby, of any index. */
    double newton(double[] x) {
        double[] f = new double[2];
        for (int i = 0; i < 50; i++) {
            evaluate(x, f);
            double[][] h = hessianAt(x);
            double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
            double sx = (h[1][1] * f[0] - h[0][1] * f[1]) / det;
            double sy = (-h[1][0] * f[0] + h[0][0] * f[1]) / det;
            x[0] += sx;
            x[1] += sy;
            if (Math.hypot(sx, sy) < 1e-15) {
                break;
            }
        }
        return evaluate(x, f);
    }

    @Override
    public boolean sameMinimum(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-6;
    }

    @Override
    public long forceCalls() {
        return calls;
    }
}
