package org.modekick.path;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * The minimum-energy path between two minima as one or more climbing-image bands ({@link Piece}s),
 * split where a band finds a minimum between its ends, and its barriers: forward = highest saddle - E(start),
 * backward = highest saddle - E(end).
 *
 * @param pieces the bands from start to end; where they could not be verified, the verified ones from the start
 *               followed by a walk's escape pieces ({@link EscapeSearch#walk}) when the walk reached the end
 * @param escape the band whose saddle leads out of the start's basin: the first piece when it is verified, else
 *               the {@link EscapeSearch}'s
 * @param startEnergy E at the start
 * @param endEnergy E at the end
 * @param forceCalls force evaluations spent (FIRE of the bands, Lanczos, relaxations)
 * @param ranAway some band was stopped because its climbing image ran away ({@link ElasticBand#runawayLevel()});
 *                a walk that reached the end has replaced it in {@code pieces}
 */
public record MinimumEnergyPath(List<Piece> pieces, Piece escape, double startEnergy, double endEnergy,
                                long forceCalls, boolean ranAway) {

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

    /** The highest saddle - E(start); NaN when a piece ran away (its highest image is on no saddle). */
    public double forwardBarrier() {
        return hasSaddle() ? highest().saddleEnergy() - startEnergy : Double.NaN;
    }

    public double backwardBarrier() {
        return hasSaddle() ? highest().saddleEnergy() - endEnergy : Double.NaN;
    }

    /** No piece ran away: the highest image of each piece is (near) a saddle. */
    public boolean hasSaddle() {
        return pieces.stream().noneMatch(Piece::ranAway);
    }

    /**
     * The barrier out of the start's basin along this path: the saddle of {@link #escape} - E(start). Thermal escape
     * from the start crosses such a saddle whatever the path does after it, so it is known (when verified) also for
     * a cascade through more minima than the pieces allowed, or whose whole band ran away.
     */
    public double escapeBarrier() {
        return escape.ranAway() ? Double.NaN : escape.saddleEnergy() - startEnergy;
    }

    public boolean escapeVerified() {
        return escape.verified();
    }

    /** Every piece converged to a verified first-order saddle connected to its ends. */
    public boolean verified() {
        return pieces.stream().allMatch(Piece::verified);
    }

    public boolean converged() {
        return pieces.stream().allMatch(Piece::converged);
    }

    /** Newton steps that converged saddles of bands that did not converge ({@link NewtonSaddle}), escape's too. */
    public int newtonSteps() {
        int steps = pieces.stream().mapToInt(Piece::newtonSteps).sum();
        return escapeApart() ? steps + escape.newtonSteps() : steps;
    }

    /**
     * Whether {@link #escape} is a band of its own, not the first piece: the path's first band was not verified and
     * no walk replaced it. (Its saddle is the first piece's, the same array, when it is that piece or its walk's link
     * became the path.)
     */
    public boolean escapeApart() {
        return escape.saddle() != pieces.getFirst().saddle();
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
     * lying between two images. (3) When the profile has no interior maximum (it falls from an end, so the barrier
     * lies in the segment beside that end), the highest interior image is relaxed, and if it falls into a third
     * minimum the band is split there: only a real maximum of the profile climbs. At most
     * {@code settings.maxPieces()} pieces: a band that would need more is kept whole and is not verified; the
     * pieces are solved from the start on, so the first one, whose saddle is the escape out of the start's basin,
     * is resolved first. A band whose climbing image runs away ({@link ElasticBand#runawayLevel()}) is stopped
     * and kept unconverged, with no curvature and no relaxation from it. When some piece is not verified, a walk
     * through escape saddles ({@link EscapeSearch#walk}) goes on from the end of the verified pieces before it, and
     * if it reaches the end within the pieces allowed its links replace the pieces from there: so are the LJ glass's
     * cascades resolved, whose straight bands run away, each saddle relaxing on its two sides into the minima it
     * joins.
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
        solve(surface, settings, start, end, depth, new Budget(settings.maxPieces(), start, end), pieces);
        boolean ranAway = pieces.stream().anyMatch(Piece::ranAway);
        int prefix = 0; // the leading verified pieces, each ending at a minimum
        while (prefix < pieces.size() && pieces.get(prefix).verified()) {
            prefix++;
        }
        Piece escape = prefix > 0 ? pieces.getFirst() : null;
        if (prefix < pieces.size()) {
            List<double[]> known = new ArrayList<>(List.of(start));
            for (int p = 0; p < prefix; p++) {
                known.add(pieces.get(p).images()[pieces.get(p).images().length - 1]);
            }
            // the walk's links count among the pieces allowed
            EscapeSearch.Walk walk = EscapeSearch.walk(surface, settings, known.getLast(), end, known,
                    settings.maxPieces() - prefix);
            escape = prefix > 0 ? escape : walk.first();
            if (walk.reached()) {
                List<Piece> whole = new ArrayList<>(pieces.subList(0, prefix));
                whole.addAll(walk.links());
                pieces = whole;
            }
        }
        return new MinimumEnergyPath(pieces, escape, e0, e1, surface.forceCalls() - before, ranAway);
    }

    /**
     * How many bands the path consists of so far (finished or still to solve), against the most allowed, and the
     * minima it joins so far: a band relaxing into one of them has found no third minimum (splitting there would
     * solve a band already solved, or one going back).
     */
    private static final class Budget {
        private final int most;
        private final List<double[]> known = new ArrayList<>();
        private int bands = 1;

        Budget(int most, double[] start, double[] end) {
            this.most = most;
            known.add(start);
            known.add(end);
        }

        boolean known(EnergySurface surface, double[] minimum) {
            return known.stream().anyMatch(m -> surface.sameMinimum(m, minimum));
        }

        /** Whether one band may become two. */
        boolean canSplit() {
            return bands < most;
        }

        void split(double[] middle) {
            bands++;
            known.add(middle);
        }
    }

    private static void solve(EnergySurface surface, BandSettings settings, double[] start, double[] end,
                              double depth, Budget budget, List<Piece> out) {
        ElasticBand band = ElasticBand.interpolate(surface, settings, start, end);
        band.relax(false, settings.climbAfter());
        // rule (1): a dip of the profile; rule (3): a profile with no interior maximum, falling from an end
        Probe dip = new Probe(surface, band, budget, depth, () -> band.interiorMinimum(depth));
        Probe slope = new Probe(surface, band, budget, depth, band::belowAnEnd);
        BooleanSupplier third = () -> budget.canSplit() && (dip.third() || slope.third());
        if (third.getAsBoolean()) {
            split(surface, settings, start, dip.found(slope), end, depth, budget, out);
            return;
        }
        // a minimum between the ends may appear only as the band settles: look again every climbAfter iterations
        boolean converged = band.relax(true, settings.maxIterations() - band.iterations(),
                Math.max(1, settings.climbAfter()), third);
        if (band.ranAway()) {
            // no saddle to check, and LAMMPS's FIRE from so high a state may end the process
            out.add(Piece.ranAway(band));
            return;
        }
        if (dip.found(slope) == null && budget.canSplit()) {
            third.getAsBoolean(); // a dip, or a fall from an end, left at convergence
        }
        if (dip.found(slope) != null) {
            split(surface, settings, start, dip.found(slope), end, depth, budget, out);
            return;
        }
        int c = band.highest();
        NewtonSaddle saddle = NewtonSaddle.of(surface, band, c, converged, settings);
        Curvature curvature = Curvature.at(surface, saddle.point());
        Sides sides = Sides.of(surface, band, c, saddle.point(), curvature.mode());
        double[] other = sides.third(surface, start, end);
        if (other != null && budget.canSplit() && !budget.known(surface, other)) {
            split(surface, settings, start, other, end, depth, budget, out);
            return;
        }
        out.add(Piece.of(band, c, saddle, curvature, sides.connect(surface, start, end)));
    }

    private static void split(EnergySurface surface, BandSettings settings, double[] start, double[] middle,
                              double[] end, double depth, Budget budget, List<Piece> out) {
        budget.split(middle);
        solve(surface, settings, start, middle, depth, budget, out);
        solve(surface, settings, middle, end, depth, budget, out);
    }

    /**
     * An interior image that may lie in a third minimum's basin, as {@code choice} names it (-1: none), relaxed: a
     * third minimum (then kept in {@link #minimum}) or one the path already joins. An image relaxed once is not
     * relaxed again while it stays the one chosen and hardly moves.
     */
    private static final class Probe {
        private final EnergySurface surface;
        private final ElasticBand band;
        private final Budget budget;
        private final double depth;
        private final IntSupplier choice;
        private double[] minimum;
        private int triedImage = -1;
        private double triedEnergy = Double.NaN;

        Probe(EnergySurface surface, ElasticBand band, Budget budget, double depth, IntSupplier choice) {
            this.surface = surface;
            this.band = band;
            this.budget = budget;
            this.depth = depth;
            this.choice = choice;
        }

        boolean third() {
            int i = choice.getAsInt();
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
            if (Double.isNaN(surface.relax(m)) || budget.known(surface, m)) {
                return false;
            }
            minimum = m;
            return true;
        }

        /** This probe's third minimum, else {@code other}'s (maybe null). */
        double[] found(Probe other) {
            return minimum != null ? minimum : other.minimum;
        }
    }

}
