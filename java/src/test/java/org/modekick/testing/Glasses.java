package org.modekick.testing;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/** Small test configurations, made deterministically from a seed. */
public final class Glasses {

    private Glasses() {}

    /** n particles at uniformly random positions in a cube at packing fraction phi (sigma = 1). */
    public static Configuration randomAtPackingFraction(Arena arena, int n, double phi, long seed) {
        Box box = Box.cube(Math.cbrt(n * Math.PI / (6.0 * phi)));
        Configuration c = Configuration.allocate(arena, box, 1, n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                c.setX(i, a, random.nextDouble() * box.length(a));
            }
        }
        return c;
    }

    /**
     * A simple cubic lattice of m^3 sites at number density rho, each site displaced by up to
     * {@code jitter} lattice spacings: dense but without the overlaps that make LJ diverge.
     */
    public static Configuration jitteredLattice(Arena arena, int m, double rho, double jitter, long seed) {
        int n = m * m * m;
        double length = Math.cbrt(n / rho);
        double a = length / m;
        Configuration c = Configuration.allocate(arena, Box.cube(length), 1, n);
        SplittableRandom random = new SplittableRandom(seed);
        int i = 0;
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                for (int z = 0; z < m; z++) {
                    int[] site = {x, y, z};
                    for (int d = 0; d < 3; d++) {
                        c.setX(i, d, (site[d] + 0.5 + jitter * (2 * random.nextDouble() - 1)) * a);
                    }
                    i++;
                }
            }
        }
        return c;
    }
}
