package org.modekick.eigen;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.SegmentAllocator;
import java.lang.foreign.ValueLayout;

/**
 * Vectors spanning a known null space of H, removed from the eigenproblem by deflation
 * ({@code EPSSetDeflationSpace}): the solver works in their orthogonal complement, so they are never
 * returned as modes. The caller knows the null space: for a periodic system of identical particles it is
 * the {@link #translations} (rattlers, if any, must be removed from H beforehand or added here).
 * Vectors need not be orthonormal (SLEPc orthonormalises them); they are read from native memory,
 * row-major {@code count x n} doubles, and must stay alive during the solve. For a solve on several ranks
 * each rank passes the entries of its own rows (n = its number of rows).
 *
 * @param count   number of vectors (0 for none)
 * @param n       length of each vector, the order of H
 * @param vectors {@code count * n} doubles, vector i at offset {@code i * n}
 */
public record DeflationSpace(int count, int n, MemorySegment vectors) {

    public DeflationSpace {
        if (count < 0 || n < 0) {
            throw new IllegalArgumentException("negative count " + count + " or length " + n);
        }
        if (count > 0 && (vectors == null || vectors.byteSize() < 8L * count * n)) {
            throw new IllegalArgumentException("deflation vectors need " + (long) count * n + " doubles");
        }
    }

    /** No deflation. */
    public static DeflationSpace none(int n) {
        return new DeflationSpace(0, n, MemorySegment.NULL);
    }

    /**
     * The 3 uniform translations of {@code particles} particles in 3D, for H ordered as
     * (x0, y0, z0, x1, y1, z1, ...): vector a has 1/sqrt(particles) at every entry 3i + a, 0 elsewhere.
     */
    public static DeflationSpace translations(SegmentAllocator allocator, int particles) {
        return translations(allocator, particles, 3);
    }

    /**
     * This rank's part of the 3 uniform translations of {@code particles} particles when it holds the rows of
     * particles [first, end): entries 1/sqrt(particles) (the whole vector's normalisation) at rows 3i + a.
     */
    public static DeflationSpace translations(SegmentAllocator allocator, int particles, int first, int end) {
        if (first < 0 || end < first || end > particles) {
            throw new IllegalArgumentException("particles [" + first + ", " + end + ") of " + particles);
        }
        int dim = 3;
        int n = Math.multiplyExact(end - first, dim);
        MemorySegment v = allocator.allocate(ValueLayout.JAVA_DOUBLE, Math.max(1L, (long) dim * n));
        v.fill((byte) 0);
        double c = 1.0 / Math.sqrt(particles);
        for (int a = 0; a < dim; a++) {
            for (int i = 0; i < end - first; i++) {
                v.setAtIndex(ValueLayout.JAVA_DOUBLE, (long) a * n + (long) i * dim + a, c);
            }
        }
        return new DeflationSpace(dim, n, v);
    }

    /** The {@code dim} uniform translations of {@code particles} particles in {@code dim} dimensions. */
    public static DeflationSpace translations(SegmentAllocator allocator, int particles, int dim) {
        int n = Math.multiplyExact(particles, dim);
        MemorySegment v = allocator.allocate(ValueLayout.JAVA_DOUBLE, (long) dim * n);
        v.fill((byte) 0);
        double c = 1.0 / Math.sqrt(particles);
        for (int a = 0; a < dim; a++) {
            for (int i = 0; i < particles; i++) {
                v.setAtIndex(ValueLayout.JAVA_DOUBLE, (long) a * n + (long) i * dim + a, c);
            }
        }
        return new DeflationSpace(dim, n, v);
    }

    /** Vector i as a segment of n doubles. */
    public MemorySegment vector(int i) {
        return vectors.asSlice(8L * i * n, 8L * n);
    }

    /** Vector i copied to a Java array. */
    public double[] toArray(int i) {
        return vector(i).toArray(ValueLayout.JAVA_DOUBLE);
    }
}
