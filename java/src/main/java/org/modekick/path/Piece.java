package org.modekick.path;

import java.util.Arrays;

/**
 * One band of a path, between two minima with no minimum between them, relaxed with a climbing image.
 *
 * @param images every image, the two ends included, in path order (the climbing image among them)
 * @param energies their energies
 * @param climbing the index of the climbing image in {@code images}
 * @param converged whether the saddle reached the force tolerance: the band's climbing image, or Newton's point from
 *                  it ({@code newtonSteps} &gt; 0), which then replaces it in {@code images}
 * @param largestForce the largest NEB force (2-norm per image) the band's FIRE left
 * @param iterations FIRE iterations of the band
 * @param curvature the two lowest curvatures at the climbing image
 * @param connects whether the climbing image, pushed both ways along its negative mode, relaxes into the two
 *                 ends of this band
 * @param ranAway whether the band was stopped because its climbing image rose above the runaway level
 *                ({@link ElasticBand#runawayLevel()}); then not converged, with {@link Curvature#NONE}
 * @param newtonSteps Newton steps taken from the climbing image of a band that did not converge
 *                    ({@link NewtonSaddle}); 0 when the band converged on its own or ran away
 */
public record Piece(double[][] images, double[] energies, int climbing, boolean converged, double largestForce,
                    int iterations, Curvature curvature, boolean connects, boolean ranAway,
                    int newtonSteps) {

    public double saddleEnergy() {
        return energies[climbing];
    }

    public double[] saddle() {
        return images[climbing];
    }

    /** Converged, a first-order saddle, and connected to its ends. */
    public boolean verified() {
        return converged && curvature.firstOrderSaddle() && connects;
    }

    /**
     * The piece a finished band is: its images and energies copied, its climbing image {@code c} replaced by
     * {@code saddle}'s point.
     */
    static Piece of(ElasticBand band, int c, NewtonSaddle saddle, Curvature curvature, boolean connects) {
        double[][] images = copies(band);
        double[] energies = band.energies();
        images[c] = saddle.point().clone();
        energies[c] = saddle.energy();
        return new Piece(images, energies, c, saddle.converged(), band.largestForce(), band.iterations(), curvature,
                connects, band.ranAway(), saddle.steps());
    }

    /**
     * This piece with {@code end} (energy {@code energy}) added as its last image: an escape band, which stops where
     * its narrowing did, made the path to the end its saddle's far side descends into.
     */
    Piece endingAt(double[] end, double energy) {
        if (Arrays.equals(images[images.length - 1], end)) {
            return this; // a band that was not narrowed ends there already
        }
        double[][] more = Arrays.copyOf(images, images.length + 1);
        more[images.length] = end.clone();
        double[] es = Arrays.copyOf(energies, energies.length + 1);
        es[energies.length] = energy;
        return new Piece(more, es, climbing, converged, largestForce, iterations, curvature, connects, ranAway,
                newtonSteps);
    }

    /** A band stopped because its climbing image ran away: no saddle, no curvature, no sides. */
    static Piece ranAway(ElasticBand band) {
        return new Piece(copies(band), band.energies(), band.highest(), false, band.largestForce(), band.iterations(),
                Curvature.NONE, false, true, 0);
    }

    private static double[][] copies(ElasticBand band) {
        double[][] images = new double[band.size()][];
        for (int i = 0; i < images.length; i++) {
            images[i] = band.image(i).clone();
        }
        return images;
    }
}
