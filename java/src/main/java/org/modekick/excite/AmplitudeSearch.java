package org.modekick.excite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The search for A_c along one mode: the smallest A whose kick does not relax back to r0 (section
 * II.C, Fig. 2). A scan upwards from a_min by a constant factor (a logarithmic grid) finds the first
 * grid point that leaves r0, as the paper's increasing-A protocol does, on a coarser grid; bisection at
 * the geometric mean then narrows [last returning A, first leaving A] until hi / lo &lt;= 1 + precision.
 * A_c is hi, the smallest leaving A of the final bracket.
 *
 * <p>A "left" answer of {@link Probe#kick} may be provisional (a relaxation stopped early once it was
 * far from r0, which near a saddle can be wrong); a "returned" answer is always final. So before hi is
 * accepted it is confirmed ({@link Probe#confirm}: the stopped relaxation is converged). If it returns
 * after all, it becomes the new lower end, the next larger provisional top is the upper end, and the
 * bisection goes on; when no top is left the scan resumes above. Every accepted A_c is therefore a
 * converged leaving kick with a converged returning kick within the precision below it.
 *
 * <p>A kick that overlaps particles so much that the potential diverges (section II.C: "we disregarded
 * these cases") caps the range: it and every larger amplitude are disregarded, and the bisection looks
 * below it, between the largest returning kick and the smallest diverging one, for a transition. If
 * none is found to the precision, the mode diverges before it transitions.
 *
 * <p>Cost: ceil(log(A_c / a_min) / log(f)) + 1 scan trials from a_min, or about 2 from a start near A_c
 * ({@link #run(Probe, int)}), and ceil(log2(ln f / ln(1 + p))) bisection trials (8 for f = 10, p = 1e-2), plus
 * one convergence for a provisional A_c. Like any grid, the scan assumes that the outcome does not switch back
 * and forth between two grid points; {@link #verifyBelow} checks that below A_c on a fine grid.
 */
public final class AmplitudeSearch {

    /** Kicks along the mode at amplitude A and relaxes. */
    public interface Probe {
        /** The outcome of the kick at A; a leaving outcome may be provisional. */
        Outcome kick(double amplitude);

        /** The final outcome of a kick that {@link #kick} reported as leaving (relaxation converged). */
        Outcome confirm(double amplitude);
    }

    /** The end of a search. */
    public enum Kind {
        /** A kick left r0: A_c = hi. */
        LEFT,
        /** Every kick up to a_max returned. */
        NO_TRANSITION,
        /** Kicks diverge from A = hi on, and every kick below it (to the precision) returned. */
        DIVERGED,
        /** A relaxation failed, or the very first kick at a_min already left r0 (A_c below the range). */
        FAILED
    }

    /**
     * @param lo the largest returning A of the final bracket (NaN if none)
     * @param hi A_c for LEFT; the smallest diverging A for DIVERGED; NaN otherwise
     * @param kicks how many kicks the search made
     * @param overturned provisional leaving outcomes that returned when converged
     * @param reason why it failed or diverged, else empty
     * @param unverified for a verified LEFT ({@link #verifyBelow}): A_c as the search found it before the fine scan
     *     below it (equal to hi when the scan found nothing lower); NaN when not verified
     */
    public record Result(Kind kind, double lo, double hi, int kicks, int overturned, String reason,
                         double unverified) {

        Result(Kind kind, double lo, double hi, int kicks, int overturned, String reason) {
            this(kind, lo, hi, kicks, overturned, reason, Double.NaN);
        }

        /** Whether a verification moved A_c down. */
        public boolean moved() {
            return !Double.isNaN(unverified) && hi != unverified;
        }
    }

    /**
     * The most kicks one search makes: beyond it the search ends as FAILED, saying so, rather than going on (settings
     * whose nominal cost, {@link #scanKicks} + {@link #bisectionKicks}, exceeds half of it are refused up front;
     * overturned provisional decisions can add kicks).
     */
    public static final int MAX_KICKS = 200;

    /**
     * The finest relative precision: doubles resolve hi / lo - 1 only down to a few 1e-16 (below that the geometric
     * mean of the bracket is one of its ends and a bisection would never end), and the kicked positions r0 + A sqrt(N)
     * e_k of two amplitudes closer than this differ in their last bits only.
     */
    public static final double MIN_PRECISION = 1e-12;

    private final double aMin;
    private final double aMax;
    private final double factor;
    private final double precision;

    public AmplitudeSearch(double aMin, double aMax, double factor, double precision) {
        if (!(aMin > 0) || !(aMax > aMin) || !Double.isFinite(aMax)) {
            throw new IllegalArgumentException("need 0 < a_min < a_max: " + aMin + ", " + aMax);
        }
        if (!(factor > 1) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("the scan factor must be > 1: " + factor);
        }
        if (!(precision >= MIN_PRECISION) || !(precision < factor - 1)) {
            throw new IllegalArgumentException("the precision must be at least " + MIN_PRECISION
                    + " and below the scan factor - 1: " + precision);
        }
        this.aMin = aMin;
        this.aMax = aMax;
        this.factor = factor;
        this.precision = precision;
    }

    public double aMin() {
        return aMin;
    }

    public double aMax() {
        return aMax;
    }

    public double factor() {
        return factor;
    }

    public double precision() {
        return precision;
    }

    /** The scan's kicks from a_min up to a_max: ceil(ln(a_max / a_min) / ln f) + 1. */
    public static long scanKicks(double aMin, double aMax, double factor) {
        return (long) Math.ceil(Math.log(aMax / aMin) / Math.log(factor)) + 1;
    }

    /** The bisection's kicks narrowing one bracket of ratio f to 1 + p: ceil(log2(ln f / ln(1 + p))). */
    public static long bisectionKicks(double factor, double precision) {
        return (long) Math.ceil(Math.log(Math.log(factor) / Math.log1p(precision)) / Math.log(2));
    }

    /**
     * The scan's amplitudes a_min, a_min f, (a_min f) f, ..., a_max, each the product the upward scan itself forms
     * (so that a scan started at any of them meets the same brackets, bit for bit, as one from a_min).
     */
    public double[] grid() {
        List<Double> g = new ArrayList<>();
        double a = aMin;
        g.add(a);
        while (a < aMax) {
            a = Math.min(a * factor, aMax);
            g.add(a);
        }
        return g.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Runs the search from a_min; one that reaches {@link #MAX_KICKS} kicks ends as FAILED, saying so. */
    public Result run(Probe probe) {
        return run(probe, 0);
    }

    /**
     * Runs the search with the scan starting at grid point {@code start} of {@link #grid} (0: a_min). If that kick
     * leaves r0 (or diverges), the scan goes down the grid until a kick returns, then bisects between it and the
     * smallest leaving kick above; if it returns, the scan goes up as from a_min. Where the outcome is monotonic on
     * the grid, the final bracket, and so A_c, is the one of the scan from a_min, bit for bit: the kicks below
     * {@code start} that the upward scan would make and that all return are skipped.
     */
    public Result run(Probe probe, int start) {
        double[] grid = grid();
        if (start < 0 || start >= grid.length) {
            throw new IllegalArgumentException("scan start " + start + " is not a grid point 0.." + (grid.length - 1));
        }
        Budget budget = new Budget(probe);
        try {
            return new State(budget, grid, start).run();
        } catch (Budget.Spent e) {
            return new Result(Kind.FAILED, Double.NaN, Double.NaN, budget.kicks, 0, "the search made " + MAX_KICKS
                    + " kicks without narrowing A_c to the precision " + precision + " (last returning kick at A = "
                    + budget.lo + ", last leaving one at A = " + budget.hi + "): an outcome that switches back and"
                    + " forth along the mode?");
        }
    }

    /**
     * Checks a found A_c against the non-monotonic outcomes that a grid and a bisection can jump over: a fine scan
     * upwards by the factor 1 + precision from A_c / ratio to the bracket's returning end, each leaving kick confirmed.
     * The first kick that leaves, with the returning kick one step below it, is the new bracket (so A_c keeps its
     * meaning: a converged leaving kick with a converged return within the precision below); if the scan's lowest
     * kick already leaves, the scan starts again a factor {@code ratio} lower (at most down to a_min, where a leaving
     * kick ends the search as FAILED, as the search itself does). A result that is not LEFT is returned as it is; a
     * kick that fails or diverges during the scan ends the verification with the search's A_c (recorded as
     * unmoved).
     *
     * @param ratio the range of the scan, A_c / ratio up to A_c; &gt; 1 + precision
     */
    public Result verifyBelow(Result found, double ratio, Probe probe) {
        if (!(ratio > 1 + precision) || !Double.isFinite(ratio)) {
            throw new IllegalArgumentException("the verification range must exceed 1 + precision: " + ratio);
        }
        if (found.kind() != Kind.LEFT) {
            return found;
        }
        Budget budget = new Budget(probe);
        budget.kicks = found.kicks();
        try {
            return new Verification(budget, found, ratio).run();
        } catch (Budget.Spent e) {
            return new Result(Kind.FAILED, Double.NaN, Double.NaN, budget.kicks, found.overturned(), "the verification"
                    + " below A_c = " + found.hi() + " reached " + MAX_KICKS + " kicks", found.hi());
        }
    }

    /** One fine scan below a found A_c. */
    private final class Verification {
        final Budget probe;
        final Result found;
        final double ratio;
        int overturned;

        Verification(Budget probe, Result found, double ratio) {
            this.probe = probe;
            this.found = found;
            this.ratio = ratio;
            this.overturned = found.overturned();
        }

        Result run() {
            double hi = found.hi();
            double top = found.lo(); // the scan ends at the bracket's returning end (known to return)
            while (true) {
                double bottom = Math.max(hi / ratio, aMin);
                Outcome o = leaves(bottom);
                if (o == null) {
                    return unmoved();
                }
                if (o.left()) {
                    if (bottom <= aMin) {
                        return new Result(Kind.FAILED, Double.NaN, bottom, probe.kicks, overturned, "the kick at a_min = "
                                + aMin + " already leaves r0 (found verifying below A_c = " + found.hi() + "): A_c is"
                                + " below the range, lower --a-min", found.hi());
                    }
                    hi = bottom; // lower still: the next range starts a factor ratio further down
                    top = bottom;
                    continue;
                }
                double last = bottom;
                for (double a = bottom * (1 + precision); a < top; a *= 1 + precision) {
                    Outcome u = leaves(a);
                    if (u == null) {
                        return unmoved();
                    }
                    if (u.left()) {
                        return new Result(Kind.LEFT, last, a, probe.kicks, overturned, "", found.hi());
                    }
                    last = a;
                }
                if (hi == found.hi()) {
                    return unmoved();
                }
                // a lower range's scan found nothing up to its top, which left: the bracket is [last, top]
                return new Result(Kind.LEFT, last, top, probe.kicks, overturned, "", found.hi());
            }
        }

        /** The confirmed outcome at a (RETURNED or leaving), or null when the kick failed or diverged. */
        private Outcome leaves(double a) {
            Outcome o = probe.kick(a);
            if (o.left()) {
                o = probe.confirm(a);
                if (o == Outcome.RETURNED) {
                    overturned++;
                }
            }
            return o == Outcome.RETURNED || o.left() ? o : null;
        }

        private Result unmoved() {
            return new Result(Kind.LEFT, found.lo(), found.hi(), probe.kicks, overturned, "", found.hi());
        }
    }

    /** The probe, counted: the search's kicks end at {@link #MAX_KICKS}, whatever the search does. */
    private static final class Budget implements Probe {
        static final class Spent extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Spent() {
                super(null, null, false, false);
            }
        }

        final Probe probe;
        int kicks;
        double lo = Double.NaN;
        double hi = Double.NaN;

        Budget(Probe probe) {
            this.probe = probe;
        }

        @Override
        public Outcome kick(double amplitude) {
            if (kicks >= MAX_KICKS) {
                throw new Spent();
            }
            kicks++;
            Outcome o = probe.kick(amplitude);
            if (o == Outcome.RETURNED) {
                lo = amplitude;
            } else if (o.left()) {
                hi = amplitude;
            }
            return o;
        }

        @Override
        public Outcome confirm(double amplitude) {
            return probe.confirm(amplitude);
        }
    }

    /** One search's bookkeeping. */
    private final class State {
        final Probe probe;
        final Deque<Double> tops = new ArrayDeque<>(); // provisional leaving amplitudes, smallest first
        double lo = Double.NaN; // the largest returning amplitude
        double cap = Double.POSITIVE_INFINITY; // the smallest diverging amplitude
        final double[] grid;
        int down; // the grid point of the last kick while scanning down (no kick has returned yet)
        double next; // the scan's next grid point upwards
        int kicks;
        int overturned;

        State(Probe probe, double[] grid, int start) {
            this.probe = probe;
            this.grid = grid;
            this.down = start + 1;
            this.next = grid[start];
        }

        Result run() {
            boolean first = true;
            while (true) {
                double a;
                if (first) {
                    a = next;
                    down--;
                    first = false;
                } else if (down > 0 && Double.isNaN(lo)) {
                    a = grid[--down]; // the kicks so far left r0 or diverged: one grid point lower
                } else if (!tops.isEmpty()) {
                    double top = tops.peek();
                    if (!Double.isNaN(lo) && top / lo > 1 + precision) {
                        a = Math.sqrt(lo * top);
                    } else {
                        Result end = confirm(top);
                        if (end != null) {
                            return end;
                        }
                        continue;
                    }
                } else if (Double.isInfinite(cap)) {
                    a = next; // scanning upwards
                } else if (Double.isNaN(lo)) {
                    return diverged("the kick at a_min = " + aMin + " already diverges");
                } else if (cap / lo > 1 + precision) {
                    a = Math.sqrt(lo * cap); // below the first diverging kick: is there a transition before it?
                } else {
                    return diverged("every kick returns up to A = " + lo + "; the kick at " + cap
                            + " makes the potential diverge");
                }
                Outcome o = probe.kick(a);
                kicks++;
                switch (o) {
                    case FAILED -> {
                        return new Result(Kind.FAILED, lo, Double.NaN, kicks, overturned,
                                "FIRE did not converge at A = " + a);
                    }
                    case DIVERGED -> {
                        // kicks at and beyond a diverging amplitude are disregarded (section II.C)
                        cap = Math.min(cap, a);
                        tops.removeIf(t -> t >= cap);
                    }
                    case RETURNED -> {
                        lo = a;
                        if (tops.isEmpty() && Double.isInfinite(cap)) {
                            if (a >= aMax) {
                                return new Result(Kind.NO_TRANSITION, lo, Double.NaN, kicks, overturned, "");
                            }
                            next = Math.min(a * factor, aMax);
                        }
                    }
                    default -> tops.push(a); // left r0, possibly provisionally
                }
            }
        }

        /** Confirms the smallest top: accepted, or overturned (it becomes the lower end). */
        private Result confirm(double top) {
            Outcome o = probe.confirm(top);
            if (o == Outcome.FAILED) {
                return new Result(Kind.FAILED, lo, Double.NaN, kicks, overturned, "FIRE did not converge at A = " + top);
            }
            if (o.left()) {
                if (Double.isNaN(lo)) {
                    return new Result(Kind.FAILED, Double.NaN, top, kicks, overturned, "the kick at a_min = " + aMin
                            + " already leaves r0: A_c is below the range, lower --a-min");
                }
                return new Result(Kind.LEFT, lo, top, kicks, overturned, "");
            }
            tops.pop();
            lo = top;
            overturned++;
            if (tops.isEmpty() && Double.isInfinite(cap)) {
                if (lo >= aMax) {
                    return new Result(Kind.NO_TRANSITION, lo, Double.NaN, kicks, overturned, "");
                }
                next = Math.min(lo * factor, aMax);
            }
            return null;
        }

        private Result diverged(String reason) {
            return new Result(Kind.DIVERGED, lo, cap, kicks, overturned, reason);
        }
    }
}
