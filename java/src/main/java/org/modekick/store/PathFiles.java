package org.modekick.store;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.modekick.io.AtomicFile;
import org.modekick.io.InputFormatException;
import org.modekick.io.JsonFile;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * The files of {@code modekick barriers}, their one writer and reader, in EXCITE_DIR/barriers/:
 * per transition path-ID.dump (every image of the path as one frame of a LAMMPS text dump, which OVITO
 * plays as a trajectory: {@code id type x y z}, wrapped), path-ID.csv (the energy profile) and
 * path-ID.json (its {@link TransitionPath}, written last: a transition whose json is there is done, so
 * a killed run resumes with the others); then barriers.csv, one line per transition, and summary.json.
 */
public final class PathFiles {

    public static final String DIR = "barriers";
    public static final String CSV = "barriers.csv";
    public static final List<String> COLUMNS = List.of("id", "k", "forward", "backward", "saddle_distance",
            "saddle_P", "images", "pieces", "force_calls", "lambda_1", "lambda_2", "largest_force",
            "converged", "first_order_saddle", "connects", "escape", "escape_verified", "ran_away", "newton_steps");
    public static final List<String> PROFILE_COLUMNS = List.of("image", "piece", "s", "E", "E_minus_Phi0", "climbing");

    private final Path dir;

    public PathFiles(Path exciteDir) throws IOException {
        this.dir = exciteDir.resolve(DIR);
        Files.createDirectories(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path json(int id) {
        return dir.resolve(String.format(Locale.ROOT, "path-%d.json", id));
    }

    public static String dumpName(int id) {
        return "path-" + id + ".dump";
    }

    public static String profileName(int id) {
        return "path-" + id + ".csv";
    }

    /** One image of the written path. */
    public record Image(int piece, double s, double energy, boolean climbing, double[] positions) {}

    public static String escapeDumpName(int id) {
        return "path-" + id + "-escape.dump";
    }

    public static String escapeProfileName(int id) {
        return "path-" + id + "-escape.csv";
    }

    /**
     * What one transition's files are written from: its record, Phi0, the images, and those of the escape band when
     * it is apart from the path (a path not resolved; empty otherwise). Under mpirun it travels to rank 0 as bytes
     * ({@link #encode}, {@link #decode}: every number as its bits), so that rank 0 writes exactly what a serial run
     * writes.
     */
    public record Result(TransitionPath path, double phi0, List<Image> images, List<Image> escape) {

        public Result {
            images = List.copyOf(images);
            escape = List.copyOf(escape);
        }

        public byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                TransitionPath t = path;
                out.writeInt(t.id());
                out.writeInt(t.representative());
                out.writeInt(t.modes().size());
                for (int k : t.modes()) {
                    out.writeInt(k);
                }
                for (double v : new double[] {t.forward(), t.backward(), t.saddleDistance(), t.saddleParticipation()}) {
                    out.writeDouble(v);
                }
                out.writeInt(t.images());
                out.writeInt(t.pieces());
                out.writeLong(t.forceCalls());
                for (double v : new double[] {t.seconds(), t.lowestCurvature(), t.secondCurvature(), t.largestForce()}) {
                    out.writeDouble(v);
                }
                out.writeBoolean(t.converged());
                out.writeBoolean(t.firstOrderSaddle());
                out.writeBoolean(t.connects());
                out.writeDouble(t.escape());
                out.writeBoolean(t.escapeVerified());
                out.writeBoolean(t.ranAway());
                out.writeInt(t.newtonSteps());
                out.writeDouble(phi0);
                writeImages(out, images);
                writeImages(out, escape);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // not on a byte array
            }
            return bytes.toByteArray();
        }

        public static Result decode(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                int id = in.readInt();
                int representative = in.readInt();
                List<Integer> modes = new ArrayList<>();
                for (int i = in.readInt(); i > 0; i--) {
                    modes.add(in.readInt());
                }
                TransitionPath t = new TransitionPath(id, representative, modes, in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readDouble(), in.readInt(), in.readInt(), in.readLong(), in.readDouble(),
                        in.readDouble(), in.readDouble(), in.readDouble(), in.readBoolean(), in.readBoolean(),
                        in.readBoolean(), in.readDouble(), in.readBoolean(), in.readBoolean(), in.readInt());
                double phi0 = in.readDouble();
                List<Image> images = readImages(in);
                List<Image> escape = readImages(in);
                if (in.available() != 0) {
                    throw new IllegalArgumentException("a path result of " + bytes.length + " bytes with "
                            + in.available() + " left over");
                }
                return new Result(t, phi0, images, escape);
            } catch (IOException e) {
                throw new IllegalArgumentException("a damaged path result of " + bytes.length + " bytes", e);
            }
        }

