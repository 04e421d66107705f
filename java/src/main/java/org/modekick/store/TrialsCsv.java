package org.modekick.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modekick.excite.Outcome;
import org.modekick.io.AtomicFile;
import org.modekick.io.CsvFile;
import org.modekick.io.CsvRecord;

/**
 * trials.csv, its one writer and one reader: every kick of every search ({@link TrialRow}), modes in
 * ascending k, each mode's kicks in the order they were made. Numbers as in {@link ExcitationsCsv}; the
 * outcome is {@link Outcome#csv()}.
 */
public final class TrialsCsv {

    public static final String FILE = "trials.csv";
    public static final List<String> COLUMNS = List.of("k", "A", "dr", "dPhi", "outcome");

    private TrialsCsv() {}

    public static void write(Path file, List<TrialRow> rows) throws IOException {
        AtomicFile.writeText(file, out -> {
            out.write(String.join(",", COLUMNS) + "\n");
            for (TrialRow t : rows) {
                out.write(t.k() + "," + ExcitationsCsv.number(t.amplitude()) + "," + ExcitationsCsv.number(t.dr()) + ","
                        + ExcitationsCsv.number(t.dPhi()) + "," + t.outcome().csv() + "\n");
            }
        });
    }

    /** The lines of {@code file}, in file order. */
    public static List<TrialRow> read(Path file) throws IOException {
        List<TrialRow> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, COLUMNS)) {
            String label = r.text("outcome");
            Outcome outcome = Outcome.find(label).orElseThrow(() -> r.error("column 'outcome': '" + label
                    + "' is none of " + String.join(", ", Arrays.stream(Outcome.values()).map(Outcome::csv).toList())));
            rows.add(new TrialRow(r.integer("k"), r.number("A"), r.number("dr"), r.number("dPhi"), outcome));
        }
        return rows;
    }
}
