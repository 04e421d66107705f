package org.modekick.pipeline;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.modekick.dispatch.TaskFarm;
import org.modekick.excite.DisplacementField;
import org.modekick.excite.Reference;
import org.modekick.io.InputFormatException;
import org.modekick.io.JsonFile;
import org.modekick.lammps.FireSettings;
import org.modekick.modes.ParticipationRatio;
import org.modekick.mpi.Communicator;
import org.modekick.path.BandSettings;
import org.modekick.path.LammpsSurface;
import org.modekick.path.MinimumEnergyPath;
import org.modekick.path.Piece;
import org.modekick.store.ExcitationsCsv;
import org.modekick.store.ExciteSummary;
import org.modekick.store.ExciteSummary.Transition;
import org.modekick.store.FinalStates;
import org.modekick.store.PathFiles;
import org.modekick.store.RunManifest;
import org.modekick.store.TransitionPath;

/**
 * The minimum-energy path of every distinct transition of a finished excite run, from r0 to the final state
 * of the transition's representative mode, on parallel workers: each worker (a thread, or an MPI rank) holds one
 * LAMMPS instance ({@link LammpsSurface}) and takes the next transition in id order; a path depends only on r0,
 * that final state and the band settings, so the files do not depend on the number of workers or ranks. Each
 * finished transition is on disk at once ({@link PathFiles}); started again, the run computes only the
 * missing ones. At the end barriers.csv and barriers/summary.json are written, excitations.csv gains
 * omega^2 A_c^2 N / 2 and the true barrier beside Eq. (8), and summary.json T_c from the true barriers.
 */
public final class BarriersRun {

    /** Reported after a run: the paths by id, both T_c, and this session's share. */
    public record Report(Path dir, List<TransitionPath> paths, double criticalTemperature,
                         double pathCriticalTemperature, double escapeCriticalTemperature, int computed, int workers,
                         int ranks, double wallSeconds) {}

    private final Path exciteDir;
    private final Reference reference;
    private final FireSettings fire;
    private final double sameTolerance;
    private final double energyMargin;
    private final BandSettings settings;
    private final List<Transition> transitions;
    private final JsonObject summary;

    private BarriersRun(Path exciteDir, Reference reference, FireSettings fire, double sameTolerance,
                        double energyMargin, BandSettings settings, List<Transition> transitions, JsonObject summary) {
        this.exciteDir = exciteDir;
        this.reference = reference;
        this.fire = fire;
        this.sameTolerance = sameTolerance;
        this.energyMargin = energyMargin;
        this.settings = settings;
        this.transitions = transitions;
        this.summary = summary;
    }

