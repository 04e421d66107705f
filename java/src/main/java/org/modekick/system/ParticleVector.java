package org.modekick.system;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A value per particle in 3D, in native memory: 3N doubles, x y z of particle i (0-based, LAMMPS ID i + 1)
 * at 3i, 3i + 1, 3i + 2. Positions, forces, displacements and eigenvectors are such vectors. The view checks
 * the length once, when it is made, and holds the small operations on such vectors; the segment stays the
 * caller's (it is never copied).
 */
public record ParticleVector(MemorySegment segment) {

    public static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    private static final long PARTICLE_BYTES = 3L * Double.BYTES;

    /** Any number of particles, as long as the segment holds whole particles (3N doubles). */
    public ParticleVector {
        if (segment.byteSize() % PARTICLE_BYTES != 0) {
            throw new IllegalArgumentException("a particle vector must hold 3N doubles, has " + segment.byteSize()
                    + " bytes");
        }
    }

    /** The view of {@code segment}, which must hold the 3N doubles of {@code particles}; {@code what} names it in the error. */
    public static ParticleVector of(MemorySegment segment, int particles, String what) {
        if (segment.byteSize() != particles * PARTICLE_BYTES) {
            throw new IllegalArgumentException(what + " must hold 3N = " + 3L * particles + " doubles, has "
                    + segment.byteSize() / Double.BYTES + (segment.byteSize() % Double.BYTES == 0 ? "" : " and a part"));
        }
        return new ParticleVector(segment);
    }

    /** Zeros for {@code particles} particles. */
    public static ParticleVector allocate(Arena arena, int particles) {
        return new ParticleVector(arena.allocate(DOUBLE, 3L * particles));
    }

    /** N. */
    public int particles() {
        return Math.toIntExact(segment.byteSize() / PARTICLE_BYTES);
    }

    /** 3N. */
    public long length() {
        return segment.byteSize() / Double.BYTES;
    }

    /** Component {@code index} (3i + axis). */
    public double get(long index) {
        return segment.getAtIndex(DOUBLE, index);
    }

    public void set(long index, double value) {
        segment.setAtIndex(DOUBLE, index, value);
    }

    /** Component {@code axis} (0, 1, 2) of particle i. */
    public double get(int i, int axis) {
        return segment.getAtIndex(DOUBLE, 3L * i + axis);
    }

    public void set(int i, int axis, double value) {
        segment.setAtIndex(DOUBLE, 3L * i + axis, value);
    }

    /** sum over all 3N components of a b, in index order. */
    public double dot(ParticleVector other) {
        requireSameLength(other);
        long n = length();
        double sum = 0;
        for (long r = 0; r < n; r++) {
            sum += get(r) * other.get(r);
        }
        return sum;
    }

    public double normSquared() {
        return dot(this);
    }

    public double norm() {
        return Math.sqrt(normSquared());
    }

    /** |v_i| of particle i. */
    public double particleNorm(int i) {
        double x = get(i, 0);
        double y = get(i, 1);
        double z = get(i, 2);
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** max over the components of |v|. */
    public double maxAbs() {
        long n = length();
        double max = 0;
        for (long r = 0; r < n; r++) {
            max = Math.max(max, Math.abs(get(r)));
        }
        return max;
    }

    /** this = a + s b, component by component (this may be a or b). */
    public void setSum(ParticleVector a, double s, ParticleVector b) {
        requireSameLength(a);
        requireSameLength(b);
        long n = length();
        for (long r = 0; r < n; r++) {
            set(r, a.get(r) + s * b.get(r));
        }
    }

    /** A copy in {@code arena}. */
    public ParticleVector copy(Arena arena) {
        MemorySegment c = arena.allocate(DOUBLE, length());
        c.copyFrom(segment);
        return new ParticleVector(c);
    }

    private void requireSameLength(ParticleVector other) {
        if (other.segment.byteSize() != segment.byteSize()) {
            throw new IllegalArgumentException("particle vectors of " + particles() + " and " + other.particles()
                    + " particles");
        }
    }
}
