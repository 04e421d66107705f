package org.modekick.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.modekick.excite.Status;
import org.modekick.io.AtomicFile;
import org.modekick.io.CsvFile;
import org.modekick.io.CsvRecord;
import org.modekick.io.InputFormatException;

/**
 * excitations.csv, its one writer and one reader: one line per mode ({@link Excitation}), ascending k.
 * Numbers are written with {@link Double#toString(double)} (shortest exact decimal); a number that was not
 * measured, and a mode without a transition id, is an empty field. It is read by column name
 * ({@link CsvFile}); empty and NaN fields read as missing, the status case-insensitively.
 */
public final class ExcitationsCsv {

    public static final String FILE = "excitations.csv";
    public static final List<String> COLUMNS = List.of("k", "omega", "P", "O", "A_c", "dr", "dPhi", "barrier",
            "N_rearr", "I", "a", "A_c_A3", "transition", "status");
    /**
     * The column after {@link #COLUMNS} of a run whose masses are not all 1: kappa = d.H.d along the kick, which the
     * harmonic barrier kappa A_c^2 N / 2 needs (omega^2 is the dynamical matrix's eigenvalue).
     */
    public static final String KAPPA = "kappa";

    private ExcitationsCsv() {}

    /** A measured number, or an empty field for NaN. */
    static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    public static void write(Path file, List<Excitation> rows) throws IOException {
        AtomicFile.writeText(file, out -> {
            out.write(header(rows) + "\n");
            boolean kappa = withKappa(rows);
            for (Excitation e : rows) {
                out.write(line(e, kappa));
                out.write('\n');
            }
        });
    }

    /**
     * The columns {@code modekick barriers} adds: omega^2 A_c^2 N / 2 (kappa A_c^2 N / 2 with masses), the true
     * forward barrier of the mode's transition and its escape barrier (the saddle by which the path leaves r0's basin - Phi0).
     */
    public static final List<String> PATH_COLUMNS = List.of("barrier_harmonic", "barrier_path", "barrier_escape");

    /**
     * excitations.csv with {@link #PATH_COLUMNS} after excite's: for each mode omega^2 A_c^2 N / 2 (N particles)
     * and the forward barrier of its transition's minimum-energy path from {@code pathBarriers} and its escape
     * barrier from {@code escapeBarriers} (both by transition id; empty where there is none).
     */
    public static void write(Path file, List<Excitation> rows, int n, java.util.Map<Integer, Double> pathBarriers,
                             java.util.Map<Integer, Double> escapeBarriers) throws IOException {
        AtomicFile.writeText(file, out -> {
            out.write(header(rows) + "," + String.join(",", PATH_COLUMNS) + "\n");
            boolean kappa = withKappa(rows);
            for (Excitation e : rows) {
                out.write(line(e, kappa) + "," + number(e.harmonicBarrier(n)) + ","
                        + number(ofTransition(e, pathBarriers)) + "," + number(ofTransition(e, escapeBarriers)) + "\n");
            }
        });
    }

    /** The value {@code byTransition} holds for {@code e}'s transition; NaN for none. */
    private static double ofTransition(Excitation e, java.util.Map<Integer, Double> byTransition) {
        return e.transition().isPresent() ? byTransition.getOrDefault(e.transition().getAsInt(), Double.NaN)
                : Double.NaN;
    }

    /** Whether the lines carry kappa (masses not all 1). */
    private static boolean withKappa(List<Excitation> rows) {
        return rows.stream().anyMatch(e -> !Double.isNaN(e.kappa()));
    }

    private static String header(List<Excitation> rows) {
        return String.join(",", COLUMNS) + (withKappa(rows) ? "," + KAPPA : "");
    }

    private static String line(Excitation e, boolean kappa) {
        return line(e) + (kappa ? "," + number(e.kappa()) : "");
    }

    private static String line(Excitation e) {
        return String.join(",", Integer.toString(e.k()), number(e.omega()), number(e.participation()),
                number(e.phononOrder()), number(e.criticalAmplitude()), number(e.dr()), number(e.dPhi()),
                number(e.barrier()), number(e.rearranged()), number(e.overlap()), number(e.decayExponent()),
                number(e.criticalAmplitudeA3()),
                e.transition().isPresent() ? Integer.toString(e.transition().getAsInt()) : "", e.status().csv());
    }

    /** barrier_path of each mode that has one (by k); empty for a file that barriers has not extended. */
    public static java.util.Map<Integer, Double> readPathBarriers(Path file) throws IOException {
        return readByMode(file, "barrier_path");
    }

    /** barrier_escape of each mode that has one (by k); empty for a file without the column. */
    public static java.util.Map<Integer, Double> readEscapeBarriers(Path file) throws IOException {
        return readByMode(file, "barrier_escape");
    }

    private static java.util.Map<Integer, Double> readByMode(Path file, String column) throws IOException {
        java.util.Map<Integer, Double> m = new java.util.TreeMap<>();
        List<CsvRecord> records = CsvFile.read(file, COLUMNS);
        for (CsvRecord r : records) {
            double b;
            try {
                b = r.number(column);
            } catch (RuntimeException | InputFormatException missing) {
                return m;
            }
            if (!Double.isNaN(b)) {
                m.put(r.integer("k"), b);
            }
        }
        return m;
    }

    /** The lines of {@code file}, in file order. */
    public static List<Excitation> read(Path file) throws IOException {
        List<Excitation> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, COLUMNS)) {
            String label = r.text("status");
            Status status = Status.find(label).orElseThrow(() -> r.error("column 'status': '" + label + "' is none of "
                    + String.join(", ", Arrays.stream(Status.values()).map(Status::csv).toList())));
            OptionalInt transition = r.optionalInteger("transition");
            rows.add(new Excitation(r.integer("k"), r.number("omega"), r.number("P"), r.number("O"), r.number("A_c"),
                    r.number("dr"), r.number("dPhi"), r.number("barrier"), r.number("N_rearr"), r.number("I"),
                    r.number("a"), r.number("A_c_A3"), transition, status,
                    r.has(KAPPA) ? r.number(KAPPA) : Double.NaN));
        }
        return rows;
    }
}
