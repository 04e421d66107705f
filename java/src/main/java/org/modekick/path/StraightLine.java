package org.modekick.path;

/**
 * The highest energy on the straight line x(s) = start + s d, 0 &lt;= s &lt;= 1, between a band's ends: an upper
 * bound on the lowest barrier between them (a path crossing no higher exists), which tells a climbing image on a
 * real saddle from one that runs away ({@link ElasticBand#runawayLevel()}).
 */
final class StraightLine {

    /** Samples per band segment before the refinement. */
    private static final int SAMPLES_PER_SEGMENT = 4;
    /** Golden-section steps around the highest sample: the bracket shrinks 0.618^30 ~ 5e-7 of a sample spacing. */
    private static final int REFINEMENTS = 30;

    private StraightLine() {}

    /**
     * The line sampled {@value #SAMPLES_PER_SEGMENT} times per segment of a band of {@code segments} segments,
     * then the highest sample's bracket refined by golden-section search (the energy along a line is smooth
     * where it is highest, unless particles overlap: then the sampled maximum is a lower bound).
     */
    static double highestEnergy(EnergySurface surface, double[] start, double[] d, int segments) {
        int n = SAMPLES_PER_SEGMENT * segments;
        double[] force = new double[surface.dimension()];
        double[] x = new double[surface.dimension()];
        double best = Double.NEGATIVE_INFINITY;
        int at = 0;
        for (int i = 0; i <= n; i++) {
            double e = energy(surface, start, d, (double) i / n, x, force);
            if (e > best || Double.isNaN(e)) {
                best = e;
                at = i;
                if (Double.isNaN(e)) {
                    return e;
                }
            }
        }
        double lo = Math.max(0, at - 1) / (double) n;
        double hi = Math.min(n, at + 1) / (double) n;
        double g = (Math.sqrt(5) - 1) / 2;
        double a = hi - g * (hi - lo);
        double b = lo + g * (hi - lo);
        double ea = energy(surface, start, d, a, x, force);
        double eb = energy(surface, start, d, b, x, force);
        for (int i = 0; i < REFINEMENTS; i++) {
            if (ea > eb) {
                hi = b;
                b = a;
                eb = ea;
                a = hi - g * (hi - lo);
                ea = energy(surface, start, d, a, x, force);
            } else {
                lo = a;
                a = b;
                ea = eb;
                b = lo + g * (hi - lo);
                eb = energy(surface, start, d, b, x, force);
            }
        }
        return Math.max(best, Math.max(ea, eb));
    }

    private static double energy(EnergySurface surface, double[] start, double[] d, double s, double[] x,
                                 double[] force) {
        for (int j = 0; j < x.length; j++) {
            x[j] = start[j] + s * d[j];
        }
        return surface.evaluate(x, force);
    }
}
