package org.modekick.path;

/**
 * How a band is built and relaxed.
 *
 * @param images images between the two ends (the ends excluded)
 * @param spring spring constant k of the parallel spring force (energy / length^2)
 * @param forceTolerance the band has converged when every image's NEB force (the climbing image's: its
 *                       true force with the parallel part reversed) has a 2-norm below it
 * @param climbAfter FIRE iterations before the highest image starts to climb (the band first finds the path)
 * @param maxIterations FIRE iterations allowed per band
 * @param timestep FIRE's initial timestep (its maximum is ten times it)
 * @param maxStep largest displacement of one coordinate in one step
 * @param maxPieces bands a path may be split into at intermediate minima
 * @param newtonSteps Newton steps allowed from the climbing image of a band that did not converge
 *                    ({@link NewtonSaddle}); 0: none
 */
public record BandSettings(int images, double spring, double forceTolerance, int climbAfter, int maxIterations,
                           double timestep, double maxStep, int maxPieces, int newtonSteps) {

    /** Newton steps allowed by default: each converges |F| by orders of magnitude near a saddle. */
    public static final int NEWTON_STEPS = 50;

    public BandSettings {
        if (images < 1 || !(spring > 0) || !(forceTolerance > 0) || climbAfter < 0 || maxIterations < 1
                || !(timestep > 0) || !(maxStep > 0) || maxPieces < 1 || newtonSteps < 0) {
            throw new IllegalArgumentException("band settings need images >= 1, spring > 0, tolerance > 0,"
                    + " climbAfter >= 0, maxIterations >= 1, timestep > 0, maxStep > 0, maxPieces >= 1,"
                    + " newtonSteps >= 0: " + this);
        }
    }

    /**
     * For the paper's glasses, by their interactions: 9 images; FIRE starting at half excite's timestep (its
     * maximum, ten times that, is then about excite's); climbing after 300 iterations; at most 8 bands (a walk's
     * links among them). The harmonic glass's energies are small (barriers ~1e-6 at N = 2000), so its springs are
     * soft (k = 0.05) and its tolerance 1e-9; LJ: k = 1, tolerance 1e-6. A force f left on the climbing image
     * misplaces its energy by about f^2 / (2 |lambda_1|), far below either barrier.
     */
    public static BandSettings defaults(boolean harmonic, double fireTimestep) {
        return harmonic ? new BandSettings(9, 0.05, 1e-9, 300, 30_000, 0.5 * fireTimestep, 0.02, 8, NEWTON_STEPS)
                : new BandSettings(9, 1.0, 1e-6, 300, 30_000, 0.5 * fireTimestep, 0.02, 8, NEWTON_STEPS);
    }

    public BandSettings withNewtonSteps(int n) {
        return new BandSettings(images, spring, forceTolerance, climbAfter, maxIterations, timestep, maxStep, maxPieces,
                n);
    }

    public BandSettings withImages(int n) {
        return new BandSettings(n, spring, forceTolerance, climbAfter, maxIterations, timestep, maxStep, maxPieces,
                newtonSteps);
    }

    public BandSettings withForceTolerance(double f) {
        return new BandSettings(images, spring, f, climbAfter, maxIterations, timestep, maxStep, maxPieces,
                newtonSteps);
    }

    public BandSettings withMaxIterations(int n) {
        return new BandSettings(images, spring, forceTolerance, climbAfter, n, timestep, maxStep, maxPieces,
                newtonSteps);
    }
}
