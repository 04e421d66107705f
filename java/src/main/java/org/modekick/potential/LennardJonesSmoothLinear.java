package org.modekick.potential;

/**
 * The paper's Lennard-Jones potential, Eq. (2), phi_LJ(r) = 4 eps [(sigma/r)^12 - (sigma/r)^6],
 * truncated at rc with the potential and the force shifted to zero there ("shifted-force", as the
 * paper does below Eq. (2)):
 *
 * <pre>  phi(r) = phi_LJ(r) - phi_LJ(rc) - (r - rc) phi_LJ'(rc)   for r &lt; rc, else 0.</pre>
 *
 * <p>The expressions follow LAMMPS's pair style {@code lj/smooth/linear} (pair_lj_smooth_linear.cpp)
 * term by term: lj1 = 48 eps sigma^12, lj2 = 24 eps sigma^6, lj3 = 4 eps sigma^12, lj4 = 4 eps sigma^6,
 * ljcut = rc^-6 (lj3 rc^-6 - lj4) = phi_LJ(rc), dljcut = rc^-7 (lj1 rc^-6 - lj2) = -phi_LJ'(rc), and
 * energy r^-6 (lj3 r^-6 - lj4) - ljcut + (r - rc) dljcut, so that Java and LAMMPS energies agree to
 * rounding. phi and phi' are continuous at rc; phi'' = phi_LJ'' jumps to zero there.
 *
 * <p>An immutable value (equality on eps, sigma, rc); a class rather than a record only to keep the
 * LAMMPS constants precomputed.
 */
public final class LennardJonesSmoothLinear implements PairPotential {

    public static final String STYLE = "lj/smooth/linear";

    private final double epsilon;
    private final double sigma;
    private final double cutoff;
    private final double lj1;
    private final double lj2;
    private final double lj3;
    private final double lj4;
    private final double ljcut;
    private final double dljcut;

    public LennardJonesSmoothLinear(double epsilon, double sigma, double cutoff) {
        if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
            throw new IllegalArgumentException("lj/smooth/linear epsilon must be finite and >= 0, got " + epsilon);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("lj/smooth/linear sigma must be finite and > 0, got " + sigma);
        }
        if (!(cutoff > 0) || Double.isInfinite(cutoff)) {
            throw new IllegalArgumentException("lj/smooth/linear cutoff must be finite and > 0, got " + cutoff);
        }
        this.epsilon = epsilon;
        this.sigma = sigma;
        this.cutoff = cutoff;
        // PairLJSmoothLinear::init_one
        lj1 = 48.0 * epsilon * Math.pow(sigma, 12.0);
        lj2 = 24.0 * epsilon * Math.pow(sigma, 6.0);
        lj3 = 4.0 * epsilon * Math.pow(sigma, 12.0);
        lj4 = 4.0 * epsilon * Math.pow(sigma, 6.0);
        double cut6inv = Math.pow(cutoff, -6.0);
        double cutinv = 1.0 / cutoff;
        ljcut = cut6inv * (lj3 * cut6inv - lj4);
        dljcut = cutinv * cut6inv * (lj1 * cut6inv - lj2);
    }

    public double epsilon() {
        return epsilon;
    }

    public double sigma() {
        return sigma;
    }

    @Override
    public double cutoff() {
        return cutoff;
    }

    @Override
    public double phi(double r) {
        if (!(r < cutoff)) {
            return 0;
        }
        double r2inv = 1.0 / (r * r);
        double r6inv = r2inv * r2inv * r2inv;
        return r6inv * (lj3 * r6inv - lj4) - ljcut + (r - cutoff) * dljcut;
    }

    /** phi_LJ'(r) - phi_LJ'(rc) = -(r^-7 (lj1 r^-6 - lj2) - dljcut): minus LAMMPS's forcelj. */
    @Override
    public double dphi(double r) {
        if (!(r < cutoff)) {
            return 0;
        }
        double r2inv = 1.0 / (r * r);
        double r6inv = r2inv * r2inv * r2inv;
        double rinv = 1.0 / r;
        return -(rinv * r6inv * (lj1 * r6inv - lj2) - dljcut);
    }

    /** phi_LJ''(r) = r^-8 (13 lj1 r^-6 - 7 lj2), LAMMPS's single_hessian d2r. */
    @Override
    public double d2phi(double r) {
        if (!(r < cutoff)) {
            return 0;
        }
        double r2inv = 1.0 / (r * r);
        double r6inv = r2inv * r2inv * r2inv;
        return r6inv * (13.0 * lj1 * r6inv - 7.0 * lj2) * r2inv;
    }

    /** phi_LJ'''(r) = -r^-9 (182 lj1 r^-6 - 56 lj2), i.e. 4 eps (-2184 sigma^12/r^15 + 336 sigma^6/r^9). */
    @Override
    public double d3phi(double r) {
        if (!(r < cutoff)) {
            return 0;
        }
        double r2inv = 1.0 / (r * r);
        double r6inv = r2inv * r2inv * r2inv;
        return -r6inv * (182.0 * lj1 * r6inv - 56.0 * lj2) * r2inv / r;
    }

    /** The global cutoff argument; every pair_coeff line repeats its own cutoff, so this one is only a default. */
    @Override
    public String lammpsPairStyle() {
        return STYLE + " " + Double.toString(cutoff);
    }

    @Override
    public String lammpsPairCoeff() {
        return Double.toString(epsilon) + " " + Double.toString(sigma) + " " + Double.toString(cutoff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LennardJonesSmoothLinear p
                && Double.compare(epsilon, p.epsilon) == 0
                && Double.compare(sigma, p.sigma) == 0
                && Double.compare(cutoff, p.cutoff) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(epsilon, sigma, cutoff);
    }

    @Override
    public String toString() {
        return "LennardJonesSmoothLinear[epsilon=" + epsilon + ", sigma=" + sigma + ", cutoff=" + cutoff + "]";
    }
}