    /**
     * The run for a finished excite directory: its glass (OUT/relaxed.data if excite relaxed it, else the input
     * summary.json names), checked against run.json's r0; the thresholds and FIRE of its summary.json.
     *
     * @param settings the band settings, or null for the defaults of the glass's interactions
     */
    public static BarriersRun open(Path exciteDir, InputGlass.Interactions interactions, BandSettings settings,
                                   Arena arena) throws IOException {
        Path summaryFile = exciteDir.resolve(ExciteSummary.FILE);
        if (!Files.isRegularFile(summaryFile)) {
            throw new RequestException(exciteDir + " holds no " + ExciteSummary.FILE + ": give the directory of a"
                    + " finished 'modekick excite' run");
        }
        JsonObject summary = JsonFile.readObject(summaryFile);
        Path relaxed = exciteDir.resolve("relaxed.data");
        Path glass = Files.isRegularFile(relaxed) ? relaxed : Path.of(JsonFile.text(summary, ExciteSummary.INPUT));
        if (!Files.isRegularFile(glass)) {
            throw new RequestException(summaryFile + " names the glass " + glass + ", which is not there");
        }
        InputGlass input = InputGlass.read(glass, interactions, arena);
        Path logs = exciteDir.resolve(PathFiles.DIR).resolve("lammps");
        Files.createDirectories(logs);
        Reference ref = Reference.of(input.configuration(), input.interaction(), input.masses(),
                logs.resolve(RankLogs.name("reference")), arena);
        JsonObject manifest = JsonFile.object(JsonFile.readObject(exciteDir.resolve(RunManifest.FILE)), "inputs");
        String expected = JsonFile.text(manifest, "r0_sha256");
        if (!expected.equals(sha256(ref.positions()))) {
            throw new RequestException(glass + " is not the glass of the excite run in " + exciteDir
                    + " (r0 differs from run.json's r0_sha256)");
        }
        if (manifest.has("force_field")) {
            String given = ref.interaction().provenance().toString();
            String recorded = manifest.get("force_field").toString();
            // as JSON trees: a string comparison would trip over Gson's HTML escaping of '=' and quotes
            JsonElement asGiven = new com.google.gson.Gson().toJsonTree(ref.interaction().provenance());
            if (!manifest.get("force_field").equals(asGiven)) {
                throw new RequestException("the interactions given (" + given + ") are not those of the excite run in "
                        + exciteDir + " (" + recorded + ")");
            }
        }
        JsonObject thresholds = JsonFile.object(summary, "thresholds");
        double same = JsonFile.number(thresholds, "same_structure_delta");
        double margin = JsonFile.number(thresholds, "energy_margin_m");
        JsonObject f = JsonFile.object(summary, "fire");
        FireSettings fire = new FireSettings(JsonFile.number(f, "timestep"), JsonFile.number(f, "tmax"),
                JsonFile.number(f, "alpha0"), JsonFile.number(f, "dmax"), JsonFile.number(f, "forceTolerance"),
                (int) JsonFile.number(f, "maxIterations"));
        if (Double.isNaN(same) || Double.isNaN(margin)) {
            throw new InputFormatException(summaryFile, "no thresholds.same_structure_delta or energy_margin_m");
        }
        boolean harmonic = JsonFile.text(summary, ExciteSummary.SYSTEM).equals("harmonic");
        BandSettings band = settings != null ? settings : BandSettings.defaults(harmonic, fire.timestep());
        List<Transition> transitions = ExciteSummary.transitions(summary);
        return new BarriersRun(exciteDir, ref, fire, same, margin, band, transitions, summary);
    }

    public BandSettings settings() {
        return settings;
    }

    /** The same run with other band settings. */
    public BarriersRun withSettings(BandSettings other) {
        return new BarriersRun(exciteDir, reference, fire, sameTolerance, energyMargin, other, transitions, summary);
    }

    public int transitions() {
        return transitions.size();
    }

    /**
     * Finds every missing path, then writes the tables; every rank of {@code world} calls this. In one process on
     * {@code workers} threads; under mpirun one transition at a time per rank ({@link TaskFarm}: rank 0 hands them
     * out in id order and alone writes), so the files are a serial run's. Rank 0 gets the report.
     */
    public Optional<Report> run(Communicator world, int workers) throws Exception {
        long t0 = System.nanoTime();
        PathFiles files = new PathFiles(exciteDir);
        FinalStates states = new FinalStates(exciteDir);
        List<Transition> todo = new ArrayList<>();
        boolean root = world.rank() == 0;
        if (root) {
            for (Transition t : transitions) {
                if (files.read(t.id()) == null) {
                    todo.add(t);
                }
            }
        }
        Path logs = files.dir().resolve("lammps");
        if (world.size() == 1) {
            WorkerPool.run(workers, todo.size(), "barriers", w -> LammpsSurface.open(reference, fire, sameTolerance,
                    logs.resolve("worker-" + w + ".log")),
                    (surface, i) -> files.write(compute(todo.get(i), surface, states), reference.structure()));
        } else {
            // tasks by index into the transitions, which every rank read alike
            TaskFarm.run(world, todo.stream().map(transitions::indexOf).toList(),
                    () -> LammpsSurface.open(reference, fire, sameTolerance, logs.resolve(RankLogs.rank(world))),
                    (surface, i) -> compute(transitions.get(i), surface, states).encode(),
                    (i, bytes) -> files.write(PathFiles.Result.decode(bytes), reference.structure()));
            workers = world.size();
        }
        if (!root) {
            return Optional.empty();
        }
        List<TransitionPath> paths = new ArrayList<>();
        for (Transition t : transitions) {
            paths.add(files.read(t.id()));
        }
        double wall = (System.nanoTime() - t0) * 1e-9;
        return Optional.of(finish(files, paths, todo.size(), workers, world.size(), wall));
    }

