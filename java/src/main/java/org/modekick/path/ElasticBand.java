package org.modekick.path;

import java.util.Arrays;

/**
 * A nudged elastic band between two fixed ends and its relaxation by FIRE, all images moved as one
 * vector. Image 0 and image M + 1 are the ends; the M interior images carry the NEB force
 *
 * <pre>
 *   F_i = F_true - (F_true . t) t + k (|R_i+1 - R_i| - |R_i - R_i-1|) t        (Henkelman-Jonsson, 2000)
 *   F_c = F_true - 2 (F_true . t) t                                            (climbing image c)
 * </pre>
 *
 * with the improved tangent t: toward the higher neighbour, or at an extremum of the profile the two
 * segments weighted by the energy differences, so that kinks do not form where the path curves.
 */
public final class ElasticBand {

    private static final int DELAY = 5;
    private static final double GROW = 1.1;
    private static final double SHRINK = 0.5;
    private static final double ALPHA0 = 0.1;
    private static final double ALPHA_SHRINK = 0.99;

    private final EnergySurface surface;
    private final BandSettings settings;
    private final int dim;
    /** images[0] and images[m + 1] are the ends. */
    private final double[][] images;
    private final double[] energies;
    private final double[][] trueForces;
    private final double[][] nebForces;
    private final double[][] velocities;
    private final double[] tangent;
    private final double[] ahead;
    private final double[] behind;
    private int climbing = -1;
    private int iterations;
    /** The highest energy on the straight line between the ends ({@link StraightLine}). */
    private final double ceiling;
    /** The climbing image rose above {@link #runawayLevel()}: the band was stopped. */
    private boolean runaway;
    /** Convergence asks only the climbing image's force ({@link #convergeOnTheSaddleOnly}). */
    private boolean saddleOnly;

    private ElasticBand(EnergySurface surface, BandSettings settings, double[][] images, double ceiling) {
        this.surface = surface;
        this.settings = settings;
        this.dim = surface.dimension();
        this.images = images;
        int count = images.length;
        this.energies = new double[count];
        this.trueForces = new double[count][dim];
        this.nebForces = new double[count][dim];
        this.velocities = new double[count][dim];
        this.tangent = new double[dim];
        this.ahead = new double[dim];
        this.behind = new double[dim];
        this.ceiling = ceiling;
        energies[0] = surface.evaluate(images[0], trueForces[0]);
        energies[count - 1] = surface.evaluate(images[count - 1], trueForces[count - 1]);
    }

    /**
     * A band of {@code settings.images()} images interpolated linearly between {@code start} and {@code end}
     * along the shortest displacement; image i is start + i/(M+1) (end - start), not wrapped.
     */
    public static ElasticBand interpolate(EnergySurface surface, BandSettings settings, double[] start, double[] end) {
        int m = settings.images();
        int dim = surface.dimension();
        double[] d = new double[dim];
        surface.difference(start, end, d);
        double[][] images = new double[m + 2][dim];
        for (int i = 0; i <= m + 1; i++) {
            double s = (double) i / (m + 1);
            for (int j = 0; j < dim; j++) {
                images[i][j] = start[j] + s * d[j];
            }
        }
        images[0] = start.clone();
        images[m + 1] = end.clone();
        return new ElasticBand(surface, settings, images, StraightLine.highestEnergy(surface, start, d, m + 1));
    }

    /**
     * FIRE until converged (the climbing image on) or {@code maxIterations} more steps; the highest
     * interior image climbs once {@code climb} is set. Returns whether it converged. A climbing image that
     * rises above {@link #runawayLevel()} (or to a non-finite energy) stops the band: see {@link #ranAway()}.
     */
    public boolean relax(boolean climb, int maxIterations) {
        return relax(climb, maxIterations, Integer.MAX_VALUE, () -> false);
    }