        private static void writeImages(DataOutputStream out, List<Image> images) throws IOException {
            out.writeInt(images.size());
            for (Image im : images) {
                out.writeInt(im.piece());
                out.writeDouble(im.s());
                out.writeDouble(im.energy());
                out.writeBoolean(im.climbing());
                out.writeInt(im.positions().length);
                for (double x : im.positions()) {
                    out.writeDouble(x);
                }
            }
        }

        private static List<Image> readImages(DataInputStream in) throws IOException {
            List<Image> images = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                int piece = in.readInt();
                double s = in.readDouble();
                double e = in.readDouble();
                boolean climbing = in.readBoolean();
                double[] x = new double[in.readInt()];
                for (int j = 0; j < x.length; j++) {
                    x[j] = in.readDouble();
                }
                images.add(new Image(piece, s, e, climbing, x));
            }
            return images;
        }
    }

    /**
     * Writes {@code r}'s dump and profile, and its escape band's where it has one apart, then its json (the mark that
     * it is done).
     */
    public void write(Result r, Configuration r0) throws IOException {
        TransitionPath t = r.path();
        writeBand(dumpName(t.id()), profileName(t.id()), r.images(), r.phi0(), r0);
        Map<String, Object> m = toMap(t);
        if (r.escape().isEmpty()) {
            Files.deleteIfExists(dir.resolve(escapeDumpName(t.id()))); // a recomputed path's old escape
            Files.deleteIfExists(dir.resolve(escapeProfileName(t.id())));
        } else {
            writeBand(escapeDumpName(t.id()), escapeProfileName(t.id()), r.escape(), r.phi0(), r0);
            m.put("escape_dump", escapeDumpName(t.id()));
            m.put("escape_profile", escapeProfileName(t.id()));
        }
        String json = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create().toJson(m);
        AtomicFile.writeText(json(t.id()), out -> out.write(json + "\n"));
    }

    /** The images as a LAMMPS dump (one frame each, wrapped into the box) and as an energy profile. */
    private void writeBand(String dump, String profile, List<Image> images, double phi0, Configuration r0)
            throws IOException {
        Box b = r0.box();
        AtomicFile.writeText(dir.resolve(dump), out -> {
            StringBuilder line = new StringBuilder();
            for (int f = 0; f < images.size(); f++) {
                out.write("ITEM: TIMESTEP\n" + f + "\nITEM: NUMBER OF ATOMS\n" + r0.size() + "\n");
                out.write("ITEM: BOX BOUNDS pp pp pp\n");
                out.write(b.xlo() + " " + b.xhi() + "\n" + b.ylo() + " " + b.yhi() + "\n" + b.zlo() + " " + b.zhi()
                        + "\n");
                out.write("ITEM: ATOMS id type x y z\n");
                double[] x = images.get(f).positions();
                for (int i = 0; i < r0.size(); i++) {
                    line.setLength(0);
                    line.append(i + 1).append(' ').append(r0.type(i));
                    for (int a = 0; a < 3; a++) {
                        double lo = b.lo(a);
                        double l = b.length(a);
                        double w = x[3 * i + a] - lo - l * Math.floor((x[3 * i + a] - lo) / l);
                        line.append(' ').append(lo + (w >= l ? 0 : w));
                    }
                    out.write(line.append('\n').toString());
                }
            }
        });
        AtomicFile.writeText(dir.resolve(profile), out -> {
            out.write(String.join(",", PROFILE_COLUMNS) + "\n");
            for (int f = 0; f < images.size(); f++) {
                Image im = images.get(f);
                out.write(f + "," + im.piece() + "," + im.s() + "," + im.energy() + "," + (im.energy() - phi0) + ","
                        + (im.climbing() ? 1 : 0) + "\n");
            }
        });
    }

    private static Map<String, Object> toMap(TransitionPath t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("representative", t.representative());
        m.put("modes", t.modes());
        m.put("forward", t.forward());
        m.put("backward", t.backward());
        m.put("saddle_distance", t.saddleDistance());
        m.put("saddle_participation", t.saddleParticipation());
        m.put("images", t.images());
        m.put("pieces", t.pieces());
        m.put("force_calls", t.forceCalls());
        m.put("seconds", t.seconds());
        m.put("lambda_1", t.lowestCurvature());
        m.put("lambda_2", t.secondCurvature());
        m.put("largest_force", t.largestForce());
        m.put("converged", t.converged());
        m.put("first_order_saddle", t.firstOrderSaddle());
        m.put("connects", t.connects());
        m.put("escape", t.escape());
        m.put("escape_verified", t.escapeVerified());
        m.put("ran_away", t.ranAway());
        m.put("newton_steps", t.newtonSteps());
        m.put("dump", dumpName(t.id()));
        m.put("profile", profileName(t.id()));
        return m;
    }

    /** Transition {@code id}'s record if a finished run wrote it, else null. */
    public TransitionPath read(int id) throws IOException {
        Path file = json(id);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonObject o = JsonFile.readObject(file);
        List<Integer> modes = new ArrayList<>();
        JsonElement ms = o.get("modes");
        if (ms == null || !ms.isJsonArray()) {
            throw new InputFormatException(file, "no 'modes' array");
        }
        for (JsonElement e : (JsonArray) ms) {
            modes.add(e.getAsInt());
        }
        return new TransitionPath((int) JsonFile.number(o, "id"), (int) JsonFile.number(o, "representative"), modes,
                JsonFile.number(o, "forward"), JsonFile.number(o, "backward"), JsonFile.number(o, "saddle_distance"),
                JsonFile.number(o, "saddle_participation"), (int) JsonFile.number(o, "images"),
                (int) JsonFile.number(o, "pieces"), (long) JsonFile.number(o, "force_calls"),
                JsonFile.number(o, "seconds"), JsonFile.number(o, "lambda_1"), JsonFile.number(o, "lambda_2"),
                JsonFile.number(o, "largest_force"), bool(o, "converged"), bool(o, "first_order_saddle"),
                bool(o, "connects"), JsonFile.number(o, "escape"), bool(o, "escape_verified"), bool(o, "ran_away"),
                o.has("newton_steps") ? (int) JsonFile.number(o, "newton_steps") : 0); // older runs took none
    }

    private static boolean bool(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsBoolean();
    }

    /** barriers.csv, ascending id; wall times are in the json files only, so that it depends on the inputs alone. */
    public void writeTable(List<TransitionPath> paths) throws IOException {
        AtomicFile.writeText(dir.resolve(CSV), out -> {
            out.write(String.join(",", COLUMNS) + "\n");
            for (TransitionPath t : paths) {
                out.write(String.join(",", Integer.toString(t.id()), Integer.toString(t.representative()),
                        Double.toString(t.forward()), Double.toString(t.backward()),
                        Double.toString(t.saddleDistance()), Double.toString(t.saddleParticipation()),
                        Integer.toString(t.images()), Integer.toString(t.pieces()), Long.toString(t.forceCalls()),
                        Double.toString(t.lowestCurvature()),
                        Double.toString(t.secondCurvature()), Double.toString(t.largestForce()),
                        Boolean.toString(t.converged()), Boolean.toString(t.firstOrderSaddle()),
                        Boolean.toString(t.connects()), Double.toString(t.escape()),
                        Boolean.toString(t.escapeVerified()), Boolean.toString(t.ranAway()),
                        Integer.toString(t.newtonSteps())) + "\n");
            }
        });
    }

    /** barriers/summary.json: settings, T_c from the true barriers, costs. */
    public void writeSummary(Map<String, Object> contents) throws IOException {
        ExciteSummary.write(dir.resolve(ExciteSummary.FILE), contents);
    }
}
