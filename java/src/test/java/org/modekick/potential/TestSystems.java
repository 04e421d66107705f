package org.modekick.potential;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.SplittableRandom;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/** Small configurations like the paper's, for tests. */
final class TestSystems {

    private TestSystems() {}

    static final ForceField HARMONIC = ForceField.single(new HarmonicContact(1, 1));
    static final ForceField LJ = ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5));
    /** Two types of different sizes, cross pairs mixed. */
    static final ForceField HARMONIC_BINARY = PairStyles.parse("harmonic/contact",
            List.of("1 1 1.0 1.0", "2 2 1.5 1.4"), 2);
    static final ForceField LJ_BINARY = PairStyles.parse("lj/smooth/linear 2.5",
            List.of("1 1 1.0 1.0", "2 2 0.5 0.88 2.2", "1 2 1.5 0.8 2.0"), 2);

    /** Random positions at the harmonic glass's packing fraction 0.73 (sigma = 1): many overlapping pairs. */
    static Configuration harmonicRandom(Arena arena, int n, long seed) {
        double length = Math.cbrt(n * Math.PI / 6 / 0.73);
        return random(arena, Box.cube(length), 1, n, seed);
    }

    static Configuration random(Arena arena, Box box, int types, int n, long seed) {
        Configuration c = Configuration.allocate(arena, box, types, n);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            c.types().setAtIndex(Configuration.INT, i, 1 + random.nextInt(types));
            for (int a = 0; a < 3; a++) {
                c.setX(i, a, box.lo(a) + random.nextDouble() * box.length(a));
            }
        }
        return c;
    }

    /** An fcc crystal of 4 cells^3 particles at the LJ glass's density 0.997, each moved randomly by up to jitter. */
    static Configuration ljPerturbedFcc(Arena arena, int cells, double jitter, int types, long seed) {
        int n = 4 * cells * cells * cells;
        double length = Math.cbrt(n / 0.997);
        double a0 = length / cells;
        Configuration c = Configuration.allocate(arena, new Box(-1.0, length - 1.0, 0, length, 2.0, length + 2.0),
                types, n);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        int i = 0;
        for (int x = 0; x < cells; x++) {
            for (int y = 0; y < cells; y++) {
                for (int z = 0; z < cells; z++) {
                    for (double[] b : basis) {
                        int[] cell = {x, y, z};
                        c.types().setAtIndex(Configuration.INT, i, 1 + random.nextInt(types));
                        for (int a = 0; a < 3; a++) {
                            c.setX(i, a, c.box().lo(a) + (cell[a] + b[a]) * a0 + jitter * (2 * random.nextDouble() - 1));
                        }
                        i++;
                    }
                }
            }
        }
        return c;
    }

    /**
     * A disordered configuration at the LJ glass's density 0.997 without close pairs: random sequential
     * addition with pairs at least 0.85 apart (packing fraction 0.32 at that diameter, well below random
     * sequential addition's jamming limit of 0.38, so placement stays quick).
     * Unlike a crystal, its pair distances are spread continuously, none piled up at a cutoff.
     */
    static Configuration ljDisordered(Arena arena, int n, int types, long seed) {
        double length = Math.cbrt(n / 0.997);
        Configuration c = Configuration.allocate(arena, Box.cube(length), types, n);
        SplittableRandom random = new SplittableRandom(seed);
        Box box = c.box();
        int placed = 0;
        while (placed < n) {
            double[] x = {random.nextDouble() * length, random.nextDouble() * length, random.nextDouble() * length};
            boolean clear = true;
            for (int j = 0; j < placed && clear; j++) {
                double r2 = 0;
                for (int a = 0; a < 3; a++) {
                    double d = box.minimumImage(x[a] - c.x(j, a), a);
                    r2 += d * d;
                }
                clear = r2 >= 0.85 * 0.85;
            }
            if (clear) {
                c.types().setAtIndex(Configuration.INT, placed, 1 + random.nextInt(types));
                for (int a = 0; a < 3; a++) {
                    c.setX(placed, a, x[a]);
                }
                placed++;
            }
        }
        return c;
    }

    /** A random unit vector of 3N components; if localized > 0, only that many particles move. */
    static MemorySegment direction(Arena arena, int n, int localized, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        MemorySegment e = arena.allocate(Configuration.DOUBLE, 3L * n);
        int start = localized > 0 ? random.nextInt(n - localized) : 0;
        int count = localized > 0 ? localized : n;
        double norm = 0;
        for (int k = 3 * start; k < 3 * (start + count); k++) {
            double v = random.nextGaussian();
            e.setAtIndex(Configuration.DOUBLE, k, v);
            norm += v * v;
        }
        double scale = 1 / Math.sqrt(norm);
        for (int k = 0; k < 3 * n; k++) {
            e.setAtIndex(Configuration.DOUBLE, k, e.getAtIndex(Configuration.DOUBLE, k) * scale);
        }
        return e;
    }
}