    /**
     * As {@link #relax(boolean, int)}, asking {@code interrupt} every {@code checkEvery} iterations whether to stop
     * (it must not move the band); an interrupted band is not converged. Asking changes nothing of the trajectory.
     */
    public boolean relax(boolean climb, int maxIterations, int checkEvery, java.util.function.BooleanSupplier interrupt) {
        double dt = settings.timestep();
        double dtMax = 10 * settings.timestep();
        double alpha = ALPHA0;
        int positive = 0;
        for (double[] v : velocities) {
            Arrays.fill(v, 0);
        }
        computeForces(climb);
        for (int step = 0; step < maxIterations; step++) {
            if (converged(climb)) {
                return true;
            }
            if (climbedAway(climb)) {
                return false;
            }
            if (step > 0 && step % checkEvery == 0 && interrupt.getAsBoolean()) {
                return false;
            }
            double power = 0;
            double vv = 0;
            double ff = 0;
            for (int i = 1; i < images.length - 1; i++) {
                for (int j = 0; j < dim; j++) {
                    power += nebForces[i][j] * velocities[i][j];
                    vv += velocities[i][j] * velocities[i][j];
                    ff += nebForces[i][j] * nebForces[i][j];
                }
            }
            if (power > 0) {
                double mix = ff > 0 ? alpha * Math.sqrt(vv / ff) : 0;
                for (int i = 1; i < images.length - 1; i++) {
                    for (int j = 0; j < dim; j++) {
                        velocities[i][j] = (1 - alpha) * velocities[i][j] + mix * nebForces[i][j];
                    }
                }
                if (++positive > DELAY) {
                    dt = Math.min(dt * GROW, dtMax);
                    alpha *= ALPHA_SHRINK;
                }
            } else {
                dt *= SHRINK;
                alpha = ALPHA0;
                positive = 0;
                for (double[] v : velocities) {
                    Arrays.fill(v, 0);
                }
            }
            double largest = 0;
            for (int i = 1; i < images.length - 1; i++) {
                for (int j = 0; j < dim; j++) {
                    velocities[i][j] += dt * nebForces[i][j];
                    largest = Math.max(largest, Math.abs(dt * velocities[i][j]));
                }
            }
            double scale = largest > settings.maxStep() ? settings.maxStep() / largest : 1;
            for (int i = 1; i < images.length - 1; i++) {
                for (int j = 0; j < dim; j++) {
                    images[i][j] += scale * dt * velocities[i][j];
                }
            }
            iterations++;
            computeForces(climb);
        }
        return !climbedAway(climb) && converged(climb);
    }

    /** Marks the band {@link #ranAway()} when its climbing image is above {@link #runawayLevel()} or not finite. */
    private boolean climbedAway(boolean climb) {
        if (climb && climbing > 0 && !(energies[climbing] <= runawayLevel())) {
            runaway = true;
        }
        return runaway;
    }

    /**
     * The energy above which the climbing image has run away: the straight line's highest energy plus its hump
     * above the higher end, i.e. twice as far above that end as the line ever rises. No saddle above the line's
     * maximum can be the lowest barrier between the ends (the line itself crosses lower), so the climb is on no
     * useful saddle; the margin of one hump lets a climbing image overshoot on its way to a saddle as high as the
     * line's maximum (a straight minimum-energy path). A climbing image that is no maximum of the profile (an end
     * above it) ascends along its tangent past that end, and in a glass up the repulsive walls of overlapping
     * particles without bound (LJ cascades: +2e4 after 2,000 iterations, where LAMMPS's FIRE from such a state
     * loses atoms and ends the process).
     */
    public double runawayLevel() {
        double higherEnd = Math.max(energies[0], energies[images.length - 1]);
        return ceiling + Math.max(ceiling - higherEnd, 0);
    }

    /** Whether the last relaxation was stopped because its climbing image ran away. */
    public boolean ranAway() {
        return runaway;
    }

    /**
     * From now on the band has converged when its climbing image's force is below the tolerance, whatever the other
     * images' (a band whose far end is no minimum, where the images beside it need not settle): what locates the
     * saddle, which is then checked on its own (curvature, and where its sides relax).
     */
    public void convergeOnTheSaddleOnly() {
        saddleOnly = true;
    }

    private boolean converged(boolean climb) {
        if (saddleOnly) {
            return climb && climbing > 0 && norm(nebForces[climbing]) < settings.forceTolerance();
        }
        return climb && climbing > 0 && largestForce() < settings.forceTolerance();
    }

    /** max over interior images of |F_NEB| (2-norm). */
    public double largestForce() {
        double worst = 0;
        for (int i = 1; i < images.length - 1; i++) {
            worst = Math.max(worst, norm(nebForces[i]));
        }
        return worst;
    }

