package org.modekick.path;

/**
 * A potential energy surface in {@link #dimension()} coordinates, as a band needs it: energy and force,
 * the shortest displacement between two points (minimum image in a periodic box), the Hessian at a point
 * as an operator, a local minimisation and a test of whether two minima are one. Not thread-safe: one
 * band is computed by one thread.
 */
public interface EnergySurface {

    int dimension();

    /** The energy at {@code x}; {@code force} receives -grad. */
    double evaluate(double[] x, double[] force);

    /** {@code out} = b - a, the shortest displacement (minimum image where the surface is periodic). */
    void difference(double[] a, double[] b, double[] out);

    /** The Hessian at {@code x}, as y = H v. */
    Operator hessian(double[] x);

    /** Orthonormal directions in which the energy is exactly flat everywhere (rigid translations), maybe none. */
    double[][] flatDirections();

    /**
     * Relaxes {@code x} in place to the nearest local minimum, returning its energy; or returns NaN, leaving
     * {@code x} as it was, where the state cannot be relaxed safely (particles overlapping so far that the
     * minimiser would fail).
     */
    double relax(double[] x);

    /** Whether two relaxed states are the same minimum (labels kept: a band connects labelled positions). */
    boolean sameMinimum(double[] a, double[] b);

    /** Force evaluations so far, FIRE iterations of {@link #relax} included. */
    long forceCalls();

    /** y = A v for a symmetric A. */
    interface Operator {
        void apply(double[] v, double[] y);
    }
}
