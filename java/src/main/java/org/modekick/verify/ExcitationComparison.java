package org.modekick.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.modekick.store.Excitation;

/**
 * Two excite runs of the same glass and modes side by side (excitations.csv of each), e.g. a serial run and
 * one under mpirun: the same modes, the same status for each, A_c per mode (relative difference; the search
 * brackets A_c to its precision, so runs whose relaxations differ by rounding may land one bracket apart),
 * and the same final-state groups (which modes reach the same transition, whatever the ids).
 *
 * @param modesA modes in A
 * @param modesB modes in B
 * @param missing modes of one but not the other
 * @param statusDiffers modes whose status differs
 * @param maxAmplitudeDifference largest |A_c(A) - A_c(B)| / A_c(A) over modes with an A_c in both (0 if none)
 * @param worstAmplitudeMode k where it is largest (0 if none)
 * @param groupsDiffer modes whose set of fellow group members differs
 * @param maxEnergyDifference largest |dPhi(A) - dPhi(B)| / |dPhi(A)| over transitioned modes (for information)
 */
public record ExcitationComparison(int modesA, int modesB, Set<Integer> missing, Set<Integer> statusDiffers,
                                   double maxAmplitudeDifference, int worstAmplitudeMode, Set<Integer> groupsDiffer,
                                   double maxEnergyDifference) {

    public static ExcitationComparison of(List<Excitation> a, List<Excitation> b) {
        Map<Integer, Excitation> byK = new TreeMap<>();
        b.forEach(e -> byK.put(e.k(), e));
        Set<Integer> missing = new TreeSet<>();
        Set<Integer> status = new TreeSet<>();
        double maxAmplitude = 0;
        int worst = 0;
        double maxEnergy = 0;
        for (Excitation x : a) {
            Excitation y = byK.get(x.k());
            if (y == null) {
                missing.add(x.k());
                continue;
            }
            if (x.status() != y.status()) {
                status.add(x.k());
            }
            double ac = x.criticalAmplitude();
            if (Double.isNaN(ac) != Double.isNaN(y.criticalAmplitude())) {
                status.add(x.k()); // an A_c on one side only is a different outcome
            } else if (!Double.isNaN(ac)) {
                double d = Math.abs(ac - y.criticalAmplitude()) / Math.abs(ac);
                if (d > maxAmplitude) {
                    maxAmplitude = d;
                    worst = x.k();
                }
            }
            if (x.transitioned() && y.transitioned()) {
                maxEnergy = Math.max(maxEnergy, Math.abs(x.dPhi() - y.dPhi()) / Math.abs(x.dPhi()));
            }
        }
        Set<Integer> inA = new TreeSet<>();
        a.forEach(e -> inA.add(e.k()));
        for (Excitation y : b) {
            if (!inA.contains(y.k())) {
                missing.add(y.k());
            }
        }
        Map<Integer, Set<Integer>> groupsA = fellows(a);
        Map<Integer, Set<Integer>> groupsB = fellows(b);
        Set<Integer> groups = new TreeSet<>();
        for (Excitation x : a) {
            if (!groupsA.getOrDefault(x.k(), Set.of()).equals(groupsB.getOrDefault(x.k(), Set.of()))) {
                groups.add(x.k());
            }
        }
        return new ExcitationComparison(a.size(), b.size(), missing, status, maxAmplitude, worst, groups, maxEnergy);
    }

    /** For each mode with a transition id, the modes sharing it (itself included). */
    private static Map<Integer, Set<Integer>> fellows(List<Excitation> rows) {
        Map<Integer, Set<Integer>> byId = new HashMap<>();
        for (Excitation e : rows) {
            e.transition().ifPresent(id -> byId.computeIfAbsent(id, i -> new TreeSet<>()).add(e.k()));
        }
        Map<Integer, Set<Integer>> fellows = new HashMap<>();
        for (Set<Integer> members : byId.values()) {
            for (int k : members) {
                fellows.put(k, members);
            }
        }
        return fellows;
    }

    /** Whether the runs agree: the same modes, statuses and groups, and A_c within {@code amplitudeTolerance}. */
    public boolean agrees(double amplitudeTolerance) {
        return missing.isEmpty() && statusDiffers.isEmpty() && groupsDiffer.isEmpty()
                && maxAmplitudeDifference <= amplitudeTolerance;
    }

    public String report() {
        return String.format(Locale.ROOT, """
                excitations         A %d modes  B %d modes%s
                  status            %s
                  A_c               max relative difference %.2e (mode %d)
                  final states      %s
                  dPhi              max relative difference %.2e (transitioned modes)
                """, modesA, modesB, missing.isEmpty() ? "" : ", in one only: " + missing,
                statusDiffers.isEmpty() ? "the same for every mode" : "differs for modes " + statusDiffers,
                maxAmplitudeDifference, worstAmplitudeMode,
                groupsDiffer.isEmpty() ? "the same groups" : "other groups for modes " + groupsDiffer,
                maxEnergyDifference);
    }
}
