package org.modekick.path;

/**
 * The saddle by which a path leaves its start's basin, for paths whose first band is not verified (a cascade
 * through more minima than the bands allowed, a band that ran away): the band from the start is narrowed to the
 * segment up to its first image that lies below the start's energy and relaxes out of the start's basin (below
 * E(start), so that the shorter band's profile has an interior maximum to climb to), and its climbing image is
 * checked as a saddle that joins the start to another minimum. Thermal escape from the start crosses such a saddle
 * whatever the path does after it.
 *
 * <p>Why narrowing: in the LJ glass's cascades (|dr| ~ 7, 300+ particles) the straight band's first image already
 * lies in the final state's basin (the barrier inside its first tenth), so no interior image of the band is a
 * maximum of its profile; a band over that first segment, and again over its own first segment, resolves the
 * crossing with all its images.
 */
final class EscapeSearch {

    /** Bands over ever shorter segments beside the start, each 1/(M+1) of the one before at most. */
    static final int NARROWINGS = 3;

    private EscapeSearch() {}

    /**
     * The escape band's piece: converged (a narrowed band: its climbing image's force below the tolerance), a
     * first-order saddle, and {@link Piece#connects()} meaning that of its two sides one relaxes into
     * {@code start} and the other into some other minimum.
     */
    static Piece find(EnergySurface surface, BandSettings settings, double[] start, double[] end) {
        double[] to = end;
        ElasticBand band = null;
        for (int round = 0; round <= NARROWINGS; round++) {
            band = ElasticBand.interpolate(surface, settings, start, to);
            band.relax(false, settings.climbAfter());
            int out = firstOutside(surface, band, start);
            if (out < 0 || round == NARROWINGS) {
                break; // no image below E(start) outside its basin: the crossing lies beyond the last one
            }
            to = band.image(out).clone();
        }
        if (to != end) {
            band.convergeOnTheSaddleOnly(); // its far end is no minimum
        }
        boolean converged = band.relax(true, settings.maxIterations() - band.iterations());
        if (band.ranAway()) {
            return Piece.ranAway(band);
        }
        int c = band.highest();
        NewtonSaddle saddle = NewtonSaddle.of(surface, band, c, converged, settings);
        Curvature curvature = Curvature.at(surface, saddle.point());
        Sides sides = Sides.of(surface, band, c, saddle.point(), curvature.mode());
        return Piece.of(band, c, saddle, curvature, sides.leave(surface, start));
    }

    /**
     * The first interior image, from the start on, below E(start) that relaxes out of the start's basin; -1 if none.
     * Images above E(start) are not relaxed (a band ending at one could have no interior maximum).
     */
    private static int firstOutside(EnergySurface surface, ElasticBand band, double[] start) {
        for (int i = 1; i < band.size() - 1; i++) {
            if (!(band.energy(i) < band.energy(0))) {
                continue;
            }
            double[] x = band.image(i).clone();
            double e = surface.relax(x);
            if (!Double.isNaN(e) && !surface.sameMinimum(x, start)) {
                return i;
            }
        }
        return -1;
    }
}
