package org.modekick.path;

/**
 * E = (x^2 + stiffness y^2) / 2: one minimum and no saddle, so a band between two points of its wall has nothing to
 * climb to but the wall itself. A test double for the climbing image that runs away.
 */
final class Bowl extends PlaneSurface {

    private final double stiffness;

    Bowl(double stiffness) {
        super(0.1, 1e-8);
        this.stiffness = stiffness;
    }

    @Override
    double energy(double[] p, double[] force) {
        force[0] = -p[0];
        force[1] = -stiffness * p[1];
        return 0.5 * (p[0] * p[0] + stiffness * p[1] * p[1]);
    }

    @Override
    double[][] curvature(double[] p) {
        return new double[][] {{1, 0}, {0, stiffness}};
    }
}
