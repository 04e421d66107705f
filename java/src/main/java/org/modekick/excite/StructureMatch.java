package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.modekick.system.Box;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * Whether two configurations of identical particles are one inherent structure: equal up to a rigid
 * translation and a relabelling of the particles. The paper's particles are monodisperse, so a relaxed
 * state in which two (or a few) particles swapped places is the initial structure itself, although
 * |dr| of Eq. (6), which follows labels, is of order one diameter.
 *
 * <p>The comparison: remove the translation t (first the mean minimum-image displacement: a relabelling
 * that permutes particles in closed cycles of neighbours leaves it unchanged); if the labelled distance
 * is then below the tolerance the states are identical. Otherwise match each particle of {@code b} to
 * the sites of {@code a} within the tolerance (cell list, O(N)); a bijection whose total distance
 * sqrt(sum_i |b_i - t - a_pi(i)|^2) is below the tolerance means the same structure, relabelled. A
 * collective slip (a crystal whose halves moved by different lattice vectors) shifts the mean by a
 * fraction of a spacing, so when that fails the translations that bring particle 0 of {@code b} onto
 * each of the {@link #CANDIDATES} sites of {@code a} nearest to it are tried as well, each refined to the
 * mean over the matched pairs.
 *
 * @param kind identical, relabelled or different
 * @param distance the labelled distance after removing the translation (|dr| of Eq. 6)
 * @param matchedDistance for a relabelling, the distance after matching; otherwise NaN
 * @param relabelled how many particles pi moves (0 unless relabelled)
 */
public record StructureMatch(Kind kind, double distance, double matchedDistance, int relabelled) {

    public enum Kind { IDENTICAL, RELABELLED, DIFFERENT }

    /** Sites tried as the image of particle 0 when the mean translation fails. */
    public static final int CANDIDATES = 24;

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
        StructureMatch m = matchWith(box, a, b, d.translation(), d.norm(), tolerance, arena);
        if (m.sameStructure()) {
            return m;
        }
        ParticleVector sites = new ParticleVector(a);
        ParticleVector moved = new ParticleVector(b);
        for (int site : nearestSites(box, sites, moved, CANDIDATES)) {
            double[] t = new double[3];
            for (int c = 0; c < 3; c++) {
                t[c] = box.minimumImage(moved.get(0, c) - sites.get(site, c), c);
            }
            // within the tolerance of t itself, plus the residual of particle 0 that t inherits
            StructureMatch candidate = matchWith(box, a, b, t, d.norm(), 2 * tolerance, arena);
            if (candidate.sameStructure() && candidate.matchedDistance() < tolerance) {
                return candidate;
            }
        }
        return different(d.norm());
    }

    /** The {@code count} sites of a nearest to particle 0 of b (minimum image), nearest first. */
    private static int[] nearestSites(Box box, ParticleVector a, ParticleVector b, int count) {
        int n = a.particles();
        double[] r2 = new double[n];
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int c = 0; c < 3; c++) {
                double v = box.minimumImage(b.get(0, c) - a.get(j, c), c);
                s += v * v;
            }
            r2[j] = s;
            order[j] = j;
        }
        Arrays.sort(order, (x, y) -> r2[x] != r2[y] ? Double.compare(r2[x], r2[y]) : Integer.compare(x, y));
        int m = Math.min(count, n);
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            out[i] = order[i];
        }
        return out;
    }

    /**
     * A bijection between b - t and the sites of a within {@code radius}; its distance is measured after
     * refining t to the mean of b_i - a_pi(i).
     */
    private static StructureMatch matchWith(Box box, MemorySegment first, MemorySegment second, double[] t,
                                            double labelled, double radius, Arena arena) {
        ParticleVector a = new ParticleVector(first);
        ParticleVector b = new ParticleVector(second);
        int n = a.particles();
        double shortest = Math.min(box.lx(), Math.min(box.ly(), box.lz()));
        // sites of one structure are about a diameter apart: a tolerance that large cannot tell structures apart
        double r = Math.min(radius, 0.25 * shortest);
        Configuration both = Configuration.allocate(arena, box, 1, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                both.setX(i, c, a.get(i, c));
                both.setX(n + i, c, b.get(i, c) - t[c]);
            }
        }
        int[] site = new int[n];
        int[] uses = new int[n];
        Arrays.fill(site, -1);
        boolean[] ambiguous = {false};
        CellList.forEachPair(both, r, (i, j, dx, dy, dz, r2) -> {
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
            return different(labelled);
        }
        double[] mean = new double[3];
        int moved = 0;
        for (int p = 0; p < n; p++) {
            if (site[p] < 0 || uses[site[p]] != 1) {
                return different(labelled);
            }
            if (site[p] != p) {
                moved++;
            }
            for (int c = 0; c < 3; c++) {
                mean[c] += box.minimumImage(b.get(p, c) - t[c] - a.get(site[p], c), c) / n;
            }
        }
        double sum = 0;
        for (int p = 0; p < n; p++) {
            for (int c = 0; c < 3; c++) {
                double v = box.minimumImage(b.get(p, c) - t[c] - a.get(site[p], c), c) - mean[c];
                sum += v * v;
            }
        }
        double matched = Math.sqrt(sum);
        if (!(matched < radius)) {
            return different(labelled);
        }
        return new StructureMatch(moved == 0 ? Kind.IDENTICAL : Kind.RELABELLED, labelled, matched, moved);
    }

    private static StructureMatch different(double labelled) {
        return new StructureMatch(Kind.DIFFERENT, labelled, Double.NaN, 0);
    }
}
