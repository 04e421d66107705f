package org.modekick.modes;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/** Test configurations and vectors. */
final class Lattices {

    private Lattices() {}

    /** A simple cubic lattice of m^3 sites, spacing a, in the box [lo, lo + m a)^3. */
    static Configuration simpleCubic(Arena arena, int m, double a, double lo) {
        Box box = new Box(lo, lo + m * a, lo, lo + m * a, lo, lo + m * a);
        Configuration c = Configuration.allocate(arena, box, 1, m * m * m);
        int i = 0;
        for (int z = 0; z < m; z++) {
            for (int y = 0; y < m; y++) {
                for (int x = 0; x < m; x++) {
                    c.setX(i, 0, lo + (x + 0.25) * a);
                    c.setX(i, 1, lo + (y + 0.25) * a);
                    c.setX(i, 2, lo + (z + 0.25) * a);
                    i++;
                }
            }
        }
        return c;
    }

    /**
     * e_i = s f(q . r_i), normalised to 1, with f = cos or sin: an ideal standing wave. The wave vector is
     * 2 pi n / L per axis.
     */
    static MemorySegment planeWave(Arena arena, Configuration c, int[] n, double[] s, boolean sine) {
        MemorySegment e = arena.allocate(Mode.DOUBLE, 3L * c.size());
        double norm = 0;
        for (int i = 0; i < c.size(); i++) {
            double phase = 0;
            for (int a = 0; a < 3; a++) {
                phase += 2 * Math.PI * n[a] / c.box().length(a) * c.x(i, a);
            }
            double f = sine ? Math.sin(phase) : Math.cos(phase);
            for (int a = 0; a < 3; a++) {
                e.setAtIndex(Mode.DOUBLE, 3L * i + a, s[a] * f);
                norm += s[a] * f * s[a] * f;
            }
        }
        scale(e, 1 / Math.sqrt(norm));
        return e;
    }

    static void scale(MemorySegment e, double factor) {
        for (long r = 0; r < e.byteSize() / Double.BYTES; r++) {
            e.setAtIndex(Mode.DOUBLE, r, e.getAtIndex(Mode.DOUBLE, r) * factor);
        }
    }

    static double[] unit(double... v) {
        double norm = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / norm, v[1] / norm, v[2] / norm};
    }
}
