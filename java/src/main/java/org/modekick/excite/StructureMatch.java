package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.modekick.system.Box;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

/**
 * Whether two configurations of identical particles are one inherent structure: equal up to a rigid
 * translation and a relabelling of the particles. The paper's particles are monodisperse, so a relaxed
 * state in which two (or a few) particles swapped places is the initial structure itself, although
 * |dr| of Eq. (6), which follows labels, is of order one diameter.
 *
 * <p>The comparison: remove the translation t (the mean minimum-image displacement; a relabelling
 * permutes particles in closed cycles of neighbours, whose displacements sum to zero, so the mean is t
 * in either case); if the labelled distance is below the tolerance the states are identical; otherwise
 * match each particle of {@code b} to the sites of {@code a} within the tolerance (cell list, O(N)). A
 * bijection whose total distance sqrt(sum_i |b_i - t - a_pi(i)|^2) is below the tolerance means the
 * same structure, relabelled.
 *
 * @param kind identical, relabelled or different
 * @param distance the labelled distance after removing the translation (|dr| of Eq. 6)
 * @param matchedDistance for a relabelling, the distance after matching; otherwise NaN
 * @param relabelled how many particles pi moves (0 unless relabelled)
 */
public record StructureMatch(Kind kind, double distance, double matchedDistance, int relabelled) {

    public enum Kind { IDENTICAL, RELABELLED, DIFFERENT }

    public boolean sameStructure() {
        return kind != Kind.DIFFERENT;
    }

    /** Compares b with a (3N positions each, same box) within {@code tolerance}. */
    public static StructureMatch compare(Box box, MemorySegment a, MemorySegment b, double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0: " + tolerance);
        }
        try (Arena arena = Arena.ofConfined()) {
            DisplacementField d = DisplacementField.between(box, a, b, arena);
            if (d.norm() < tolerance) {
                return new StructureMatch(Kind.IDENTICAL, d.norm(), d.norm(), 0);
            }
            return matchSites(box, a, b, d, tolerance, arena);
        }
    }

    private static StructureMatch matchSites(Box box, MemorySegment a, MemorySegment b, DisplacementField d,
                                             double tolerance, Arena arena) {
        int n = Vectors.particles(a);
        double shortest = Math.min(box.lx(), Math.min(box.ly(), box.lz()));
        // sites of one structure are about a diameter apart: a tolerance that large cannot tell structures apart
        double radius = Math.min(tolerance, 0.25 * shortest);
        Configuration both = Configuration.allocate(arena, box, 1, 2 * n);
        double[] t = d.translation();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                both.setX(i, c, Vectors.get(a, 3L * i + c));
                both.setX(n + i, c, Vectors.get(b, 3L * i + c) - t[c]);
            }
        }
        int[] site = new int[n];
        int[] uses = new int[n];
        Arrays.fill(site, -1);
        boolean[] ambiguous = {false};
        CellList.forEachPair(both, radius, (i, j, dx, dy, dz, r2) -> {
            if (i < n && j >= n) { // i a site of a, j - n a particle of b
                int p = j - n;
                if (site[p] >= 0) {
                    ambiguous[0] = true;
                }
                site[p] = i;
                uses[i]++;
            }
        });
        if (ambiguous[0]) {
            return different(d);
        }
        double sum = 0;
        int moved = 0;
        for (int p = 0; p < n; p++) {
            if (site[p] < 0 || uses[site[p]] != 1) {
                return different(d);
            }
            if (site[p] != p) {
                moved++;
            }
            for (int c = 0; c < 3; c++) {
                double v = box.minimumImage(Vectors.get(b, 3L * p + c) - t[c] - Vectors.get(a, 3L * site[p] + c), c);
                sum += v * v;
            }
        }
        double matched = Math.sqrt(sum);
        if (!(matched < tolerance)) {
            return different(d);
        }
        return new StructureMatch(moved == 0 ? Kind.IDENTICAL : Kind.RELABELLED, d.norm(), matched, moved);
    }

    private static StructureMatch different(DisplacementField d) {
        return new StructureMatch(Kind.DIFFERENT, d.norm(), Double.NaN, 0);
    }
}
