package org.modekick.path;

/**
 * The saddle of a band whose FIRE stopped short of the force tolerance, converged by Newton's method from its
 * climbing image. Where the curvature of the landscape jumps (the harmonic glass's saddles have a hundred contacts
 * within 1e-3 of sigma, each adding or dropping its stiffness as it closes or opens), FIRE on the whole band stalls
 * with NEB forces of 1e-5 to 1e-4 after 30,000 iterations; Newton's step d = H^-1 F (F = -grad, H the Hessian at the
 * point, solved by {@link Minres} because H has a negative eigenvalue there) goes to the stationary point of the
 * local quadratic model in a few steps. Each step is limited to {@code radius} (the band's resolution at its
 * climbing image) and halved until |F| decreases: d is a descent direction of |F|^2 wherever H is regular
 * (d/dt |F(x + t d)|^2 = -2 |F|^2 at t = 0). Newton finds a stationary point of any index: that it is a
 * first-order saddle joined to the band's ends is checked afterwards, as for any climbing image
 * ({@link Curvature}, {@link Sides}).
 *
 * @param point the saddle (the climbing image itself when the band converged, or when Newton did not)
 * @param energy its energy
 * @param steps Newton steps taken (0: the band converged on its own)
 * @param force |F| at {@code point} after the Newton steps (2-norm); NaN when none was taken
 * @param converged the band, or else Newton, reached the force tolerance
 */
record NewtonSaddle(double[] point, double energy, int steps, double force, boolean converged) {

    /** MINRES's relative residual: an inexact Newton step, converging linearly at this rate, which is plenty. */
    static final double SOLVE_TOLERANCE = 1e-6;
    static final int MAX_PRODUCTS = 5000;
    static final int HALVINGS = 30;

    /**
     * The saddle of {@code band}'s climbing image {@code c}: the image itself when the band {@code converged}, else
     * Newton's from it; when Newton does not reach the tolerance either, the image is kept (not converged).
     */
    static NewtonSaddle of(EnergySurface surface, ElasticBand band, int c, boolean converged, BandSettings settings) {
        if (converged || settings.newtonSteps() == 0) {
            return new NewtonSaddle(band.image(c), band.energy(c), 0, Double.NaN, converged);
        }
        NewtonSaddle n = from(surface, band.image(c), 0.5 * band.shorterSegment(c), settings.forceTolerance(),
                settings.newtonSteps());
        return n.converged ? n : new NewtonSaddle(band.image(c), band.energy(c), n.steps, n.force, false);
    }

    /** Newton's steps from {@code start} until |F| &lt; tolerance, at most {@code maxSteps}, each at most radius. */
    static NewtonSaddle from(EnergySurface surface, double[] start, double radius, double tolerance, int maxSteps) {
        int dim = surface.dimension();
        double[] x = start.clone();
        double[] f = new double[dim];
        double e = surface.evaluate(x, f);
        double norm = ElasticBand.norm(f);
        double[] trial = new double[dim];
        double[] ft = new double[dim];
        int steps = 0;
        while (!(norm < tolerance) && steps < maxSteps) {
            double[] d = Minres.solve(surface.hessian(x), f, surface.flatDirections(), SOLVE_TOLERANCE,
                    Math.min(dim, MAX_PRODUCTS));
            double length = ElasticBand.norm(d);
            double t = length > radius ? radius / length : 1;
            boolean better = false;
            for (int h = 0; h <= HALVINGS && !better; h++, t *= 0.5) {
                for (int j = 0; j < dim; j++) {
                    trial[j] = x[j] + t * d[j];
                }
                double et = surface.evaluate(trial, ft);
                double nt = ElasticBand.norm(ft);
                if (nt < (1 - 1e-4 * t) * norm) {
                    double[] swap = x;
                    x = trial;
                    trial = swap;
                    swap = f;
                    f = ft;
                    ft = swap;
                    e = et;
                    norm = nt;
                    better = true;
                }
            }
            steps++;
            if (!better) {
                break; // no step along d lowers |F|: H is no guide here
            }
        }
        return new NewtonSaddle(x, e, steps, norm, norm < tolerance);
    }
}
