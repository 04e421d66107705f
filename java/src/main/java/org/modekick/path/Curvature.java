package org.modekick.path;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The two lowest curvatures of a Hessian outside its flat directions, by Lanczos with full
 * reorthogonalisation from a seeded random start (so a given point gives the same numbers every time).
 * A first-order saddle has exactly one negative curvature: {@link #lowest} &lt; 0 &lt; {@link #second}.
 * Each Ritz value is converged to {@code tolerance} relative to the largest one (the residual bound
 * |beta_m s_m|, which is the distance to a true eigenvalue).
 *
 * @param lowest the lowest eigenvalue
 * @param second the next one
 * @param mode the lowest eigenvector (unit)
 * @param residual the larger of the two Ritz residual bounds
 * @param steps Lanczos steps
 */
public record Curvature(double lowest, double second, double[] mode, double residual, int steps) {

    /** Not computed (a band stopped before its climbing image reached a saddle): no saddle of any order. */
    public static final Curvature NONE = new Curvature(Double.NaN, Double.NaN, new double[0], Double.NaN, 0);

    /** Relative residual at which a Ritz value counts as converged. */
    public static final double TOLERANCE = 1e-8;

    /** Exactly one curvature below zero, the next above it, both converged. */
    public boolean firstOrderSaddle() {
        return lowest < -residual && second > residual;
    }

    /** Lanczos steps allowed at a climbing image. */
    static final int CLIMBING_IMAGE_STEPS = 400;

    /** The curvatures of {@code surface} at {@code x}, outside its flat directions. */
    static Curvature at(EnergySurface surface, double[] x) {
        return of(surface.hessian(x), surface.dimension(), surface.flatDirections(), CLIMBING_IMAGE_STEPS);
    }

    public static Curvature of(EnergySurface.Operator h, int dim, double[][] flat, int maxSteps) {
        int limit = Math.min(maxSteps, dim - flat.length);
        SplittableRandom random = new SplittableRandom(12);
        double[] q = new double[dim];
        for (int j = 0; j < dim; j++) {
            q[j] = random.nextDouble() - 0.5;
        }
        ElasticBand.project(q, flat);
        scale(q, 1 / ElasticBand.norm(q));
        List<double[]> basis = new ArrayList<>();
        List<Double> alphas = new ArrayList<>();
        List<Double> betas = new ArrayList<>();
        double[] w = new double[dim];
        Curvature last = null;
        for (int step = 1; step <= limit; step++) {
            basis.add(q);
            h.apply(q, w);
            ElasticBand.project(w, flat);
            double alpha = ElasticBand.dot(w, q);
            alphas.add(alpha);
            // full reorthogonalisation (twice is enough), which keeps Lanczos from inventing ghost copies
            for (int pass = 0; pass < 2; pass++) {
                for (double[] b : basis) {
                    double c = ElasticBand.dot(w, b);
                    for (int j = 0; j < dim; j++) {
                        w[j] -= c * b[j];
                    }
                }
            }
            // and out of the flat directions once more: when the Krylov space is nearly exhausted (a symmetric
            // saddle, e.g. a crystal's vacancy hop, has few distinct curvatures) beta is tiny and w / beta would
            // magnify the rounding left in the translations into a spurious zero curvature
            ElasticBand.project(w, flat);
            double beta = ElasticBand.norm(w);
            if (step >= 2 && (step % 5 == 0 || step == limit || beta < 1e-300)) {
                last = ritz(alphas, betas, beta, basis, dim, step);
                double scaleOf = Math.max(Math.abs(last.lowest), Math.abs(last.second));
                double top = largestRitz(alphas, betas);
                if (last.residual <= TOLERANCE * Math.max(top, scaleOf)) {
                    return last;
                }
            }
            if (beta < 1e-300) {
                break;
            }
            betas.add(beta);
            q = w.clone();
            scale(q, 1 / beta);
        }
        if (last == null) {
            last = ritz(alphas, betas, 0, basis, dim, alphas.size());
        }
        return last;
    }

    private static Curvature ritz(List<Double> alphas, List<Double> betas, double beta, List<double[]> basis,
                                  int dim, int steps) {
        int m = alphas.size();
        double[] diagonal = new double[m];
        double[] off = new double[Math.max(m - 1, 0)];
        for (int i = 0; i < m; i++) {
            diagonal[i] = alphas.get(i);
            if (i + 1 < m) {
                off[i] = betas.get(i);
            }
        }
        // the two lowest Ritz pairs only, in O(m) each (a dense solve of T every few steps was O(m^3))
        Tridiagonal t = new Tridiagonal(diagonal, off);
        double value0 = t.eigenvalue(0);
        double value1 = m > 1 ? t.eigenvalue(1) : Double.NaN;
        double[] lowest = t.eigenvector(value0);
        double[] second = m > 1 ? t.eigenvector(value1) : lowest;
        double[] mode = new double[dim];
        for (int i = 0; i < m; i++) {
            double c = lowest[i];
            double[] v = basis.get(i);
            for (int j = 0; j < dim; j++) {
                mode[j] += c * v[j];
            }
        }
        scale(mode, 1 / ElasticBand.norm(mode));
        double residual = Math.max(Math.abs(beta * lowest[m - 1]), Math.abs(beta * second[m - 1]));
        return new Curvature(value0, value1, mode, residual, steps);
    }

    private static double largestRitz(List<Double> alphas, List<Double> betas) {
        double top = 0;
        for (int i = 0; i < alphas.size(); i++) {
            double r = Math.abs(alphas.get(i)) + (i < betas.size() ? betas.get(i) : 0) + (i > 0 ? betas.get(i - 1) : 0);
            top = Math.max(top, r);
        }
        return top;
    }

    private static void scale(double[] v, double s) {
        for (int j = 0; j < v.length; j++) {
            v[j] *= s;
        }
    }
}
