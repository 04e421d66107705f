package org.modekick.path;

/**
 * Where a band's saddle (its climbing image, or Newton's point from it) goes when pushed a tenth of the way to the
 * climbing image's nearer neighbour image along +-mode and relaxed: the two minima the saddle joins.
 */
record Sides(double[] plus, double[] minus) {

    static Sides of(EnergySurface surface, ElasticBand band, int c, double[] saddle, double[] mode) {
        int dim = surface.dimension();
        double step = 0.1 * band.shorterSegment(c);
        double[] plus = saddle.clone();
        double[] minus = saddle.clone();
        for (int j = 0; j < dim; j++) {
            plus[j] += step * mode[j];
            minus[j] -= step * mode[j];
        }
        // a side the surface refuses to relax (NaN) joins no minimum
        return new Sides(Double.isNaN(surface.relax(plus)) ? null : plus,
                Double.isNaN(surface.relax(minus)) ? null : minus);
    }

    /** One side reaches start, the other end. */
    boolean connect(EnergySurface surface, double[] start, double[] end) {
        return plus != null && minus != null
                && ((surface.sameMinimum(plus, start) && surface.sameMinimum(minus, end))
                || (surface.sameMinimum(plus, end) && surface.sameMinimum(minus, start)));
    }

    /** One side relaxes into {@code start}, the other into another minimum: a saddle out of start's basin. */
    boolean leave(EnergySurface surface, double[] start) {
        return plus != null && minus != null
                && (surface.sameMinimum(plus, start) != surface.sameMinimum(minus, start));
    }

    /**
     * A side that is neither end, or null: a third minimum the saddle joins. When both are, the one nearer
     * start (the path start - first - second - end is then split at first, and its pieces split again).
     */
    double[] third(EnergySurface surface, double[] start, double[] end) {
        boolean plusThird = isThird(surface, plus, start, end);
        boolean minusThird = isThird(surface, minus, start, end);
        if (plusThird && minusThird) {
            if (surface.sameMinimum(plus, minus)) {
                return plus; // both sides fell back into one minimum: the climbing image sits on no saddle
            }
            return distance(surface, start, plus) <= distance(surface, start, minus) ? plus : minus;
        }
        return plusThird ? plus : minusThird ? minus : null;
    }

    private static boolean isThird(EnergySurface surface, double[] side, double[] start, double[] end) {
        return side != null && !surface.sameMinimum(side, start) && !surface.sameMinimum(side, end);
    }

    private static double distance(EnergySurface surface, double[] a, double[] b) {
        double[] d = new double[a.length];
        surface.difference(a, b, d);
        return ElasticBand.norm(d);
    }
}
