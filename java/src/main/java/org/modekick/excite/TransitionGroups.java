package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.modekick.system.Box;

/**
 * Distinct final states (section III.B: many modes trigger the identical transition). Modes are taken in
 * increasing k; each final state is compared, permutation-invariantly ({@link StructureMatch}, within
 * delta_same, translation removed), with the first state of every group found so far, and joins the
 * first group it matches or opens the next one. One structure has one energy, so states whose energies
 * differ by more than the energy tolerance are different without a geometric comparison. Ids 1, 2, ... therefore follow the lowest k of each
 * group and do not depend on the order in which the modes finished.
 */
public final class TransitionGroups {

    /**
     * @param id 1, 2, ...
     * @param modes the modes reaching it, ascending; the first is the representative
     * @param widest the largest distance of a member from the representative (after matching)
     */
    public record Group(int id, List<Integer> modes, double widest) {
        public int representative() {
            return modes.get(0);
        }
    }

    private final List<Group> groups;
    private final Map<Integer, Integer> idOf;
    private final double closestApart;
    private final double tolerance;

    private TransitionGroups(List<Group> groups, Map<Integer, Integer> idOf, double closestApart, double tolerance) {
        this.groups = groups;
        this.idOf = idOf;
        this.closestApart = closestApart;
        this.tolerance = tolerance;
    }

    /**
     * Groups the states of {@code ks} (ascending); {@code state} gives mode k's final positions. Holds
     * only the representatives' states.
     */
    public static TransitionGroups of(List<Integer> ks, IntFunction<MemorySegment> state, IntToDoubleFunction energy,
                                      Box box, double tolerance, double energyTolerance) {
        List<List<Integer>> members = new ArrayList<>();
        List<MemorySegment> representatives = new ArrayList<>();
        List<Double> energies = new ArrayList<>();
        List<Double> widest = new ArrayList<>();
        Map<Integer, Integer> idOf = new HashMap<>();
        for (int k : ks) {
            MemorySegment s = state.apply(k);
            double e = energy.applyAsDouble(k);
            int joined = -1;
            for (int g = 0; g < representatives.size() && joined < 0; g++) {
                if (Math.abs(e - energies.get(g)) > energyTolerance) {
                    continue;
                }
                StructureMatch m = StructureMatch.compare(box, representatives.get(g), s, tolerance);
                if (m.sameStructure()) {
                    joined = g;
                    widest.set(g, Math.max(widest.get(g), m.matchedDistance()));
                }
            }
            if (joined < 0) {
                joined = representatives.size();
                representatives.add(s);
                energies.add(e);
                members.add(new ArrayList<>());
                widest.add(0.0);
            }
            members.get(joined).add(k);
            idOf.put(k, joined + 1);
        }
        double closest = Double.POSITIVE_INFINITY;
        for (int a = 0; a < representatives.size(); a++) {
            for (int b = a + 1; b < representatives.size(); b++) {
                closest = Math.min(closest, labelledDistance(box, representatives.get(a), representatives.get(b)));
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            groups.add(new Group(g + 1, List.copyOf(members.get(g)), widest.get(g)));
        }
        return new TransitionGroups(List.copyOf(groups), idOf, closest, tolerance);
    }

    private static double labelledDistance(Box box, MemorySegment a, MemorySegment b) {
        try (Arena arena = Arena.ofConfined()) {
            return DisplacementField.between(box, a, b, arena).norm();
        }
    }

    public List<Group> groups() {
        return groups;
    }

    /** The id of mode k's final state, or 0 if k was not grouped. */
    public int id(int k) {
        return idOf.getOrDefault(k, 0);
    }

    /**
     * The smallest labelled distance (translation removed) between two representatives, infinite with
     * fewer than two groups: how far apart the closest distinct final states are.
     */
    public double closestApart() {
        return closestApart;
    }

    public double tolerance() {
        return tolerance;
    }
}