    private PathFiles.Result compute(Transition t, LammpsSurface surface, FinalStates states) throws IOException {
        long t0 = System.nanoTime();
        int n = reference.particles();
        int dim = 3 * n;
        double[] start = new double[dim];
        MemorySegment.copy(reference.positions(), ValueLayout.JAVA_DOUBLE, 0, start, 0, dim);
        double[] end = new double[dim];
        int k = t.modes().getFirst();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment r1 = states.read(k, arena);
            MemorySegment.copy(r1, ValueLayout.JAVA_DOUBLE, 0, end, 0, dim);
            long calls = surface.forceCalls();
            surface.startAfresh(); // the path must not depend on the transitions this worker computed before
            // the band starts and ends at the relaxed ends themselves: r1 unwrapped next to r0
            double[] d = new double[dim];
            surface.difference(start, end, d);
            for (int j = 0; j < dim; j++) {
                end[j] = start[j] + d[j];
            }
            MinimumEnergyPath path = MinimumEnergyPath.find(surface, settings, start, end, energyMargin);
            Piece top = path.highest();
            List<PathFiles.Image> images = images(path.pieces(), surface);
            // a path not resolved keeps its escape out of r0's basin apart: its band too is written
            List<PathFiles.Image> escape = path.escapeApart() ? images(List.of(path.escape()), surface) : List.of();
            // a piece that ran away has no saddle: its highest image is no transition state to describe
            double distance = Double.NaN;
            double participation = Double.NaN;
            if (path.hasSaddle()) {
                MemorySegment saddle = arena.allocate(ValueLayout.JAVA_DOUBLE, dim);
                MemorySegment.copy(top.saddle(), 0, saddle, ValueLayout.JAVA_DOUBLE, 0, dim);
                DisplacementField field = DisplacementField.between(reference.structure().box(),
                        reference.positions(), saddle, arena);
                distance = field.norm();
                participation = ParticipationRatio.of(field.vector().segment());
            }
            TransitionPath record = new TransitionPath(t.id(), k, t.modes(), path.forwardBarrier(),
                    path.backwardBarrier(), distance, participation,
                    path.images(), path.pieces().size(), surface.forceCalls() - calls,
                    (System.nanoTime() - t0) * 1e-9, top.curvature().lowest(), top.curvature().second(),
                    path.pieces().stream().mapToDouble(Piece::largestForce).max().orElse(Double.NaN),
                    path.converged(), path.pieces().stream().allMatch(q -> q.curvature().firstOrderSaddle()),
                    path.pieces().stream().allMatch(Piece::connects), path.escapeBarrier(), path.escapeVerified(),
                    path.ranAway(), path.newtonSteps());
            return new PathFiles.Result(record, path.startEnergy(), images, escape);
        }
    }

    /** The images of consecutive pieces, each join once, with the arc length s along them. */
    private static List<PathFiles.Image> images(List<Piece> pieces, LammpsSurface surface) {
        List<PathFiles.Image> images = new ArrayList<>();
        double s = 0;
        double[] previous = null;
        double[] step = new double[surface.dimension()];
        for (int p = 0; p < pieces.size(); p++) {
            Piece piece = pieces.get(p);
            for (int i = p == 0 ? 0 : 1; i < piece.images().length; i++) {
                double[] x = piece.images()[i];
                if (previous != null) {
                    surface.difference(previous, x, step);
                    s += Math.sqrt(Arrays.stream(step).map(v -> v * v).sum());
                }
                previous = x;
                images.add(new PathFiles.Image(p, s, piece.energies()[i], i == piece.climbing(), x));
            }
        }
        return images;
    }

    private Report finish(PathFiles files, List<TransitionPath> paths, int computed, int workers, int ranks,
                          double wall) throws IOException {
        files.writeTable(paths);
        Map<Integer, Double> forward = new TreeMap<>();
        Map<Integer, Double> escape = new TreeMap<>();
        for (TransitionPath p : paths) {
            if (p.verified()) {
                forward.put(p.id(), p.forward());
            }
            if (p.escapeVerified()) {
                escape.put(p.id(), p.escape());
            }
        }
        double tcPaper = JsonFile.number(summary, "T_c");
        double tcTrue = forward.values().stream().mapToDouble(b -> 2 * b).min().orElse(Double.NaN);
        double tcEscape = escape.values().stream().mapToDouble(b -> 2 * b).min().orElse(Double.NaN);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("T_c_true", tcTrue);
        result.put("T_c_escape", tcEscape);
        result.put("T_c_paper", tcPaper);
        result.put("definition", "T_c_true = 2 min over the distinct transitions of the forward barrier of the"
                + " minimum-energy path (climbing-image NEB; only paths converged to a first-order saddle that relaxes"
                + " into both ends); T_c_escape = 2 min over the distinct transitions of the escape barrier, the saddle"
                + " by which the path leaves r0's basin - Phi0 (the first band's when it is verified, else that of a band"
                + " narrowed to where the path leaves the basin; only saddles of one negative curvature relaxing into r0"
                + " and into another minimum), which a cascade or a band that ran away also has; T_c_paper = 2 min_k"
                + " Delta Phi_barrier of Eq. (8)");
        result.put("transitions", paths.size());
        result.put("verified", forward.size());
        result.put("escape_verified", escape.size());
        result.put("ran_away", paths.stream().filter(TransitionPath::ranAway).count());
        result.put("table", PathFiles.DIR + "/" + PathFiles.CSV);
        Map<String, Object> band = new LinkedHashMap<>();
        band.put("images", settings.images());
        band.put("spring", settings.spring());
        band.put("force_tolerance", settings.forceTolerance());
        band.put("climb_after", settings.climbAfter());
        band.put("max_iterations", settings.maxIterations());
        band.put("timestep", settings.timestep());
        band.put("max_step", settings.maxStep());
        band.put("max_pieces", settings.maxPieces());
        band.put("newton_steps", settings.newtonSteps());
        band.put("intermediate_minimum_depth", energyMargin);
        band.put("method", "climbing-image NEB in Java over LAMMPS forces: improved tangent, perpendicular spring"
                + " force, FIRE on the whole band, split at intermediate minima (a dip of the profile, a profile"
                + " falling from an end, a side of the saddle relaxing elsewhere); a band whose climbing image rises"
                + " above the straight line's maximum by more than the line's hump is stopped (ran away); saddle:"
                + " Lanczos on the analytic Hessian"
                + " (exactly one negative eigenvalue outside the translations) and relaxation along +-its mode into the"
                + " band's ends (a state that excite's divergence guard refuses is not relaxed: it joins no minimum);"
                + " a band that does not reach the force tolerance has its climbing image converged by Newton's"
                + " method (MINRES on the Hessian, steps halved until |F| falls, at most newton_steps), checked as"
                + " above; newton_steps in barriers.csv says where; a path whose pieces are not all verified goes on from"
                + " its verified ones by a walk through escape saddles (each joining the minimum it leaves to the"
                + " next one) until one relaxes into the final state, its links among the max_pieces");
        result.put("band", band);
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("workers", workers);
        cost.put("mpi_ranks", ranks);
        cost.put("computed_this_session", computed);
        cost.put("session_wall_s", wall);
        cost.put("force_calls_total", paths.stream().mapToLong(TransitionPath::forceCalls).sum());
        cost.put("transition_s_total", paths.stream().mapToDouble(TransitionPath::seconds).sum());
        result.put("cost", cost);
        files.writeSummary(result);
        Path exc = exciteDir.resolve(ExcitationsCsv.FILE);
        ExcitationsCsv.write(exc, ExcitationsCsv.read(exc), reference.particles(), forward, escape);
        Map<String, Object> brief = new LinkedHashMap<>(result);
        brief.remove("band");
        brief.remove("cost");
        ExciteSummary.put(exciteDir.resolve(ExciteSummary.FILE), "true_barriers", brief);
        return new Report(exciteDir, paths, tcPaper, tcTrue, tcEscape, computed, workers, ranks, wall);
    }

    static String sha256(MemorySegment positions) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            RunManifest.update(d, positions);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
