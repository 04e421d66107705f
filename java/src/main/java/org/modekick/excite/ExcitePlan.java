package org.modekick.excite;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.modekick.modes.Modes;

/**
 * What an excite run computes: the inherent structure, its modes with P_k and O_k, which modes to kick
 * (ks), how a relaxed state is judged (thresholds) and searched (settings), and the provenance that
 * summary.json records (system, seed, input, versions, ...).
 */
public record ExcitePlan(Reference reference, Modes modes, double[] participation, double[] phononOrder,
                         List<Integer> ks, Thresholds thresholds, ExciteSettings settings,
                         Map<String, Object> provenance) {

    public ExcitePlan {
        ks = List.copyOf(ks);
        provenance = new LinkedHashMap<>(provenance);
        if (ks.isEmpty()) {
            throw new IllegalArgumentException("no modes to excite");
        }
    }

    /** This plan with {@code key} added to (or replaced in) the provenance. */
    public ExcitePlan withProvenance(String key, Object value) {
        Map<String, Object> p = new LinkedHashMap<>(provenance);
        p.put(key, value);
        return new ExcitePlan(reference, modes, participation, phononOrder, ks, thresholds, settings, p);
    }
}
