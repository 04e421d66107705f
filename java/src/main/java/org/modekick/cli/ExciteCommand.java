package org.modekick.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.modekick.eigen.EigenSolver;
import org.modekick.pipeline.ExciteRun;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.ModeResult;
import org.modekick.modes.ModeSet;
import org.modekick.excite.Reference;
import org.modekick.store.RunManifest;
import org.modekick.excite.Status;
import org.modekick.excite.Thresholds;
import org.modekick.lammps.FireSettings;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.PhononOrderParameter;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.system.Configuration;

/** {@code modekick excite}: critical amplitudes A_c and the transitions they trigger (sections II.C, III). */
final class ExciteCommand implements Command {

    static final String MODES = "modes";
    static final String RANKS_PER_TASK = "ranks-per-task";

    @Override
    public String name() {
        return "excite";
    }

    @Override
    public String summary() {
        return "kick each mode, find its critical amplitude A_c and the transition it triggers";
    }

    @Override
    public String positional() {
        return "glass.data";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("output directory (required): excitations.csv,"
                + " trials.csv, decay-ID.csv, transition-ID.dump, summary.json; a killed run resumes there"));
        addRunOptions(o);
        return o;
    }

    /** Everything but the output and the interactions: shared with bench. */
    static void addRunOptions(Options o) {
        o.addOption(Option.builder().longOpt(MODES).hasArg().argName("DIR")
                .desc("modes from 'modekick modes' (default: computed here with the selection, kept in OUT/modes)").get());
        ModesCommand.addSelection(o);
        o.addOption(Option.builder().longOpt("a-min").hasArg().argName("A")
                .desc("smallest amplitude (default 1e-7 harmonic, 1e-5 LJ)").get());
        o.addOption(Option.builder().longOpt("a-max").hasArg().argName("A")
                .desc("largest amplitude (default 1e-1 harmonic, 1 LJ)").get());
        o.addOption(Option.builder().longOpt("scan-factor").hasArg().argName("F")
                .desc("ratio of successive amplitudes of the bracketing scan (default 10)").get());
        o.addOption(Option.builder().longOpt("precision").hasArg().argName("P")
                .desc("relative width of the final bracket of A_c (default 1e-2)").get());
        o.addOption(Option.builder().longOpt("workers").hasArg().argName("W")
                .desc("parallel LAMMPS instances in this process (default: available processors; 1 under MPI)").get());
        o.addOption(Option.builder().longOpt(RANKS_PER_TASK).hasArg().argName("R")
                .desc("under MPI: ranks per task group, each group running one LAMMPS instance domain-decomposed"
                        + " over its ranks and taking modes from a shared queue (default 1; must divide the ranks)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("S")
                .desc("the glass's preparation seed, for summary.json (default: read from GLASS.lammps.log if there)").get());
        o.addOption(Option.builder().longOpt("ftol").hasArg().argName("F")
                .desc("FIRE force tolerance on |F| (default 1e-10)").get());
        o.addOption(Option.builder().longOpt("fire-timestep").hasArg().argName("DT")
                .desc("FIRE timestep (default 0.05 harmonic, 0.005 LJ)").get());
        o.addOption(Option.builder().longOpt("fire-tmax").hasArg().argName("T").desc("FIRE tmax (default 8 harmonic, 5 LJ)").get());
        o.addOption(Option.builder().longOpt("fire-alpha0").hasArg().argName("A").desc("FIRE alpha0 (default 0.25)").get());
        o.addOption(Option.builder().longOpt("fire-dmax").hasArg().argName("D").desc("FIRE dmax (default 0.1)").get());
        o.addOption(Option.builder().longOpt("max-iterations").hasArg().argName("K")
                .desc("FIRE iterations allowed per relaxation (default 100000)").get());
        o.addOption(Option.builder().longOpt("no-early-stop")
                .desc("relax every kick to convergence (same answers, slower; for comparison)").get());
    }

    /** Defaults by interaction: the paper's harmonic glass or its LJ glass. */
    private record Defaults(String system, double aMin, double aMax, FireSettings fire) {}

    private static Defaults defaults(ForceField ff) {
        boolean harmonic = ff.pair(1, 1) instanceof HarmonicContact;
        return harmonic ? new Defaults("harmonic", 1e-7, 1e-1, FireSettings.harmonic())
                : new Defaults("lj", 1e-5, 1, FireSettings.lennardJones());
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        Path dir = CommonOptions.output(line);
        Communicator world = MpiRuntime.world();
        TaskGroups groups = taskGroups(line, world.size());
        int workers = workers(line, groups);
        try (Arena arena = Arena.ofShared()) {
            Prepared p = prepare(line, InputGlass.read(line, arena), dir, workers, arena);
            Optional<ExciteRun.Report> report;
            try {
                report = groups.ranks() == 1
                        ? Optional.of(new ExciteRun(p.plan()).run(dir, workers, ExciteRun.Listener.NONE))
                        : new ExciteRun(p.plan()).run(dir, world, groups, ExciteRun.Listener.NONE);
            } catch (RunManifest.MismatchException e) {
                throw new UsageException(e.getMessage());
            }
            report.ifPresent(r -> out.print(report(r)));
        }
        return 0;
    }

    /** The task groups of this job: --ranks-per-task R (default 1), which must divide the number of ranks. */
    static TaskGroups taskGroups(CommandLine line, int ranks) {
        long perTask = CommonOptions.longValue(line, RANKS_PER_TASK, 1);
        if (perTask < 1 || perTask > Integer.MAX_VALUE) {
            throw new UsageException("--ranks-per-task must be a positive integer");
        }
        try {
            return new TaskGroups(ranks, (int) perTask);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + " (mpirun -np P with P a multiple of --ranks-per-task)");
        }
    }

    /**
     * Threads per process: --workers (default all cores) in one process; under MPI each task group runs
     * one LAMMPS instance and the ranks are the parallelism, so more than one worker is refused.
     */
    static int workers(CommandLine line, TaskGroups groups) {
        if (groups.ranks() > 1) {
            if (CommonOptions.longValue(line, "workers", 1) != 1) {
                throw new UsageException("--workers applies to one process; under MPI each task group runs one LAMMPS"
                        + " instance: start more ranks (mpirun -np) instead");
            }
            return 1;
        }
        long workers = CommonOptions.longValue(line, "workers", Runtime.getRuntime().availableProcessors());
        if (workers < 1 || workers > 4096) {
            throw new UsageException("--workers must be between 1 and 4096");
        }
        return (int) workers;
    }

    /** A plan and a worker count, from a command line. */
    record Prepared(ExcitePlan plan, int workers) {}

    /** The glass read from {@code file} with the command line's interactions. */
    static InputGlass glass(CommandLine line, Path file, Arena arena) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("input data file not found: " + file);
        }
        org.modekick.system.DataFile.Contents contents = org.modekick.system.DataFile.read(file, arena);
        return new InputGlass(file, contents, CommonOptions.forceField(line, contents.configuration().atomTypes()));
    }

    static Prepared prepare(CommandLine line, InputGlass glass, Path dir, int workers, Arena arena) throws IOException {
        Configuration input = glass.contents().configuration();
        ForceField ff = glass.forceField();
        checkBox(input, ff);
        Defaults d = defaults(ff);
        ExciteSettings settings = settings(line, d);
        Files.createDirectories(dir);
        Reference reference;
        try {
            reference = Reference.of(input, ff, glass.masses(), referenceLog(dir), arena);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        boolean selected = line.hasOption("count") || line.hasOption("omega-max") || line.hasOption("below-boson-peak");
        ModeSelection selection = selected ? ModesCommand.selection(line) : null;
        ModeSet set;
        List<Integer> ks;
        String source;
        try {
            if (line.hasOption(MODES)) {
                Path modesDir = Path.of(line.getOptionValue(MODES));
                if (!Files.isRegularFile(modesDir.resolve(ModeFiles.MODES_CSV))) {
                    throw new UsageException("--modes " + modesDir + " holds no " + ModeFiles.MODES_CSV);
                }
                set = ModeSet.read(modesDir, arena);
                ks = set.select(selection);
                source = modesDir.toAbsolutePath().toString();
            } else {
                set = ownModes(dir.resolve(MODES), selection, reference, arena);
                ks = set.select(null);
                source = "computed by excite: " + dir.resolve(MODES).toAbsolutePath();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (set.modes().particleCount() != input.size()) {
            throw new UsageException("the modes are of N = " + set.modes().particleCount() + " particles, the glass has "
                    + input.size());
        }
        Thresholds thresholds = Thresholds.derive(settings.fire().forceTolerance(), reference.forceNorm(),
                set.lambdaMin(), reference.energy());
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("system", line.hasOption(CommonOptions.SYSTEM) ? d.system() : "custom");
        provenance.put("force_field", ff.lammpsCommands());
        String seed = seed(line, glass.file());
        if (seed != null) {
            provenance.put("seed", seed);
        }
        provenance.put("input", glass.file().toAbsolutePath().toString());
        provenance.put("glass_sha256", RunManifest.sha256(glass.file()));
        provenance.put("modes_source", source);
        provenance.put("modes_selection", selection == null ? set.selection() : selection.describe());
        if (!Double.isNaN(set.omegaBosonPeak())) {
            provenance.put("omega_BP", set.omegaBosonPeak());
        }
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("modekick", Versions.modekick());
        versions.put("lammps", reference.lammpsVersion());
        versions.put("java", System.getProperty("java.version"));
        provenance.put("versions", versions);
        return new Prepared(new ExcitePlan(reference, set.modes(), set.participation(), set.phononOrder(), ks,
                thresholds, settings, provenance), workers);
    }

    /**
     * The log of the LAMMPS instance that reads r0 back: every rank opens one in its own process (so that r0,
     * Phi0 and F0 are bit for bit a serial run's), each with its own log.
     */
    private static Path referenceLog(Path dir) {
        int rank = MpiRuntime.world().rank();
        return dir.resolve("lammps").resolve(rank == 0 ? "reference.log" : "reference-rank-" + rank + ".log");
    }

    /**
     * OUT/modes from an earlier run of this command, or computed now (and kept there for a resumed run): under
     * MPI by every rank together, as the modes command does, written by rank 0 and read back by all.
     */
    private static ModeSet ownModes(Path modesDir, ModeSelection selection, Reference reference, Arena arena)
            throws IOException {
        Communicator world = MpiRuntime.world();
        boolean exists = Files.isRegularFile(modesDir.resolve(ModeFiles.MODES_CSV));
        // rank 0's view decides: every rank must take the same branch (the computation is collective)
        if (world.broadcast(new int[] {exists ? 1 : 0}, 0)[0] == 1) {
            ModeSet set = ModeSet.read(modesDir, arena);
            if (selection != null && !selection.describe().equals(set.selection())) {
                throw new UsageException(modesDir + " holds the modes '" + set.selection() + "', not '"
                        + selection.describe() + "': use another -o directory");
            }
            return set;
        }
        if (selection == null) {
            throw new UsageException("give --modes DIR, or one of --count K, --omega-max W, --below-boson-peak");
        }
        EigenSolver solver = new EigenSolver(EigenSolver.Options.defaults(), world);
        Optional<ModeAnalysisResult> r = new ModeAnalysis(reference.structure(), reference.forceField(), solver,
                PhononOrderParameter.PAPER_NM).computeParallel(selection, arena);
        Agreement.run(world, "writing " + modesDir, () -> r.ifPresent(result -> {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("selection", selection.describe());
            metadata.put("nm", PhononOrderParameter.PAPER_NM);
            metadata.put("mpi_ranks", world.size());
            metadata.put("modekick_version", Versions.modekick());
            try {
                ModeFiles.write(modesDir, result, metadata);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return ModeSet.read(modesDir, arena); // the exact numbers a resumed run reads back
    }

    private static ExciteSettings settings(CommandLine line, Defaults d) {
        FireSettings f = d.fire();
        long maxIterations = CommonOptions.longValue(line, "max-iterations", 100_000);
        if (maxIterations < 1 || maxIterations > Integer.MAX_VALUE) {
            throw new UsageException("--max-iterations must be between 1 and " + Integer.MAX_VALUE);
        }
        try {
            FireSettings fire = new FireSettings(CommonOptions.doubleValue(line, "fire-timestep", f.timestep()),
                    CommonOptions.doubleValue(line, "fire-tmax", f.tmax()),
                    CommonOptions.doubleValue(line, "fire-alpha0", f.alpha0()),
                    CommonOptions.doubleValue(line, "fire-dmax", f.dmax()),
                    CommonOptions.doubleValue(line, "ftol", f.forceTolerance()), (int) maxIterations);
            return new ExciteSettings(CommonOptions.doubleValue(line, "a-min", d.aMin()),
                    CommonOptions.doubleValue(line, "a-max", d.aMax()),
                    CommonOptions.doubleValue(line, "scan-factor", ExciteSettings.DEFAULT_SCAN_FACTOR),
                    CommonOptions.doubleValue(line, "precision", ExciteSettings.DEFAULT_PRECISION), fire,
                    !line.hasOption("no-early-stop"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Java's cell lists and LAMMPS's minimum image agree only when every box edge exceeds twice the cutoff. */
    private static void checkBox(Configuration c, ForceField ff) {
        for (int a = 0; a < 3; a++) {
            if (!(c.box().length(a) > 2 * ff.maxCutoff())) {
                throw new UsageException("box edge " + c.box().length(a) + " is not more than twice the cutoff "
                        + ff.maxCutoff() + ": use a larger system");
            }
        }
    }

    private static final Pattern SEED = Pattern.compile("^variable\\s+seed\\s+index\\s+(\\S+)", Pattern.MULTILINE);

    /** --seed, or the seed that prepare's LAMMPS log beside the glass recorded. */
    private static String seed(CommandLine line, Path glass) {
        if (line.hasOption("seed")) {
            return line.getOptionValue("seed").trim();
        }
        Path log = glass.resolveSibling(glass.getFileName() + ".lammps.log");
        try {
            if (Files.isRegularFile(log)) {
                Matcher m = SEED.matcher(Files.readString(log));
                if (m.find()) {
                    return m.group(1);
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // provenance only
        }
        return null;
    }

    static String report(ExciteRun.Report r) {
        StringBuilder sb = new StringBuilder();
        List<ModeResult> rs = r.results();
        String parallel = r.taskGroups().ranks() > 1 ? r.taskGroups().describe() : r.workers() + " workers";
        sb.append(String.format(Locale.ROOT, "%d modes excited (%d computed now, session %d, %s, %.1f s)%n",
                rs.size(), r.computed(), r.session(), parallel, r.wallSeconds()));
        for (Status s : Status.values()) {
            long n = rs.stream().filter(m -> m.status() == s).count();
            if (n > 0) {
                sb.append(String.format(Locale.ROOT, "  %-24s %d%n", s.csv(), n));
            }
        }
        sb.append(String.format(Locale.ROOT, "  distinct transitions     %d%n", r.groups().groups().size()));
        rs.stream().filter(ModeResult::transitioned).mapToDouble(ModeResult::criticalAmplitude).min().ifPresent(lo -> {
            double hi = rs.stream().filter(ModeResult::transitioned).mapToDouble(ModeResult::criticalAmplitude).max()
                    .orElse(lo);
            sb.append(String.format(Locale.ROOT, "  A_c                      %.3g .. %.3g%n", lo, hi));
        });
        sb.append(String.format(Locale.ROOT, "  T_c                      %.3g%n", r.onsetTemperature()));
        sb.append("  written                  ").append(r.dir().toAbsolutePath()).append(System.lineSeparator());
        return sb.toString();
    }
}
