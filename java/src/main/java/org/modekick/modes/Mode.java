package org.modekick.modes;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.modekick.system.ParticleVector;

/**
 * One eigenpair of the Hessian: eigenvalue lambda and eigenvector e (3N doubles, x y z per particle,
 * in native memory or any segment). With unit masses lambda = omega^2.
 *
 * <p>A negative eigenvalue means the configuration is not a minimum along e (or, when tiny, round-off
 * on a zero mode). It is not an error here: such a mode is marked unstable and given the negative
 * frequency -sqrt(-lambda), the usual convention for an imaginary frequency, so that it stays visible in
 * modes.csv and falls outside every vDOS bin (counted separately there) instead of being dropped silently.
 */
public record Mode(double lambda, MemorySegment vector) {

    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    public Mode {
        if (!Double.isFinite(lambda)) {
            throw new IllegalArgumentException("eigenvalue must be finite: " + lambda);
        }
        if (new ParticleVector(vector).particles() == 0) {
            throw new IllegalArgumentException("an eigenvector must hold 3N > 0 doubles, has none");
        }
    }

    public int particleCount() {
        return new ParticleVector(vector).particles();
    }

    public boolean stable() {
        return lambda >= 0;
    }

    /** sqrt(lambda), or -sqrt(-lambda) for an unstable mode. */
    public double omega() {
        return lambda >= 0 ? Math.sqrt(lambda) : -Math.sqrt(-lambda);
    }

    /** Component {@code axis} of particle i's displacement. */
    public double component(int i, int axis) {
        return vector.getAtIndex(DOUBLE, 3L * i + axis);
    }

    /** sum_i e_i . e_i. */
    public double normSquared() {
        return new ParticleVector(vector).normSquared();
    }
}
