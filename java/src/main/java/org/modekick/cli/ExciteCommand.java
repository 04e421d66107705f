package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Status;
import org.modekick.forecast.MemoryCheck;
import org.modekick.forecast.ModeProgress;
import org.modekick.forecast.ProgressFile;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.InvalidSettingException;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeSelection;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.pipeline.ExciteRun;
import org.modekick.pipeline.ExciteStep;
import org.modekick.pipeline.InputGlass;
import org.modekick.store.Journal;

/** {@code modekick excite}: critical amplitudes A_c and the transitions they trigger (sections II.C, III). */
final class ExciteCommand implements Command {

    static final Flag MODES = Flag.of("modes", "DIR",
            "modes from 'modekick modes' (default: computed here with the selection, kept in OUT/modes)");
    static final Flag A_MIN = Flag.of("a-min", "A", "smallest amplitude (default 1e-7 harmonic, 1e-5 LJ)");
    static final Flag A_MAX = Flag.of("a-max", "A", "largest amplitude (default 1e-1 harmonic, 1 LJ)");
    static final Flag SCAN_FACTOR = Flag.of("scan-factor", "F",
            "ratio of successive amplitudes of the bracketing scan (default 10)");
    static final Flag PRECISION = Flag.of("precision", "P",
            "relative width of the final bracket of A_c (default 1e-2)");
    static final Flag FIRE_TIMESTEP = Flag.of("fire-timestep", "DT", "FIRE timestep (default 0.05 harmonic, 0.005 LJ;"
            + " for --potential and other styles without Java formulas: 0.8 / (omega_max tmax) of the glass)");
    static final Flag FIRE_TMAX = Flag.of("fire-tmax", "T", "FIRE tmax (default 8 harmonic, 5 LJ)");
    static final Flag FIRE_ALPHA0 = Flag.of("fire-alpha0", "A", "FIRE alpha0 (default 0.25)");
    static final Flag FIRE_DMAX = Flag.of("fire-dmax", "D", "FIRE dmax (default 0.1)");
    static final Flag SCAN_START = Flag.of("scan-start", "onset|a-min",
            "where the scan for A_c starts: onset (default; at the first grid point where the kick's energy departs"
                    + " by 10% from omega^2 A^2 N / 2, scanning down while kicks leave: the same A_c with fewer"
                    + " relaxations) or a-min (scan up from a_min)");
    static final Flag VERIFY_BELOW = Flag.of("verify-below", "R",
            "verify each A_c by a fine upward scan (factor 1 + precision) from A_c / R up to it, each leaving kick"
                    + " relaxed to convergence; the first leaving kick becomes A_c (R > 1 + precision, at most 2;"
                    + " summary.json counts how often A_c moved)");
    static final Flag NO_EARLY_STOP = Flag.toggle("no-early-stop",
            "relax every kick to convergence (same answers, slower; for comparison)");

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
        CommonOptions.IGNORE_MEMORY.addTo(o);
        return o;
    }

    /** Everything but the output and the interactions: shared with bench. */
    static void addRunOptions(Options o) {
        MODES.addTo(o);
        CommonOptions.withSelection(o);
        A_MIN.addTo(o);
        A_MAX.addTo(o);
        SCAN_FACTOR.addTo(o);
        PRECISION.addTo(o);
        SCAN_START.addTo(o);
        VERIFY_BELOW.addTo(o);
        CommonOptions.WORKERS.addTo(o);
        CommonOptions.RANKS_PER_TASK.addTo(o);
        CommonOptions.SEED.addTo(o, "the glass's preparation seed, for summary.json (default: read from"
                + " GLASS.lammps.log if there)");
        CommonOptions.FTOL.addTo(o);
        FIRE_TIMESTEP.addTo(o);
        FIRE_TMAX.addTo(o);
        FIRE_ALPHA0.addTo(o);
        FIRE_DMAX.addTo(o);
        CommonOptions.MAX_ITERATIONS.addTo(o, "FIRE iterations allowed per relaxation (default 100000)");
        NO_EARLY_STOP.addTo(o);
        CommonOptions.MINIMIZE.addTo(o);
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        Path dir = CommonOptions.outputDirectory(line);
        Communicator world = MpiRuntime.world();
        TaskGroups groups = CommonOptions.taskGroups(line, world.size());
        int workers = CommonOptions.workers(line, groups);
        Path data = ModesCommand.glassArgument(line);
        try (Arena arena = Arena.ofShared()) {
            Optional<ExciteRun.Report> report = step(line, read(line, data, arena), dir,
                    CommonOptions.memoryCheck(line, err))
                    .run(world, groups, workers, warnings(err), arena);
            report.ifPresent(r -> out.print(report(r)));
            if (report.isPresent() && noneSucceeded(report.get())) {
                err.println("modekick excite: error: every one of the " + report.get().results().size() + " modes"
                        + " failed (the reasons are listed above; the files in " + dir + " say the same)");
                return Main.FAILED;
            }
        } catch (InvalidSettingException e) {
            throw refused(e, line); // a setting this glass cannot take (FIRE's stability, the thresholds)
        }
        return 0;
    }

    /** A listener that prints the journal lines a run did not keep, and its progress, to {@code err}. */
    static ExciteRun.Listener warnings(PrintStream err) {
        return new ExciteRun.Listener() {
            @Override
            public void finished(ModeResult result) {}

            @Override
            public void progress(ModeProgress.Report report) {
                err.println("modekick: " + ProgressFile.line(report));
            }

            @Override
            public void skipped(Journal.Skipped line) {
                err.println(describe(line));
            }
        };
    }

    /** A journal line not kept: a notice for the torn last line of a kill, a warning for damage. */
    static String describe(Journal.Skipped line) {
        return line.torn() ? "modekick: notice: " + line
                : "modekick: WARNING: " + line + ": not kept; the line is in "
                        + line.file().resolveSibling(Journal.DAMAGED) + " and its mode will be computed again";
    }

    /** The glass in {@code data} with the command line's interactions. */
    static InputGlass read(CommandLine line, Path data, Arena arena) throws java.io.IOException {
        return InputGlass.read(data, types -> CommonOptions.interaction(line, types), arena);
    }

    /** The excite step the command line asks for on {@code glass}, written to {@code dir}, its memory not checked. */
    static ExciteStep step(CommandLine line, InputGlass glass, Path dir) {
        return step(line, glass, dir, MemoryCheck.NONE);
    }

    /** The excite step the command line asks for on {@code glass}, written to {@code dir}. */
    static ExciteStep step(CommandLine line, InputGlass glass, Path dir, MemoryCheck memory) {
        ExciteSettings settings = settings(line, ExciteSettings.defaults(glass.interaction()));
        ModeSelection selection = CommonOptions.hasSelection(line) ? CommonOptions.selection(line) : null;
        ExciteStep.ModeSource modes;
        if (MODES.isSet(line)) {
            Path modesDir = CommonOptions.path(MODES.toString(), MODES.value(line));
            if (!Files.isDirectory(modesDir)) {
                throw new UsageException(MODES + " " + modesDir + (Files.exists(modesDir) ? " is a file"
                        : " does not exist") + ": give the directory that 'modekick modes' wrote");
            }
            if (!Files.isRegularFile(modesDir.resolve(ModeFiles.MODES_CSV))) {
                throw new UsageException(MODES + " " + modesDir + " holds no " + ModeFiles.MODES_CSV);
            }
            modes = new ExciteStep.ModeSource.Directory(modesDir, selection);
        } else {
            modes = new ExciteStep.ModeSource.Computed(selection);
        }
        Optional<String> seed = Optional.ofNullable(CommonOptions.SEED.value(line)).map(String::trim);
        return new ExciteStep(glass, CommonOptions.systemLabel(line), settings, modes, seed, dir,
                CommonOptions.MINIMIZE.isSet(line), CommonOptions.adaptTimestep(line, glass.interaction(), FIRE_TIMESTEP),
                memory);
    }

    /** The option of each setting of {@link ExciteSettings} and {@link FireSettings}, by its record component. */
    private static final Map<String, Flag> OPTION_OF = Map.of("aMin", A_MIN, "aMax", A_MAX, "scanFactor", SCAN_FACTOR,
            "precision", PRECISION, "timestep", FIRE_TIMESTEP, "tmax", FIRE_TMAX, "alpha0", FIRE_ALPHA0, "dmax",
            FIRE_DMAX, "forceTolerance", CommonOptions.FTOL, "maxIterations", CommonOptions.MAX_ITERATIONS);

    /**
     * A setting refused by its record, as a usage error naming the option that sets it (a setting the command
     * line left at its default names that default).
     */
    static UsageException refused(InvalidSettingException e, CommandLine line) {
        Flag flag = e.setting().equals("verifyBelow") ? VERIFY_BELOW : OPTION_OF.get(e.setting());
        if (flag == null) {
            return new UsageException(e.getMessage());
        }
        return new UsageException(flag + (flag.isSet(line) ? "" : " (not given: the default)") + ": " + e.getMessage());
    }

    /** The search's settings: the command line's, and the glass's defaults {@code d} for what it leaves out. */
    private static ExciteSettings settings(CommandLine line, ExciteSettings d) {
        FireSettings f = d.fire();
        int maxIterations = CommonOptions.MAX_ITERATIONS.intValue(line, f.maxIterations(), 1, Integer.MAX_VALUE,
                "between 1 and " + Integer.MAX_VALUE);
        try {
            FireSettings fire = new FireSettings(FIRE_TIMESTEP.doubleValue(line, f.timestep()),
                    FIRE_TMAX.doubleValue(line, f.tmax()), FIRE_ALPHA0.doubleValue(line, f.alpha0()),
                    FIRE_DMAX.doubleValue(line, f.dmax()), CommonOptions.FTOL.doubleValue(line, f.forceTolerance()),
                    maxIterations);
            return new ExciteSettings(A_MIN.doubleValue(line, d.aMin()), A_MAX.doubleValue(line, d.aMax()),
                    SCAN_FACTOR.doubleValue(line, d.scanFactor()), PRECISION.doubleValue(line, d.precision()), fire,
                    !NO_EARLY_STOP.isSet(line), scanStart(line),
                    VERIFY_BELOW.doubleValue(line, ExciteSettings.NO_VERIFICATION));
        } catch (InvalidSettingException e) {
            throw refused(e, line); // the values of these options, checked by the records
        }
    }

    private static ExciteSettings.ScanStart scanStart(CommandLine line) {
        String text = SCAN_START.value(line);
        if (text == null) {
            return ExciteSettings.ScanStart.ONSET;
        }
        ExciteSettings.ScanStart s = ExciteSettings.ScanStart.find(text.strip());
        if (s == null) {
            throw new UsageException(SCAN_START + ": '" + text + "' is neither onset nor a-min");
        }
        return s;
    }

    /** The most reasons the report lists per status; the journal and summary.json keep every mode's. */
    private static final int REASONS_SHOWN = 5;

    /** Why the modes of status {@code s} ended so: each distinct reason once, with its modes. */
    private static String reasons(List<ModeResult> rs, Status s) {
        Map<String, List<Integer>> byReason = new java.util.LinkedHashMap<>();
        for (ModeResult m : rs) {
            if (m.status() == s) {
                String why = m.reason().isBlank() ? "(no reason recorded)" : m.reason();
                byReason.computeIfAbsent(why, x -> new java.util.ArrayList<>()).add(m.k());
            }
        }
        StringBuilder sb = new StringBuilder();
        byReason.entrySet().stream().limit(REASONS_SHOWN).forEach(e -> sb.append(String.format(Locale.ROOT,
                "      %s %s: %s%n", e.getValue().size() == 1 ? "mode" : "modes", CollectiveExit.ranges(e.getValue()),
                e.getKey())));
        if (byReason.size() > REASONS_SHOWN) {
            sb.append(String.format(Locale.ROOT, "      ... %d more reasons (every mode's is in journal.jsonl)%n",
                    byReason.size() - REASONS_SHOWN));
        }
        return sb.toString();
    }

    /**
     * A run none of whose modes ended in a result (every one failed) is a failure of the command, even though its
     * files are written: the reasons are in the report, and a script must not take the run for a success.
     */
    static boolean noneSucceeded(ExciteRun.Report r) {
        return !r.results().isEmpty() && r.results().stream().allMatch(m -> m.status() == Status.FAILED);
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
                if (s == Status.FAILED || s == Status.DIVERGED) {
                    sb.append(reasons(rs, s));
                }
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
