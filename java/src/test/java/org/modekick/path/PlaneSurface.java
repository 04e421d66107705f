package org.modekick.path;

/**
 * What the analytic test surfaces of the plane share: the force-call count, the Hessian as an operator,
 * relaxation by steepest descent with a backtracking step polished by Newton steps to machine precision, and
 * minima told apart by distance. A subclass gives the energy with its force and the 2 x 2 Hessian.
 */
abstract class PlaneSurface implements EnergySurface {

    private final double firstStep;
    private final double descentForce;
    private long calls;

    /**
     * @param firstStep the steepest descent's first step (grown by 1.2 on success, halved on failure)
     * @param descentForce the force below which the descent hands over to Newton
     */
    PlaneSurface(double firstStep, double descentForce) {
        this.firstStep = firstStep;
        this.descentForce = descentForce;
    }

    /** The energy at {@code p}, with -grad written to {@code force}. */
    abstract double energy(double[] p, double[] force);

    /** The Hessian at {@code p}. */
    abstract double[][] curvature(double[] p);

    @Override
    public final int dimension() {
        return 2;
    }

    @Override
    public final double evaluate(double[] p, double[] force) {
        calls++;
        return energy(p, force);
    }

    @Override
    public final void difference(double[] a, double[] b, double[] out) {
        out[0] = b[0] - a[0];
        out[1] = b[1] - a[1];
    }

    @Override
    public final Operator hessian(double[] x) {
        double[][] h = curvature(x);
        return (v, y) -> {
            y[0] = h[0][0] * v[0] + h[0][1] * v[1];
            y[1] = h[1][0] * v[0] + h[1][1] * v[1];
        };
    }

    @Override
    public final double[][] flatDirections() {
        return new double[0][];
    }

    @Override
    public final double relax(double[] x) {
        double[] f = new double[2];
        double step = firstStep;
        double e = evaluate(x, f);
        for (int i = 0; i < 100_000 && Math.hypot(f[0], f[1]) > descentForce; i++) {
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
    final double newton(double[] x) {
        double[] f = new double[2];
        for (int i = 0; i < 50; i++) {
            evaluate(x, f);
            double[][] h = curvature(x);
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
    public final boolean sameMinimum(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]) < 1e-6;
    }

    @Override
    public final long forceCalls() {
        return calls;
    }
}