    private void computeForces(boolean climb) {
        int last = images.length - 1;
        for (int i = 1; i < last; i++) {
            energies[i] = surface.evaluate(images[i], trueForces[i]);
        }
        climbing = climb ? highestInterior() : -1;
        for (int i = 1; i < last; i++) {
            tangent(i);
            double parallel = dot(trueForces[i], tangent);
            double[] f = nebForces[i];
            if (i == climbing) {
                for (int j = 0; j < dim; j++) {
                    f[j] = trueForces[i][j] - 2 * parallel * tangent[j];
                }
            } else {
                double spring = settings.spring() * (norm(ahead) - norm(behind));
                for (int j = 0; j < dim; j++) {
                    f[j] = trueForces[i][j] - parallel * tangent[j] + spring * tangent[j];
                }
            }
        }
    }

    /** The improved tangent at interior image i into {@link #tangent}; also the two segments. */
    private void tangent(int i) {
        surface.difference(images[i], images[i + 1], ahead);
        surface.difference(images[i - 1], images[i], behind);
        double up = energies[i + 1];
        double here = energies[i];
        double down = energies[i - 1];
        if (up > here && here > down) {
            System.arraycopy(ahead, 0, tangent, 0, dim);
        } else if (up < here && here < down) {
            System.arraycopy(behind, 0, tangent, 0, dim);
        } else {
            double big = Math.max(Math.abs(up - here), Math.abs(down - here));
            double small = Math.min(Math.abs(up - here), Math.abs(down - here));
            double wa = up > down ? big : small;
            double wb = up > down ? small : big;
            for (int j = 0; j < dim; j++) {
                tangent[j] = wa * ahead[j] + wb * behind[j];
            }
        }
        double n = norm(tangent);
        if (!(n > 0)) { // flat and symmetric: the plain central difference
            for (int j = 0; j < dim; j++) {
                tangent[j] = ahead[j] + behind[j];
            }
            n = norm(tangent);
        }
        for (int j = 0; j < dim; j++) {
            tangent[j] /= n;
        }
    }

    private int highestInterior() {
        int best = 1;
        for (int i = 2; i < images.length - 1; i++) {
            if (energies[i] > energies[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The interior image that is the deepest local minimum of the energy profile, deeper than
     * {@code depth} below both neighbours; -1 if none.
     */
    public int interiorMinimum(double depth) {
        int found = -1;
        double deepest = depth;
        for (int i = 1; i < images.length - 1; i++) {
            double below = Math.min(energies[i - 1], energies[i + 1]) - energies[i];
            if (below > deepest) {
                deepest = below;
                found = i;
            }
        }
        return found;
    }

    /** The current highest interior image (the climbing image once it climbs). */
    public int highest() {
        return highestInterior();
    }

    /**
     * The highest interior image when an end beside it lies higher (the profile has no interior maximum: it falls
     * from that end), else -1. Such an image, climbing, would ascend toward and past that end; the barrier lies in
     * the segment between them, and relaxing the image tells whether it already lies in a third minimum's basin.
     */
    public int belowAnEnd() {
        int h = highestInterior();
        return energies[h - 1] > energies[h] || energies[h + 1] > energies[h] ? h : -1;
    }

    /** The shorter of the two segments beside interior image {@code c} (minimum image). */
    double shorterSegment(int c) {
        surface.difference(images[c - 1], images[c], behind);
        surface.difference(images[c], images[c + 1], ahead);
        return Math.min(norm(behind), norm(ahead));
    }

    public int size() {
        return images.length;
    }

    public double[] image(int i) {
        return images[i];
    }

    public double energy(int i) {
        return energies[i];
    }

    public double[] energies() {
        return energies.clone();
    }

    /** The tangent at interior image i (a new array). */
    public double[] tangentAt(int i) {
        tangent(i);
        return tangent.clone();
    }

    public int iterations() {
        return iterations;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    /** Removes from {@code v} its components along the orthonormal {@code flat} directions. */
    static void project(double[] v, double[][] flat) {
        for (double[] f : flat) {
            double c = dot(v, f);
            for (int j = 0; j < v.length; j++) {
                v[j] -= c * f[j];
            }
        }
    }
}
