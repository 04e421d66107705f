package org.modekick.report;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;

/**
 * excite/summary.json. Numbers missing from the file are NaN; the metadata objects are empty when
 * absent. Beyond the contract the report uses {@code "L"} (the box length) when present, to end the
 * Fig. 9b tail fit at L/2, where the minimum-image distance stops being isotropic.
 *
 * @param n N
 * @param system "harmonic" or "lj"
 * @param seed the seed, as written
 * @param criticalTemperature T_c as excite computed it (cross-checked against Table I here)
 * @param bosonPeak omega_BP
 * @param distinctTransitions how many distinct final states excite found
 * @param boxLength L, or NaN
 * @param tolerances the search's tolerances
 * @param versions program and library versions
 * @param timings wall times
 * @param raw the whole object, for report.json
 */
public record ExciteSummary(double n, String system, String seed, double criticalTemperature, double bosonPeak,
        double distinctTransitions, double boxLength, JsonObject tolerances, JsonObject versions, JsonObject timings,
        JsonObject raw) {

    static ExciteSummary read(Path file) throws IOException {
        JsonObject o = JsonFiles.readObject(file);
        return new ExciteSummary(JsonFiles.number(o, "N"), JsonFiles.text(o, "system"), JsonFiles.text(o, "seed"),
                JsonFiles.number(o, "T_c"), JsonFiles.number(o, "omega_BP"),
                JsonFiles.number(o, "distinct_transitions"), JsonFiles.number(o, "L"),
                JsonFiles.object(o, "tolerances"), JsonFiles.object(o, "versions"), JsonFiles.object(o, "timings"), o);
    }
}
