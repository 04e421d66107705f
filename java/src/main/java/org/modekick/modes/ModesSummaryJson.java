package org.modekick.modes;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.modekick.eigen.EigenResult;
import org.modekick.io.JsonFile;

/**
 * A modes directory's summary.json, its one writer and one reader. Keys: {@code N}, {@code modes},
 * {@code omega_min}, {@code omega_max}, {@code max_relative_residual}, {@code unstable_modes}, {@code method},
 * {@code isolated_particles}, where the spectrum passed the boson peak {@code omega_BP} and the fit g = A_D
 * omega^2 + alpha omega^4 below it ({@code A_D}, {@code alpha}, {@code fit_omega_low}, {@code fit_omega_high};
 * section II.B), {@code timings} (with, for the lowest K, the eigensolver's {@code factor_package},
 * {@code factorisation_s}, {@code iterations_s}, {@code solves}, {@code count_check_package},
 * {@code count_check_s}) and {@code run} (how the modes were computed: {@code selection}, ...). It is
 * read tolerantly ({@link JsonFile}): missing numbers are NaN.
 *
 * @param selection how the modes were computed (run.selection), or empty
 * @param masses the masses the modes belong to (run.masses, run.mass_convention)
 * @param raw the whole object, for report.json
 */
public record ModesSummaryJson(double n, double bosonPeak, double debyeLevel, double alpha, double fitLow,
        double fitHigh, String selection, ModeMasses masses, JsonObject raw) {

    public static final String RUN = "run";
    public static final String SELECTION = "selection";

    /** Writes the summary of {@code result}; {@code run} says how it was computed (selection, options, ...). */
    public static void write(Path file, ModeAnalysisResult result, Map<String, Object> run) throws IOException {
        Modes modes = result.modes();
        JsonObject summary = new JsonObject();
        summary.addProperty("N", modes.particleCount());
        summary.addProperty("modes", modes.size());
        summary.addProperty("omega_min", modes.size() > 0 ? modes.mode(1).omega() : Double.NaN);
        summary.addProperty("omega_max", modes.size() > 0 ? modes.mode(modes.size()).omega() : Double.NaN);
        summary.addProperty("max_relative_residual", result.maxResidual());
        summary.addProperty("unstable_modes", modes.unstableCount());
        summary.addProperty("method", result.method());
        summary.addProperty("isolated_particles", result.isolated());
        if (result.bosonPeak() != null) {
            summary.addProperty("omega_BP", result.bosonPeak().omega());
        }
        if (result.fit() != null) {
            summary.addProperty("A_D", result.fit().debyeLevel());
            summary.addProperty("alpha", result.fit().alpha());
            summary.addProperty("fit_omega_low", result.fit().omegaLow());
            summary.addProperty("fit_omega_high", result.fit().omegaHigh());
        }
        JsonObject timings = new JsonObject();
        timings.addProperty("hessian_s", result.hessianSeconds());
        timings.addProperty("eigensolver_s", result.eigenSeconds());
        timings.addProperty("observables_s", result.observableSeconds());
        addPhases(timings, result.eigenPhases());
        summary.add("timings", timings);
        var gson = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().disableHtmlEscaping()
                .create();
        summary.add(RUN, gson.toJsonTree(run));
        Files.writeString(file, gson.toJson(summary) + "\n", StandardCharsets.UTF_8);
    }

    public static ModesSummaryJson read(Path file) throws IOException {
        JsonObject o = JsonFile.readObject(file);
        return new ModesSummaryJson(JsonFile.number(o, "N"), JsonFile.number(o, "omega_BP"),
                JsonFile.number(o, "A_D"), JsonFile.number(o, "alpha"), JsonFile.number(o, "fit_omega_low"),
                JsonFile.number(o, "fit_omega_high"), JsonFile.text(JsonFile.object(o, RUN), SELECTION),
                ModeMasses.of(JsonFile.object(o, RUN)), o);
    }

    public boolean hasDebyeFit() {
        return Double.isFinite(debyeLevel) && Double.isFinite(alpha);
    }

    /**
     * The eigensolver's phases of a lowest-K solve into {@code o} (nothing for a solve without them, such as
     * slicing): which package factorised and where the time went, the count check's only where one ran. One writer
     * for modes' summary.json and {@code bench modes -o}.
     */
    public static void addPhases(JsonObject o, EigenResult.Phases phases) {
        if (phases.factorPackage().isEmpty()) {
            return;
        }
        o.addProperty("factor_package", phases.factorPackage());
        o.addProperty("factorisation_s", phases.factorSeconds());
        o.addProperty("iterations_s", phases.iterationSeconds());
        o.addProperty("solves", phases.solves());
        o.addProperty("factorisation_cpu_s", phases.cpuSeconds()[0]);
        o.addProperty("iterations_cpu_s", phases.cpuSeconds()[1]);
        if (!phases.countPackage().isEmpty()) {
            o.addProperty("count_check_package", phases.countPackage());
            o.addProperty("count_check_s", phases.countSeconds());
            o.addProperty("count_check_cpu_s", phases.cpuSeconds()[2]);
        }
    }
}
