package org.modekick.path;

/**
 * One band of a path, between two minima with no minimum between them, relaxed with a climbing image.
 *
 * @param images every image, the two ends included, in path order (the climbing image among them)
 * @param energies their energies
 * @param climbing the index of the climbing image in {@code images}
 * @param converged whether the band reached the force tolerance
 * @param largestForce the largest NEB force (2-norm per image) at the end
 * @param iterations FIRE iterations of the band
 * @param curvature the two lowest curvatures at the climbing image
 * @param connects whether the climbing image, pushed both ways along its negative mode, relaxes into the two
 *                 ends of this band
 * @param ranAway whether the band was stopped because its climbing image rose above the runaway level
 *                ({@link ElasticBand#runawayLevel()}); then not converged, with {@link Curvature#NONE}
 */
public record Piece(double[][] images, double[] energies, int climbing, boolean converged, double largestForce,
                    int iterations, Curvature curvature, boolean connects, boolean ranAway) {

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

    /** The piece a finished band is: its images and energies copied, its highest image the climbing one. */
    static Piece of(ElasticBand band, boolean converged, Curvature curvature, boolean connects) {
        double[][] images = new double[band.size()][];
        for (int i = 0; i < images.length; i++) {
            images[i] = band.image(i).clone();
        }
        return new Piece(images, band.energies(), band.highest(), converged, band.largestForce(), band.iterations(),
                curvature, connects, band.ranAway());
    }
}
