package org.modekick.excite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.modekick.potential.Overlaps;
import org.modekick.system.Box;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

/**
 * The divergence guard of an interaction modekick has no formulas for, derived from the glass itself: a kicked state
 * diverges when a pair of types (a, b) comes closer than {@link #FRACTION} of the closest approach d_ab of such a
 * pair in r0. An inherent structure is where the repulsion of every pair is balanced, so d_ab is about the shortest
 * distance the potential tolerates at zero temperature; at half of it LJ's energy is 4 eps 2^12 ~ 1.6e4 eps, an EAM
 * or SW pair is deep in the short-range repulsion where tabulated potentials end, and LAMMPS would
 * end the process ("Lost atoms", a table's inner cutoff). A type pair with no pair within the search radius (1.5
 * mean spacings) in r0 falls back to the closest approach over all pairs. The guard is a screen, not a proof: a state
 * that passes it may still make LAMMPS fail during the relaxation, which is why such relaxations run watched
 * ({@link WatchedRelaxer}).
 */
public final class ProximityGuard implements KickGuard {

    /** The fraction of the closest approach in r0 below which a kicked pair diverges. */
    public static final double FRACTION = 0.5;
    /** The search radius for the closest approaches, in mean spacings. */
    private static final double RADIUS = 1.5;

    private final int types;
    /** (FRACTION d_ab)^2 at [a][b], 1-based. */
    private final double[][] limit2;
    private final double[][] closest;
    private final double reach;

    private ProximityGuard(int types, double[][] closest) {
        this.types = types;
        this.closest = closest;
        this.limit2 = new double[types + 1][types + 1];
        double r = 0;
        for (int a = 1; a <= types; a++) {
            for (int b = 1; b <= types; b++) {
                double d = FRACTION * closest[a][b];
                limit2[a][b] = d * d;
                r = Math.max(r, d);
            }
        }
        this.reach = r;
    }

    /** The closest approach of every type pair in {@code r0}. */
    public static ProximityGuard of(Configuration r0) {
        int t = r0.atomTypes();
        double[][] d2 = new double[t + 1][t + 1];
        for (double[] row : d2) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        double[] overall = {Double.POSITIVE_INFINITY};
        CellList.forEachPair(r0, radius(r0), (i, j, dx, dy, dz, r2) -> {
            int a = r0.type(i);
            int b = r0.type(j);
            if (r2 < d2[a][b]) {
                d2[a][b] = r2;
                d2[b][a] = r2;
            }
            overall[0] = Math.min(overall[0], r2);
        });
        if (overall[0] == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("no two particles within " + radius(r0) + " of each other: no closest"
                    + " approach to guard kicks with");
        }
        double[][] closest = new double[t + 1][t + 1];
        for (int a = 1; a <= t; a++) {
            for (int b = 1; b <= t; b++) {
                closest[a][b] = Math.sqrt(d2[a][b] == Double.POSITIVE_INFINITY ? overall[0] : d2[a][b]);
            }
        }
        return new ProximityGuard(t, closest);
    }

    private static double radius(Configuration c) {
        Box box = c.box();
        double shortest = Math.min(box.lx(), Math.min(box.ly(), box.lz()));
        return Math.min(RADIUS * Math.cbrt(box.volume() / c.size()), 0.49 * shortest);
    }

    /** The closest approach of types a and b in r0. */
    public double closestApproach(int a, int b) {
        return closest[a][b];
    }

    @Override
    public Overlaps check(Configuration kicked) {
        PriorityQueue<Overlaps.Overlap> heap = new PriorityQueue<>(
                Comparator.comparingDouble(Overlaps.Overlap::distance).reversed());
        long[] count = {0};
        CellList.forEachPair(kicked, Math.max(reach, radius(kicked)), (i, j, dx, dy, dz, r2) -> {
            if (r2 < limit2[kicked.type(i)][kicked.type(j)]) {
                count[0]++;
                heap.add(new Overlaps.Overlap(i + 1, j + 1, Math.sqrt(r2)));
                if (heap.size() > Overlaps.REPORTED) {
                    heap.poll();
                }
            }
        });
        List<Overlaps.Overlap> list = new ArrayList<>(heap);
        list.sort(Comparator.comparingDouble(Overlaps.Overlap::distance));
        return new Overlaps(count[0], list, reach);
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fraction", FRACTION);
        Map<String, Object> d = new LinkedHashMap<>();
        for (int a = 1; a <= types; a++) {
            for (int b = a; b <= types; b++) {
                d.put(a + "-" + b, closest[a][b]);
            }
        }
        m.put("closest_approach_r0", d);
        m.put("definition", "a kick bringing a pair of types a, b closer than fraction x its closest approach in r0"
                + " diverges and is not relaxed");
        return m;
    }
}
