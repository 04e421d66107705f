package org.modekick.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.modekick.store.ThermalFiles;
import java.util.Optional;
import org.modekick.io.InputFormatException;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeSummary;
import org.modekick.modes.ModesCsv;
import org.modekick.modes.ModesSummaryJson;
import org.modekick.modes.VdosCsv;
import org.modekick.modes.VdosPoint;
import org.modekick.store.DecayCsv;
import org.modekick.store.DecayProfile;
import org.modekick.store.Excitation;
import org.modekick.store.ExcitationsCsv;
import org.modekick.store.ExciteSummary;
import org.modekick.store.TrialRow;
import org.modekick.store.TrialsCsv;

/**
 * Reads one sample directory: what {@code modes} wrote in modes/ (modes.csv, vdos.csv, summary.json) and
 * {@code excite} in excite/ (excitations.csv, trials.csv, summary.json, decay-ID.csv), each through the
 * reader of its format ({@link ModesCsv}, {@link VdosCsv}, {@link ModesSummaryJson}, {@link ExcitationsCsv},
 * {@link TrialsCsv}, {@link ExciteSummary}, {@link DecayCsv}). Every file is optional on its own, so that a
 * study whose excite stage has not run still reports its modes; a directory with neither modes.csv nor
 * excitations.csv is an error. Missing numbers may be empty fields or NaN; anything else malformed is an
 * {@link InputFormatException} naming file and line.
 */
public final class SampleLoader {

    /** The sample's subdirectories: what {@code modes} and {@code excite} wrote. */
    public static final String MODES = "modes";
    public static final String EXCITE = "excite";
    /** The thermal test's directory in a sample's directory. */
    public static final String THERMAL = "thermal";

    private SampleLoader() {}

    public static SampleData load(SampleResult sample) throws IOException {
        Path dir = sample.directory();
        if (!Files.isDirectory(dir)) {
            throw new InputFormatException(dir, "sample directory does not exist");
        }
        Path modesDir = dir.resolve(MODES);
        Path exciteDir = dir.resolve(EXCITE);
        Path modesCsv = modesDir.resolve(ModeFiles.MODES_CSV);
        Path excitationsCsv = exciteDir.resolve(ExcitationsCsv.FILE);
        if (!Files.isRegularFile(modesCsv) && !Files.isRegularFile(excitationsCsv)) {
            throw new InputFormatException(dir, "neither modes/modes.csv nor excite/excitations.csv is there");
        }
        List<String> warnings = new ArrayList<>();
        List<ModeSummary> modes = Files.isRegularFile(modesCsv) ? ModesCsv.read(modesCsv) : List.of();
        Path vdosCsv = modesDir.resolve(ModeFiles.VDOS_CSV);
        List<VdosPoint> vdos = Files.isRegularFile(vdosCsv) ? VdosCsv.read(vdosCsv) : List.of();
        Path modesJson = modesDir.resolve(ModeFiles.SUMMARY);
        Optional<ModesSummaryJson> modesSummary = Files.isRegularFile(modesJson)
                ? Optional.of(ModesSummaryJson.read(modesJson)) : Optional.empty();
        List<Excitation> excitations = Files.isRegularFile(excitationsCsv) ? ExcitationsCsv.read(excitationsCsv)
                : List.of();
        Path trialsCsv = exciteDir.resolve(TrialsCsv.FILE);
        List<TrialRow> trials = Files.isRegularFile(trialsCsv) ? TrialsCsv.read(trialsCsv) : List.of();
        Path exciteJson = exciteDir.resolve(ExciteSummary.FILE);
        Optional<ExciteSummary> exciteSummary = Files.isRegularFile(exciteJson)
                ? Optional.of(ExciteSummary.read(exciteJson)) : Optional.empty();
        List<DecayProfile> decays = DecayCsv.readAll(exciteDir);

        exciteSummary.ifPresent(s -> {
            if (Double.isFinite(s.n()) && s.n() != sample.n()) {
                warnings.add(exciteJson + " gives N = " + (long) s.n() + " but the study names N = " + sample.n());
            }
            if (!s.system().isEmpty() && !s.system().equals(sample.system())) {
                warnings.add(exciteJson + " gives system '" + s.system() + "' but the study names '" + sample.system() + "'");
            }
        });
        for (Excitation e : excitations) {
            if (e.transitioned() && e.barrier() <= 0) {
                warnings.add(excitationsCsv + ": mode " + e.k() + " transitioned with barrier " + e.barrier()
                        + " <= 0; left out of T_c");
            }
        }
        modesSummary.ifPresent(s -> {
            if (Double.isFinite(s.n()) && s.n() != sample.n()) {
                warnings.add(modesJson + " gives N = " + (long) s.n() + " but the study names N = " + sample.n());
            }
        });
        Map<Integer, Double> pathBarriers = Files.isRegularFile(excitationsCsv)
                ? ExcitationsCsv.readPathBarriers(excitationsCsv) : Map.of();
        Map<Integer, Double> escapeBarriers = Files.isRegularFile(excitationsCsv)
                ? ExcitationsCsv.readEscapeBarriers(excitationsCsv) : Map.of();
        Path escapeCsv = dir.resolve(THERMAL).resolve(ThermalFiles.ESCAPE);
        List<double[]> escape = Files.isRegularFile(escapeCsv) ? ThermalFiles.readEscape(escapeCsv) : List.of();
        return new SampleData(sample, modes, vdos, modesSummary, excitations, trials, exciteSummary, decays, warnings,
                pathBarriers, escapeBarriers, escape);
    }
}
