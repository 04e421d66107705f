package org.modekick.path;

/**
 * A plane of Gaussian wells, E(r) = sum_k A_k exp(-|r - c_k|^2 / (2 s^2)) with A_k &lt; 0: a minimum near each
 * centre and a saddle between neighbouring ones; analytic gradient and Hessian, relaxation by steepest descent
 * polished by Newton steps. A test double for bands across several minima.
 */
final class Wells implements EnergySurface {

    private final double[][] centres;
    private final double[] depths;
    private final double s2;
    private long calls;

    Wells(double[][] centres, double[] depths, double width) {
        this.centres = centres;
        this.depths = depths;
        this.s2 = width * width;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public double evaluate(double[] p, double[] force) {
        calls++;
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

    double[][] hessianAt(double[] p) {
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

    @Override
    public double relax(double[] x) {
        double[] f = new double[2];
        double step = 1e-2;
        double e = evaluate(x, f);
        for (int i = 0; i < 100_000 && Math.hypot(f[0], f[1]) > 1e-4; i++) {
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

    /** Newton on grad = 0: the stationary point nearby, of any index. */
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
