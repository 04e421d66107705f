package org.modekick.store;

import java.util.List;

/**
 * One distinct transition's minimum-energy path as barriers.csv and paths/path-ID.json record it.
 *
 * @param id the transition id of excitations.csv
 * @param representative the lowest k that reaches it (whose final state the band ends at)
 * @param modes every k that reaches it
 * @param forward highest saddle - Phi0
 * @param backward highest saddle - Phi1
 * @param saddleDistance |r_saddle - r0| (minimum image, rigid translation removed)
 * @param saddleParticipation the participation ratio, Eq. (4), of r_saddle - r0
 * @param images images of the whole path, the ends included
 * @param pieces bands it was split into at intermediate minima (or the links of a walk through escape saddles)
 * @param forceCalls force evaluations (band FIRE, Lanczos's Hessian is analytic, relaxations' FIRE iterations)
 * @param seconds wall time of this transition
 * @param lowestCurvature the lowest Hessian eigenvalue at the highest saddle
 * @param secondCurvature the next one
 * @param largestForce the largest NEB force left on any image of any band
 * @param converged every band's saddle reached the force tolerance (its climbing image, or Newton's point from it)
 * @param firstOrderSaddle every band's climbing image has exactly one negative curvature
 * @param connects every climbing image relaxes, pushed along its negative mode, into its band's two ends
 * @param escape the barrier out of r0's basin along the path: the first band's saddle - Phi0 when that band is
 *               verified, else the escape search's (a band narrowed to where the path leaves r0's basin)
 * @param escapeVerified that saddle converged, of first order, and relaxing into r0 on one side and into another
 *                       minimum on the other
 * @param ranAway some band was stopped because its climbing image ran away above the straight line's maximum; the
 *                path may still be verified, by a walk through escape saddles that replaced that band
 * @param newtonSteps Newton steps taken from the climbing images of bands (the escape band's included) whose FIRE
 *                    stopped short of the tolerance; 0 when every band converged on its own. Where it is not 0 the
 *                    saddles are converged but the images between them are as FIRE left them
 */
public record TransitionPath(int id, int representative, List<Integer> modes, double forward, double backward,
                             double saddleDistance, double saddleParticipation, int images, int pieces,
                             long forceCalls, double seconds, double lowestCurvature, double secondCurvature,
                             double largestForce, boolean converged, boolean firstOrderSaddle, boolean connects,
                             double escape, boolean escapeVerified, boolean ranAway, int newtonSteps) {

    public TransitionPath {
        modes = List.copyOf(modes);
    }

    /** A barrier worth reporting: converged, a first-order saddle, joined to both ends. */
    public boolean verified() {
        return converged && firstOrderSaddle && connects;
    }
}
