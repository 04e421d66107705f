package org.modekick.potential;

/**
 * The paper's harmonic contact potential, Eq. (1): phi(r) = (eps/2) (1 - r/sigma)^2 for r &lt; sigma,
 * zero beyond. phi and phi' are continuous at sigma, but phi'' jumps from eps/sigma^2 to 0 there, so
 * derivatives at exactly r = sigma are those of the outside (zero), as the cell list only visits
 * pairs with r &lt; cutoff.
 *
 * <p>LAMMPS counterpart: the custom pair style {@code harmonic/contact} with coefficients
 * {@code eps sigma} (the cutoff is sigma).
 */
public record HarmonicContact(double epsilon, double sigma) implements PairPotential {

    public static final String STYLE = "harmonic/contact";

    public HarmonicContact {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("harmonic/contact epsilon must be finite and >= 0, got " + epsilon);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("harmonic/contact sigma must be finite and > 0, got " + sigma);
        }
    }

    @Override
    public double cutoff() {
        return sigma;
    }

    @Override
    public double phi(double r) {
        if (!(r < sigma)) {
            return 0;
        }
        double d = 1 - r / sigma;
        return 0.5 * epsilon * d * d;
    }

    @Override
    public double dphi(double r) {
        if (!(r < sigma)) {
            return 0;
        }
        return -epsilon / sigma * (1 - r / sigma);
    }

    @Override
    public double d2phi(double r) {
        return r < sigma ? epsilon / (sigma * sigma) : 0;
    }

    /** Zero everywhere: phi is quadratic inside the contact and zero outside. */
    @Override
    public double d3phi(double r) {
        return 0;
    }

    @Override
    public String lammpsPairStyle() {
        return STYLE;
    }

    /** Double.toString gives the shortest decimal that parses back to the same double. */
    @Override
    public String lammpsPairCoeff() {
        return Double.toString(epsilon) + " " + Double.toString(sigma);
    }
}
