package org.modekick.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.modekick.modes.ModeSummary;
import org.modekick.excite.Status;
import org.modekick.modes.VdosPoint;
import org.modekick.store.DecayProfile;
import org.modekick.store.Excitation;

/**
 * Reads one sample directory. The data contract, relative to the directory:
 * <ul>
 * <li>{@code modes/modes.csv}: {@code k,lambda,omega,P,O}</li>
 * <li>{@code modes/vdos.csv} (optional): {@code omega,g,g_over_omega2}</li>
 * <li>{@code modes/summary.json} (optional): {@code omega_BP, A_D, alpha, N}, optionally
 * {@code fit_omega_low, fit_omega_high}</li>
 * <li>{@code excite/excitations.csv}: {@code k,omega,P,O,A_c,dr,dPhi,barrier,N_rearr,I,a,A_c_A3,transition,status}</li>
 * <li>{@code excite/trials.csv} (optional): {@code k,A,dr,dPhi,outcome}</li>
 * <li>{@code excite/summary.json} (optional): {@code N, system, seed, T_c, omega_BP, distinct_transitions,
 * tolerances, versions, timings}, optionally {@code L}</li>
 * <li>{@code excite/decay-<transition>.csv} (optional): {@code distance,dr}</li>
 * </ul>
 * Every file is optional on its own, so that a study whose excite stage has not run still reports its
 * modes; a directory with neither modes.csv nor excitations.csv is an error. Missing numbers may be
 * empty fields or NaN; anything else malformed is an {@link InputFormatException} naming file and line.
 */
public final class SampleLoader {

    static final List<String> MODES_COLUMNS = List.of("k", "lambda", "omega", "P", "O");
    static final List<String> VDOS_COLUMNS = List.of("omega", "g", "g_over_omega2");
    static final List<String> EXCITATION_COLUMNS = List.of("k", "omega", "P", "O", "A_c", "dr", "dPhi", "barrier",
            "N_rearr", "I", "a", "A_c_A3", "transition", "status");
    static final List<String> TRIAL_COLUMNS = List.of("k", "A", "dr", "dPhi", "outcome");
    static final List<String> DECAY_COLUMNS = List.of("distance", "dr");

    private static final Pattern DECAY_FILE = Pattern.compile("decay-(-?\\d+)\\.csv");

    private SampleLoader() {}

    public static SampleData load(SampleResult sample) throws IOException {
        Path dir = sample.directory();
        if (!Files.isDirectory(dir)) {
            throw new InputFormatException(dir, "sample directory does not exist");
        }
        Path modesCsv = dir.resolve("modes/modes.csv");
        Path excitationsCsv = dir.resolve("excite/excitations.csv");
        if (!Files.isRegularFile(modesCsv) && !Files.isRegularFile(excitationsCsv)) {
            throw new InputFormatException(dir, "neither modes/modes.csv nor excite/excitations.csv is there");
        }
        List<String> warnings = new ArrayList<>();
        List<ModeSummary> modes = Files.isRegularFile(modesCsv) ? readModes(modesCsv) : List.of();
        Path vdosCsv = dir.resolve("modes/vdos.csv");
        List<VdosPoint> vdos = Files.isRegularFile(vdosCsv) ? readVdos(vdosCsv) : List.of();
        Path modesJson = dir.resolve("modes/summary.json");
        Optional<ModesSummaryJson> modesSummary = Files.isRegularFile(modesJson)
                ? Optional.of(ModesSummaryJson.read(modesJson)) : Optional.empty();
        List<Excitation> excitations = Files.isRegularFile(excitationsCsv) ? readExcitations(excitationsCsv) : List.of();
        Path trialsCsv = dir.resolve("excite/trials.csv");
        List<Trial> trials = Files.isRegularFile(trialsCsv) ? readTrials(trialsCsv) : List.of();
        Path exciteJson = dir.resolve("excite/summary.json");
        Optional<ExciteSummary> exciteSummary = Files.isRegularFile(exciteJson)
                ? Optional.of(ExciteSummary.read(exciteJson)) : Optional.empty();
        List<DecayProfile> decays = readDecays(dir.resolve("excite"));

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
        return new SampleData(sample, modes, vdos, modesSummary, excitations, trials, exciteSummary, decays, warnings);
    }

    static List<ModeSummary> readModes(Path file) throws IOException {
        List<ModeSummary> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, MODES_COLUMNS)) {
            rows.add(new ModeSummary(r.integer("k"), r.number("lambda"), r.number("omega"), r.number("P"), r.number("O")));
        }
        return rows;
    }

    static List<VdosPoint> readVdos(Path file) throws IOException {
        List<VdosPoint> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, VDOS_COLUMNS)) {
            double omega = r.number("omega");
            double g = r.number("g");
            double reduced = r.number("g_over_omega2");
            if (!Double.isFinite(reduced) && omega > 0) {
                reduced = g / (omega * omega);
            }
            rows.add(new VdosPoint(omega, g, reduced));
        }
        return rows;
    }

    /** The rows of an excite/excitations.csv, in file order. */
    public static List<Excitation> readExcitations(Path file) throws IOException {
        List<Excitation> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, EXCITATION_COLUMNS)) {
            String label = r.text("status");
            Status status = Status.find(label).orElseThrow(() -> r.error("column 'status': '"
                    + label + "' is none of transitioned, no-transition-in-range, diverged, exchange, failed"));
            OptionalInt transition = r.optionalInteger("transition");
            rows.add(new Excitation(r.integer("k"), r.number("omega"), r.number("P"), r.number("O"), r.number("A_c"),
                    r.number("dr"), r.number("dPhi"), r.number("barrier"), r.number("N_rearr"), r.number("I"),
                    r.number("a"), r.number("A_c_A3"), transition, status));
        }
        return rows;
    }

    static List<Trial> readTrials(Path file) throws IOException {
        List<Trial> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, TRIAL_COLUMNS)) {
            rows.add(new Trial(r.integer("k"), r.number("A"), r.number("dr"), r.number("dPhi"), r.text("outcome")));
        }
        return rows;
    }

    static DecayProfile readDecay(Path file, int transition) throws IOException {
        List<CsvRecord> records = CsvFile.read(file, DECAY_COLUMNS);
        double[] distance = new double[records.size()];
        double[] dr = new double[records.size()];
        for (int i = 0; i < records.size(); i++) {
            distance[i] = records.get(i).number("distance");
            dr[i] = records.get(i).number("dr");
        }
        return new DecayProfile(transition, distance, dr);
    }

    private static List<DecayProfile> readDecays(Path exciteDir) throws IOException {
        List<DecayProfile> decays = new ArrayList<>();
        if (!Files.isDirectory(exciteDir)) {
            return decays;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(exciteDir, "decay-*.csv")) {
            for (Path file : files) {
                Matcher m = DECAY_FILE.matcher(file.getFileName().toString());
                if (m.matches()) {
                    decays.add(readDecay(file, Integer.parseInt(m.group(1))));
                }
            }
        }
        decays.sort(Comparator.comparingInt(DecayProfile::transition));
        return decays;
    }
}
