package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Small operations on 3N-vectors of doubles in native memory (positions, displacements, modes). */
public final class Vectors {

    public static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;

    private Vectors() {}

    public static MemorySegment allocate(Arena arena, int particles) {
        return arena.allocate(DOUBLE, 3L * particles);
    }

    public static int particles(MemorySegment v) {
        return (int) (v.byteSize() / (3 * Double.BYTES));
    }

    public static double get(MemorySegment v, long index) {
        return v.getAtIndex(DOUBLE, index);
    }

    public static void set(MemorySegment v, long index, double value) {
        v.setAtIndex(DOUBLE, index, value);
    }

    public static double dot(MemorySegment a, MemorySegment b) {
        long n = a.byteSize() / Double.BYTES;
        double sum = 0;
        for (long r = 0; r < n; r++) {
            sum += a.getAtIndex(DOUBLE, r) * b.getAtIndex(DOUBLE, r);
        }
        return sum;
    }

    public static double norm(MemorySegment a) {
        return Math.sqrt(dot(a, a));
    }

    /** out = a + s b (out may be a). */
    public static void addScaled(MemorySegment a, double s, MemorySegment b, MemorySegment out) {
        long n = a.byteSize() / Double.BYTES;
        for (long r = 0; r < n; r++) {
            out.setAtIndex(DOUBLE, r, a.getAtIndex(DOUBLE, r) + s * b.getAtIndex(DOUBLE, r));
        }
    }

    /** A copy in another arena. */
    public static MemorySegment copy(MemorySegment a, Arena arena) {
        MemorySegment c = arena.allocate(DOUBLE, a.byteSize() / Double.BYTES);
        c.copyFrom(a);
        return c;
    }

    /** |v_i| of particle i. */
    public static double particleNorm(MemorySegment v, int i) {
        double x = v.getAtIndex(DOUBLE, 3L * i);
        double y = v.getAtIndex(DOUBLE, 3L * i + 1);
        double z = v.getAtIndex(DOUBLE, 3L * i + 2);
        return Math.sqrt(x * x + y * y + z * z);
    }
}
