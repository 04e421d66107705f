package org.modekick.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.modekick.io.AtomicFile;
import org.modekick.io.CsvFile;
import org.modekick.io.CsvRecord;
import org.modekick.thermal.Quench;

/**
 * The files of {@code modekick thermal}, their one writer and reader: runs/T-VALUE-seed-S.csv per finished
 * run (a killed thermal resumes with the missing runs), then quenches.csv (every quench), escape.csv (per
 * temperature: quenches, escapes, their fraction, the known transitions reached) and summary.json.
 */
public final class ThermalFiles {

    public static final String QUENCHES = "quenches.csv";
    public static final String ESCAPE = "escape.csv";
    public static final List<String> COLUMNS = List.of("T", "seed", "step", "T_kinetic", "E", "dr", "state",
            "transition", "fire_iterations", "converged");
    public static final List<String> ESCAPE_COLUMNS = List.of("T", "T_over_T_c", "T_over_T_c_true", "runs",
            "quenches", "escaped", "fraction", "transitions", "new_states");

    private final Path dir;

    public ThermalFiles(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir.resolve("runs"));
    }

    public Path dir() {
        return dir;
    }

    private Path run(double temperature, int seed) {
        return dir.resolve("runs").resolve(String.format(Locale.ROOT, "T-%s-seed-%d.csv", temperature, seed));
    }

    public void writeRun(double temperature, int seed, List<Quench> quenches) throws IOException {
        AtomicFile.writeText(run(temperature, seed), out -> {
            out.write(String.join(",", COLUMNS) + "\n");
            for (Quench q : quenches) {
                out.write(line(q) + "\n");
            }
        });
    }

    /**
     * A run's quenches as bytes, every number as its bits: how they travel to rank 0 under mpirun, so that it writes
     * exactly what a serial run writes ({@link #decode}).
     */
    public static byte[] encode(List<Quench> quenches) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(quenches.size());
            for (Quench q : quenches) {
                out.writeDouble(q.temperature());
                out.writeInt(q.seed());
                out.writeLong(q.step());
                out.writeDouble(q.kinetic());
                out.writeDouble(q.energy());
                out.writeDouble(q.distance());
                out.writeUTF(q.state());
                out.writeInt(q.transition());
                out.writeLong(q.iterations());
                out.writeBoolean(q.converged());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not on a byte array
        }
        return bytes.toByteArray();
    }

    /** The quenches {@link #encode} wrote. */
    public static List<Quench> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            List<Quench> out = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                out.add(new Quench(in.readDouble(), in.readInt(), in.readLong(), in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readUTF(), in.readInt(), in.readLong(), in.readBoolean()));
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("quenches of " + bytes.length + " bytes with " + in.available()
                        + " left over");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("damaged quenches of " + bytes.length + " bytes", e);
        }
    }

    /** The quenches of a finished run, or null if it has not finished. */
    public List<Quench> readRun(double temperature, int seed) throws IOException {
        Path file = run(temperature, seed);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<Quench> out = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, COLUMNS)) {
            out.add(new Quench(r.number("T"), r.integer("seed"), r.integer("step"), r.number("T_kinetic"),
                    r.number("E"), r.number("dr"), r.text("state"), r.integer("transition"),
                    r.integer("fire_iterations"), Boolean.parseBoolean(r.text("converged"))));
        }
        return out;
    }

    private static String line(Quench q) {
        return String.join(",", Double.toString(q.temperature()), Integer.toString(q.seed()), Long.toString(q.step()),
                Double.toString(q.kinetic()), Double.toString(q.energy()), Double.toString(q.distance()), q.state(),
                Integer.toString(q.transition()), Long.toString(q.iterations()), Boolean.toString(q.converged()));
    }

    /** One line of escape.csv. */
    public record Escape(double temperature, double overCritical, double overTrue, int runs, int quenches,
                         int escaped, TreeSet<Integer> transitions, int newStates) {
        public double fraction() {
            return quenches == 0 ? Double.NaN : (double) escaped / quenches;
        }
    }

    public void writeTables(List<Quench> all, List<Escape> escapes, Map<String, Object> summary) throws IOException {
        AtomicFile.writeText(dir.resolve(QUENCHES), out -> {
            out.write(String.join(",", COLUMNS) + "\n");
            for (Quench q : all) {
                out.write(line(q) + "\n");
            }
        });
        AtomicFile.writeText(dir.resolve(ESCAPE), out -> {
            out.write(String.join(",", ESCAPE_COLUMNS) + "\n");
            for (Escape e : escapes) {
                out.write(String.join(",", Double.toString(e.temperature()), Double.toString(e.overCritical()),
                        Double.toString(e.overTrue()), Integer.toString(e.runs()), Integer.toString(e.quenches()),
                        Integer.toString(e.escaped()), Double.toString(e.fraction()),
                        String.join(";", e.transitions().stream().map(String::valueOf).toList()),
                        Integer.toString(e.newStates())) + "\n");
            }
        });
        ExciteSummary.write(dir.resolve(ExciteSummary.FILE), summary);
    }

    /** escape.csv as written: T, T/T_c, T/T_c_true, fraction (for the report). */
    public static List<double[]> readEscape(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (CsvRecord r : CsvFile.read(file, ESCAPE_COLUMNS)) {
            rows.add(new double[] {r.number("T"), r.number("T_over_T_c"), r.number("T_over_T_c_true"),
                    r.number("fraction")});
        }
        return rows;
    }
}
