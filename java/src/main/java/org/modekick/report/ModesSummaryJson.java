package org.modekick.report;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;

/**
 * modes/summary.json, as far as the report reads it: the boson peak and the fit g = A_D omega^2 +
 * alpha omega^4 (section II.B). Keys: {@code omega_BP}, {@code A_D}, {@code alpha}, {@code N}, and
 * optionally {@code fit_omega_low}/{@code fit_omega_high} (the fitted range). Missing numbers are NaN.
 */
public record ModesSummaryJson(double n, double bosonPeak, double debyeLevel, double alpha, double fitLow,
        double fitHigh, JsonObject raw) {

    static ModesSummaryJson read(Path file) throws IOException {
        JsonObject o = JsonFiles.readObject(file);
        return new ModesSummaryJson(JsonFiles.number(o, "N"), JsonFiles.number(o, "omega_BP"),
                JsonFiles.number(o, "A_D"), JsonFiles.number(o, "alpha"), JsonFiles.number(o, "fit_omega_low"),
                JsonFiles.number(o, "fit_omega_high"), o);
    }

    boolean hasDebyeFit() {
        return Double.isFinite(debyeLevel) && Double.isFinite(alpha);
    }
}
