package org.modekick.potential;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.modekick.system.Box;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

/**
 * Pairs of particles closer than a minimum distance. Coincident particles (r = 0) make LAMMPS produce
 * NaN or blow up (and this LAMMPS build ends the process on any error), so the tool refuses
 * configurations with pairs closer than a small fraction of sigma before handing them over.
 *
 * @param count how many pairs are closer than the minimum distance
 * @param closest the closest of them (at most {@link #REPORTED}), closest first
 * @param minDistance the distance that was checked
 */
public record Overlaps(long count, List<Overlap> closest, double minDistance) {

    /** How many offending pairs are kept for the report. */
    public static final int REPORTED = 10;

    /** Two particles by LAMMPS atom ID (particle index + 1), firstId &lt; secondId, and their distance. */
    public record Overlap(int firstId, int secondId, double distance) {}

    public Overlaps {
        closest = List.copyOf(closest);
    }

    /** Finds all pairs with minimum-image distance &lt; minDistance, in O(N). */
    public static Overlaps find(Configuration c, double minDistance) {
        if (!(minDistance > 0)) {
            throw new IllegalArgumentException("minimum distance must be > 0, got " + minDistance);
        }
        // a max-heap on distance keeps the REPORTED closest without storing every offending pair
        PriorityQueue<Overlap> heap = new PriorityQueue<>(Comparator.comparingDouble(Overlap::distance).reversed());
        long[] count = {0};
        double min2 = minDistance * minDistance;
        CellList.forEachPair(c, searchRadius(c, minDistance), (i, j, dx, dy, dz, r2) -> {
            if (!(r2 < min2)) {
                return;
            }
            count[0]++;
            heap.add(new Overlap(i + 1, j + 1, Math.sqrt(r2)));
            if (heap.size() > REPORTED) {
                heap.poll();
            }
        });
        List<Overlap> list = new ArrayList<>(heap);
        list.sort(Comparator.comparingDouble(Overlap::distance).thenComparingInt(Overlap::firstId)
                .thenComparingInt(Overlap::secondId));
        return new Overlaps(count[0], list, minDistance);
    }

    /**
     * The cell list's range: minDistance itself would make about V / minDistance^3 cells, far too many
     * for a tiny minDistance, so search at least as far as the mean spacing (about N cells) and filter.
     */
    private static double searchRadius(Configuration c, double minDistance) {
        Box box = c.box();
        double shortest = Math.min(box.lx(), Math.min(box.ly(), box.lz()));
        if (!(2 * minDistance < shortest)) {
            throw new IllegalArgumentException("minimum distance " + minDistance
                    + " must be less than half the shortest box length " + shortest);
        }
        double spacing = Math.cbrt(box.volume() / Math.max(c.size(), 1));
        return Math.max(minDistance, Math.min(spacing, 0.49 * shortest));
    }

    public boolean any() {
        return count > 0;
    }

    /** A one-line report, e.g. "2 pairs closer than 0.001: atoms 3 and 9 at 0.0, atoms 1 and 4 at 2.0E-4". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(count).append(count == 1 ? " pair" : " pairs").append(" closer than ").append(minDistance);
        String sep = ": ";
        for (Overlap o : closest) {
            sb.append(sep).append("atoms ").append(o.firstId()).append(" and ").append(o.secondId())
                    .append(" at ").append(o.distance());
            sep = ", ";
        }
        if (count > closest.size()) {
            sb.append(", ...");
        }
        return sb.toString();
    }
}
