package org.modekick.path;

import java.util.ArrayList;
import java.util.List;

/**
 * The minimum-energy path between two minima as one or more climbing-image bands ({@link Piece}s),
 * split where a band finds a minimum between its ends, and its barriers: forward = highest saddle - E(start),
 * backward = highest saddle - E(end).
 *
 * @param pieces the bands from start to end
 * @param startEnergy E at the start
 * @param endEnergy E at the end
 * @param forceCalls force evaluations spent (FIRE of the bands, Lanczos, relaxations)
 */
public record MinimumEnergyPath(List<Piece> pieces, double startEnergy, double endEnergy, long forceCalls) {

    public MinimumEnergyPath {
        pieces = List.copyOf(pieces);
    }

    /** The piece whose saddle is highest: the transition state of the whole path. */
    public Piece highest() {
        Piece best = pieces.getFirst();
        for (Piece p : pieces) {
            if (p.saddleEnergy() > best.saddleEnergy()) {
                best = p;
            }
        }
        return best;
    }

    public double forwardBarrier() {
        return highest().saddleEnergy() - startEnergy;
    }

    public double backwardBarrier() {
        return highest().saddleEnergy() - endEnergy;
    }

    /** Every piece converged to a verified first-order saddle connected to its ends. */
    public boolean verified() {
        return pieces.stream().allMatch(Piece::verified);
    }

    public boolean converged() {
        return pieces.stream().allMatch(Piece::converged);
    }

    public int images() {
        return pieces.stream().mapToInt(p -> p.images().length).sum() - (pieces.size() - 1);
    }

    /**
     * Finds the path from {@code start} to {@code end} (both minima of {@code surface}).
     *
     * <p>Two rules split a band where a minimum lies between its ends, each piece then finding its own saddle (the
     * path's barrier is that of the highest): (1) an interior image of the energy profile more than {@code depth}
     * below both neighbours is relaxed, and if it falls into a third minimum the band is split there; (2) the
     * climbing image, pushed both ways along its negative mode and relaxed, must fall into the two ends: if one side
     * falls into a third minimum instead, the saddle found joins that minimum, not the ends, and the band is split
     * there too. Rule (2) catches what the profile cannot show: a minimum higher than the end beside it (no dip) or
     * lying between two images. At most {@code settings.maxPieces()} pieces: a band that would need more is kept
     * whole and is not verified.
     *
     * @param depth how far below both neighbours an interior image must lie to be taken for a minimum between
     *              the ends (then relaxed, and the band split there if it is a third minimum)
     */
    public static MinimumEnergyPath find(EnergySurface surface, BandSettings settings, double[] start, double[] end,
                                         double depth) {
        long before = surface.forceCalls();
        double[] f = new double[surface.dimension()];
        double e0 = surface.evaluate(start, f);
        double e1 = surface.evaluate(end, f);
        List<Piece> pieces = new ArrayList<>();
        solve(surface, settings, start, end, depth, new Budget(settings.maxPieces()), pieces);
        return new MinimumEnergyPath(pieces, e0, e1, surface.forceCalls() - before);
    }

    /** How many bands the path consists of so far (finished or still to solve), against the most allowed. */
    private static final class Budget {
        private final int most;
        private int bands = 1;

        Budget(int most) {
            this.most = most;
        }

        /** Whether one band may become two. */
        boolean canSplit() {
            return bands < most;
        }

        void split() {
            bands++;
        }
    }

    private static void solve(EnergySurface surface, BandSettings settings, double[] start, double[] end,
                              double depth, Budget budget, List<Piece> out) {
        ElasticBand band = ElasticBand.interpolate(surface, settings, start, end);
        band.relax(false, settings.climbAfter());
        Dip dip = new Dip(surface, band, start, end, depth);
        if (budget.canSplit() && dip.third()) {
            split(surface, settings, start, dip.minimum, end, depth, budget, out);
            return;
        }
        // a minimum between the ends may appear only as the band settles: look again every climbAfter iterations
        boolean converged = band.relax(true, settings.maxIterations() - band.iterations(),
                Math.max(1, settings.climbAfter()), () -> budget.canSplit() && dip.third());
        if (dip.minimum == null && budget.canSplit()) {
            dip.third(); // a dip left at convergence
        }
        if (dip.minimum != null) {
            split(surface, settings, start, dip.minimum, end, depth, budget, out);
            return;
        }
        int c = band.highest();
        Curvature curvature = Curvature.of(surface.hessian(band.image(c)), surface.dimension(),
                surface.flatDirections(), 400);
        Sides sides = Sides.of(surface, band, c, curvature.mode());
        double[] third = sides.third(surface, start, end);
        if (third != null && budget.canSplit()) {
            split(surface, settings, start, third, end, depth, budget, out);
            return;
        }
        out.add(piece(band, converged, curvature, sides.connect(surface, start, end)));
    }

