package org.modekick.path;

import java.util.ArrayList;
import java.util.List;

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
     * The escape band's piece and the minimum beyond its saddle.
     *
     * @param piece converged (a narrowed band: its climbing image's force below the tolerance), a first-order
     *              saddle, and {@link Piece#connects()} meaning that of its two sides one relaxes into {@code start}
     *              and the other into some other minimum
     * @param beyond that other minimum, relaxed (null when the piece is not verified)
     */
    record Escape(Piece piece, double[] beyond) {}

    /**
     * A walk from {@code from} toward {@code end} through escape saddles, for a path the bands could not resolve
     * (a cascade through more minima than the pieces allowed, or whose band ran away): the escape out of
     * {@code from}'s basin, then out of the minimum beyond it, and so on, until a saddle's far side relaxes into
     * {@code end}. Each link is a verified first-order saddle whose two sides relax into the minima it joins, so the
     * walk is a connected path from {@code from} to {@code end}; its highest saddle is a barrier between them.
     *
     * @param first the first escape (out of {@code from}'s basin), verified or not; verified, it ends at the
     *              minimum beyond its saddle
     * @param links the escape pieces, each ending at the minimum beyond its saddle (the last at {@code end})
     * @param reached the walk reached {@code end} within the links allowed, never going back to a minimum in
     *                {@code known} or one it passed
     */
    record Walk(Piece first, List<Piece> links, boolean reached) {}

    /** The walk of at most {@code most} (&gt;= 1) links, never back to a minimum of {@code known}. */
    static Walk walk(EnergySurface surface, BandSettings settings, double[] from, double[] end, List<double[]> known,
                     int most) {
        List<Piece> links = new ArrayList<>();
        List<double[]> seen = new ArrayList<>(known);
        double[] force = new double[surface.dimension()];
        double[] here = from;
        Piece first = null;
        for (int link = 0; link < most; link++) {
            Escape e = find(surface, settings, here, end);
            if (!e.piece().verified()) {
                first = first == null ? e.piece() : first;
                break;
            }
            double[] beyond = e.beyond();
            if (surface.sameMinimum(beyond, end)) {
                links.add(e.piece().endingAt(end, surface.evaluate(end, force)));
                return new Walk(first == null ? links.getFirst() : first, links, true);
            }
            // the first escape, verified, ends at the minimum beyond its saddle, whatever the walk does after it
            Piece next = e.piece().endingAt(beyond, surface.evaluate(beyond, force));
            first = first == null ? next : first;
            if (seen.stream().anyMatch(m -> surface.sameMinimum(m, beyond))) {
                break; // back to a minimum the path already passed
            }
            links.add(next);
            seen.add(beyond);
            here = beyond;
        }
        return new Walk(first, links, false);
    }

    static Escape find(EnergySurface surface, BandSettings settings, double[] start, double[] end) {
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
            return new Escape(Piece.ranAway(band), null);
        }
        int c = band.highest();
        NewtonSaddle saddle = NewtonSaddle.of(surface, band, c, converged, settings);
        Curvature curvature = Curvature.at(surface, saddle.point());
        Sides sides = Sides.of(surface, band, c, saddle.point(), curvature.mode());
        boolean leave = sides.leave(surface, start);
        return new Escape(Piece.of(band, c, saddle, curvature, leave),
                !leave ? null : surface.sameMinimum(sides.plus(), start) ? sides.minus() : sides.plus());
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
