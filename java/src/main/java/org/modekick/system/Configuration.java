package org.modekick.system;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * N particles in a periodic box. Particle i (0-based) is the atom with LAMMPS ID i + 1; positions are
 * interleaved x, y, z doubles in native memory (3N of them), types are ints (1-based, as in LAMMPS).
 * The segments belong to the arena the configuration was made in.
 */
public record Configuration(Box box, int atomTypes, MemorySegment positions, MemorySegment types) {

    public static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    public Configuration {
        if (types.byteSize() != new ParticleVector(positions).particles() * (long) Integer.BYTES) {
            throw new IllegalArgumentException("types must hold N ints");
        }
        if (atomTypes < 1) {
            throw new IllegalArgumentException("atomTypes must be >= 1");
        }
    }

    /** A configuration of n particles of type 1 at the origin, allocated in the arena. */
    public static Configuration allocate(Arena arena, Box box, int atomTypes, int n) {
        MemorySegment x = arena.allocate(DOUBLE, 3L * n);
        MemorySegment t = arena.allocate(INT, n);
        for (int i = 0; i < n; i++) {
            t.setAtIndex(INT, i, 1);
        }
        return new Configuration(box, atomTypes, x, t);
    }

    public int size() {
        return new ParticleVector(positions).particles();
    }

    /** Coordinate {@code axis} (0, 1, 2) of particle i. */
    public double x(int i, int axis) {
        return positions.getAtIndex(DOUBLE, 3L * i + axis);
    }

    public void setX(int i, int axis, double value) {
        positions.setAtIndex(DOUBLE, 3L * i + axis, value);
    }

    public int type(int i) {
        return types.getAtIndex(INT, i);
    }

    /** A deep copy in another arena. */
    public Configuration copy(Arena arena) {
        MemorySegment x = arena.allocate(DOUBLE, 3L * size());
        x.copyFrom(positions);
        MemorySegment t = arena.allocate(INT, size());
        t.copyFrom(types);
        return new Configuration(box, atomTypes, x, t);
    }

    /** The same particles with other positions (3N doubles). */
    public Configuration withPositions(MemorySegment newPositions) {
        return new Configuration(box, atomTypes, newPositions, types);
    }
}