    private static void split(EnergySurface surface, BandSettings settings, double[] start, double[] middle,
                              double[] end, double depth, Budget budget, List<Piece> out) {
        budget.split();
        solve(surface, settings, start, middle, depth, budget, out);
        solve(surface, settings, middle, end, depth, budget, out);
    }

    /**
     * The band's deepest interior minimum of the energy profile, relaxed: a third minimum (then kept in
     * {@link #minimum}) or one of the ends. An image relaxed once is not relaxed again while it stays the dip.
     */
    private static final class Dip {
        private final EnergySurface surface;
        private final ElasticBand band;
        private final double[] start;
        private final double[] end;
        private final double depth;
        private double[] minimum;
        private int triedImage = -1;
        private double triedEnergy = Double.NaN;

        Dip(EnergySurface surface, ElasticBand band, double[] start, double[] end, double depth) {
            this.surface = surface;
            this.band = band;
            this.start = start;
            this.end = end;
            this.depth = depth;
        }

        boolean third() {
            int i = band.interiorMinimum(depth);
            if (i < 0) {
                return false;
            }
            // the same image, hardly moved since it relaxed into an end: no need to relax it again
            if (i == triedImage && Math.abs(band.energy(i) - triedEnergy) < depth) {
                return false;
            }
            triedImage = i;
            triedEnergy = band.energy(i);
            double[] m = band.image(i).clone();
            surface.relax(m);
            if (surface.sameMinimum(m, start) || surface.sameMinimum(m, end)) {
                return false;
            }
            minimum = m;
            return true;
        }
    }

    private static Piece piece(ElasticBand band, boolean converged, Curvature curvature, boolean connects) {
        double[][] images = new double[band.size()][];
        for (int i = 0; i < images.length; i++) {
            images[i] = band.image(i).clone();
        }
        return new Piece(images, band.energies(), band.highest(), converged, band.largestForce(), band.iterations(),
                curvature, connects);
    }

    /**
     * Where the climbing image goes when pushed a tenth of the way to its nearer neighbour image along +-mode and
     * relaxed: the two minima its saddle joins.
     */
    private record Sides(double[] plus, double[] minus) {

        static Sides of(EnergySurface surface, ElasticBand band, int c, double[] mode) {
            int dim = surface.dimension();
            double[] d = new double[dim];
            surface.difference(band.image(c - 1), band.image(c), d);
            double step = ElasticBand.norm(d);
            surface.difference(band.image(c), band.image(c + 1), d);
            step = 0.1 * Math.min(step, ElasticBand.norm(d));
            double[] plus = band.image(c).clone();
            double[] minus = band.image(c).clone();
            for (int j = 0; j < dim; j++) {
                plus[j] += step * mode[j];
                minus[j] -= step * mode[j];
            }
            surface.relax(plus);
            surface.relax(minus);
            return new Sides(plus, minus);
        }

        /** One side reaches start, the other end. */
        boolean connect(EnergySurface surface, double[] start, double[] end) {
            return (surface.sameMinimum(plus, start) && surface.sameMinimum(minus, end))
                    || (surface.sameMinimum(plus, end) && surface.sameMinimum(minus, start));
        }

        /**
         * A side that is neither end, or null: a third minimum the saddle joins. When both are, the one nearer
         * start (the path start - first - second - end is then split at first, and its pieces split again).
         */
        double[] third(EnergySurface surface, double[] start, double[] end) {
            boolean plusThird = !surface.sameMinimum(plus, start) && !surface.sameMinimum(plus, end);
            boolean minusThird = !surface.sameMinimum(minus, start) && !surface.sameMinimum(minus, end);
            if (plusThird && minusThird) {
                if (surface.sameMinimum(plus, minus)) {
                    return plus; // both sides fell back into one minimum: the climbing image sits on no saddle
                }
                return distance(surface, start, plus) <= distance(surface, start, minus) ? plus : minus;
            }
            return plusThird ? plus : minusThird ? minus : null;
        }

        private static double distance(EnergySurface surface, double[] a, double[] b) {
            double[] d = new double[a.length];
            surface.difference(a, b, d);
            return ElasticBand.norm(d);
        }
    }
}
