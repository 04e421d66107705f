package org.modekick.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.eigen.EigenSolver;
import org.modekick.forecast.MemoryCheck;
import org.modekick.modes.ModeSelection;
import org.modekick.mpi.TaskGroups;
import org.modekick.potential.AnalyticInteraction;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;
import org.modekick.potential.PairStyles;
import org.modekick.prepare.ModelSystem;

/**
 * The options several commands share, each defined once ({@link Flag}), and how they are read: --system names
 * one of the paper's glasses, --potential a file of LAMMPS commands, or --pair-style/--pair-coeff give a user's own
 * interactions in LAMMPS syntax; -o
 * the output; --help; the mode selection, the eigensolver's settings and excite's parallel layout.
 */
final class CommonOptions {

    static final Flag HELP = new Flag("h", "help", null, "print this help and exit");
    static final Flag OUTPUT = new Flag("o", "output", "PATH", "the output");
    static final Flag SYSTEM = Flag.of("system", "harmonic|lj|ka",
            "one of the paper's glasses: harmonic (Eq. 1) or lj (Eq. 2, lj/smooth/linear at 2.5); or ka, Kob-Andersen"
            + " 80:20 binary LJ (lammps-inputs/ka.pot, through LAMMPS's forces)");
    static final Flag POTENTIAL = Flag.of("potential", "FILE", "a user's own interaction as a file of LAMMPS commands"
            + " (units, pair_style, pair_coeff, pair_modify, mass, neighbor, neigh_modify, include); potential files are"
            + " found as LAMMPS finds them, also in $LAMMPS_POTENTIALS and /usr/share/lammps/potentials");
    static final Flag PAIR_STYLE = Flag.of("pair-style", "STYLE", "a user's own interactions: LAMMPS pair_style"
            + " arguments, e.g. \"lj/smooth/linear 2.5\" (with Java formulas: " + String.join(", ",
            PairStyles.SUPPORTED) + "; any other style LAMMPS has goes through LAMMPS's forces, in lj units)");
    static final Flag PAIR_COEFF = Flag.of("pair-coeff", "COEFF",
            "LAMMPS pair_coeff arguments, e.g. \"* * 1.0 1.0\"; repeat for several type pairs");
    static final Flag SEED = Flag.of("seed", "S", "random seed, 1..2^31-1 (default 1)");
    static final Flag FTOL = Flag.of("ftol", "F", "FIRE force tolerance on |F| (default 1e-10)");
    static final Flag MAX_ITERATIONS = Flag.of("max-iterations", "K", "FIRE iterations allowed per relaxation");
    static final Flag MINIMIZE = Flag.toggle("minimize", "relax the input glass first with the run's FIRE (to --ftol),"
            + " instead of refusing one that is not at a minimum; the relaxed glass is written to OUT/relaxed.data and"
            + " summary.json says so");
    static final Flag IGNORE_MEMORY = Flag.toggle("ignore-memory-estimate", "run even when the estimated peak memory"
            + " (printed before the run, kept in summary.json) exceeds the memory available (MemAvailable)");

    /** The memory check of --ignore-memory-estimate, telling its estimate and warnings to {@code err}. */
    static MemoryCheck memoryCheck(CommandLine line, PrintStream err) {
        return MemoryCheck.ofThisMachine(IGNORE_MEMORY.isSet(line), err::println);
    }

    static final Flag EQUILIBRATION = Flag.of("equilibration", "STEPS",
            "lj and ka: MD steps of the liquid (T = 2 lj, T = 1 ka) before the quench (default 10000 lj, 20000 ka)");

    static final Flag COUNT = Flag.of("count", "K", "the K lowest non-zero modes");
    static final Flag OMEGA_MAX = Flag.of("omega-max", "W", "every mode with omega <= W");
    static final Flag BELOW_BOSON_PEAK = Flag.toggle("below-boson-peak", "every mode below omega_BP, the maximum of"
            + " g(omega)/omega^2; the vDOS is computed from the lowest max(200, 0.1% of 3N) modes, then by spectrum"
            + " slicing in windows growing by half until the maximum is passed");
    static final Flag PETSC_OPTIONS = Flag.of("petsc-options", "OPTS",
            "PETSc/SLEPc options passed through, e.g. \"-eps_tol 1e-12\"");
    static final Flag BLAS_THREADS = Flag.of("blas-threads", "T", "OpenBLAS threads for MUMPS's factorisations and"
            + " solves (default 1: results then do not depend on the machine; bitwise reproducible for a given T)");

    static final Flag WORKERS = Flag.of("workers", "W",
            "parallel LAMMPS instances in this process (default: available processors; 1 under MPI)");
    static final Flag RANKS_PER_TASK = Flag.of("ranks-per-task", "R", "under MPI: ranks per task group, each group"
            + " running one LAMMPS instance domain-decomposed over its ranks and taking modes from a shared queue"
            + " (default 1; must divide the ranks)");

    private CommonOptions() {}

    /** --help and -o, described as {@code outputDescription}. */
    static Options base(String outputDescription) {
        Options options = new Options();
        HELP.addTo(options);
        OUTPUT.addTo(options, outputDescription);
        return options;
    }

    /** Adds --system, --potential, --pair-style and --pair-coeff. */
    static Options withInteractions(Options options) {
        SYSTEM.addTo(options);
        POTENTIAL.addTo(options);
        PAIR_STYLE.addTo(options);
        PAIR_COEFF.addTo(options);
        return options;
    }

    /** Adds --count, --omega-max, --below-boson-peak. */
    static Options withSelection(Options options) {
        COUNT.addTo(options);
        OMEGA_MAX.addTo(options);
        BELOW_BOSON_PEAK.addTo(options);
        return options;
    }

    /** -o as a path, which must be given and not be empty. */
    static Path output(CommandLine line) {
        String o = OUTPUT.value(line);
        if (o == null) {
            throw new UsageException("the output (-o) is required");
        }
        if (o.isBlank()) {
            throw new UsageException("-o needs a path, got '" + o + "'");
        }
        return path("-o", o);
    }

    /** -o for a command that writes a directory: an existing file there (or above it) is refused up front. */
    static Path outputDirectory(CommandLine line) {
        Path dir = output(line);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException("-o " + dir + " is an existing file, not a directory: this command writes a"
                    + " directory of files there; choose another path");
        }
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException("-o " + dir + ": " + p + " is a file, so no directory can be made below it");
            }
        }
        return dir;
    }

    /** -o for a command that writes one file: an existing directory there is refused up front. */
    static Path outputFile(CommandLine line) {
        Path file = output(line);
        if (Files.isDirectory(file)) {
            throw new UsageException("-o " + file + " is a directory: give the path of the data file to write,"
                    + " e.g. " + file.resolve("glass.data"));
        }
        Path parent = file.toAbsolutePath().getParent();
        for (Path p = parent; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException("-o " + file + ": " + p + " is a file, so nothing can be written below it");
            }
        }
        return file;
    }

    /** A path given on the command line; one the file system cannot name (a NUL byte) is a usage error. */
    static Path path(String option, String value) {
        try {
            return Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException(option + " '" + value.replace("\0", "\\0") + "' is not a valid path: "
                    + e.getReason());
        }
    }

    static ModelSystem system(CommandLine line) {
        String s = SYSTEM.value(line);
        if (s == null) {
            throw new UsageException("--system harmonic|lj|ka is required");
        }
        try {
            return ModelSystem.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Whether one of --system, --potential, --pair-style is given. */
    static boolean hasInteraction(CommandLine line) {
        return SYSTEM.isSet(line) || POTENTIAL.isSet(line) || PAIR_STYLE.isSet(line);
    }

    /**
     * The interaction, from exactly one of --system, --potential FILE, --pair-style with --pair-coeff. The paper's
     * systems and --pair-style of a style with Java formulas are analytic; a potential file (whatever its style: so
     * that the route through LAMMPS's forces can be compared with the analytic one) and any other --pair-style go
     * through LAMMPS.
     *
     * @throws java.io.IOException for a potential file that is wrong (file:line) or unreadable
     */
    static Interaction interaction(CommandLine line, int atomTypes) throws java.io.IOException {
        int given = (SYSTEM.isSet(line) ? 1 : 0) + (POTENTIAL.isSet(line) ? 1 : 0) + (PAIR_STYLE.isSet(line) ? 1 : 0);
        if (given != 1) {
            throw new UsageException("give exactly one of --system harmonic|lj|ka, --potential FILE, or --pair-style with"
                    + " --pair-coeff");
        }
        if (SYSTEM.isSet(line)) {
            return system(line).interaction();
        }
        if (POTENTIAL.isSet(line)) {
            if (!PAIR_COEFF.values(line).isEmpty()) {
                throw new UsageException("--pair-coeff goes with --pair-style; a potential file holds its own pair_coeff");
            }
            Path file = path(POTENTIAL.toString(), POTENTIAL.value(line));
            return LammpsInteraction.of(PotentialFile.read(file, atomTypes), atomTypes);
        }
        if (PAIR_COEFF.values(line).isEmpty()) {
            throw new UsageException("--pair-style needs at least one --pair-coeff");
        }
        String style = PAIR_STYLE.value(line).strip().split("\\s+", 2)[0];
        if (!PairStyles.SUPPORTED.contains(style)) {
            try {
                return new LammpsInteraction(PotentialFile.ofCommandLine(PAIR_STYLE.value(line),
                        PAIR_COEFF.values(line), atomTypes, System.getenv()), atomTypes, "custom");
            } catch (org.modekick.io.InputFormatException e) {
                // a wrong --pair-style/--pair-coeff is a wrong command line (exit 2), as for the analytic styles
                throw new UsageException(PAIR_STYLE + "/" + PAIR_COEFF + ": " + e.getMessage());
            }
        }
        try {
            return new AnalyticInteraction(PairStyles.parse(PAIR_STYLE.value(line), PAIR_COEFF.values(line), atomTypes),
                    "custom");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The analytic force field of the interaction, for the commands that need Java formulas. */
    static ForceField forceField(CommandLine line, int atomTypes) throws java.io.IOException {
        return interaction(line, atomTypes).analytic().orElseThrow(() -> new UsageException("this command needs an"
                + " interaction with Java formulas (--system, or --pair-style " + String.join("|", PairStyles.SUPPORTED)
                + ")"));
    }

    /** The system summary.json names: --system's, the potential file's name, or "custom" for --pair-style. */
    static String systemLabel(CommandLine line) {
        if (SYSTEM.isSet(line)) {
            return system(line).cliName();
        }
        if (POTENTIAL.isSet(line)) {
            Path name = path(POTENTIAL.toString(), POTENTIAL.value(line)).getFileName();
            return name == null ? "custom" : name.toString();
        }
        return "custom";
    }

    /**
     * Whether FIRE's timestep is set from the glass's omega_max: for an interaction without Java formulas (another
     * unit system, another stiffness) unless --fire-timestep gives one.
     */
    static boolean adaptTimestep(CommandLine line, Interaction interaction, Flag timestep) {
        return interaction.analytic().isEmpty() && (timestep == null || !timestep.isSet(line));
    }

    /**
     * The data file an option or argument names, which must be a readable regular file: a directory, a pipe or a
     * device (which would block or never end) is refused with what it is.
     */
    static Path dataFile(String file) {
        Path path = path("the input data file", file);
        if (!Files.exists(path)) {
            throw new UsageException("input data file not found: " + file);
        }
        if (Files.isDirectory(path)) {
            throw new UsageException("input data file " + file + " is a directory, not a LAMMPS data file");
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("input data file " + file + " is not a regular file (a pipe or a device?)");
        }
        if (!Files.isReadable(path)) {
            throw new UsageException("input data file " + file + " is not readable (permissions)");
        }
        return path;
    }

    /** Whether one of --count, --omega-max, --below-boson-peak is given. */
    static boolean hasSelection(CommandLine line) {
        return COUNT.isSet(line) || OMEGA_MAX.isSet(line) || BELOW_BOSON_PEAK.isSet(line);
    }

    static ModeSelection selection(CommandLine line) {
        int given = 0;
        for (Flag f : new Flag[] {COUNT, OMEGA_MAX, BELOW_BOSON_PEAK}) {
            given += f.isSet(line) ? 1 : 0;
        }
        if (given != 1) {
            throw new UsageException("choose exactly one of --count K, --omega-max W, --below-boson-peak");
        }
        try {
            if (COUNT.isSet(line)) {
                long k = COUNT.longValue(line, 0);
                if (k > Integer.MAX_VALUE) {
                    throw new UsageException("--count is too large");
                }
                return new ModeSelection.Lowest((int) k);
            }
            if (OMEGA_MAX.isSet(line)) {
                return new ModeSelection.BelowFrequency(OMEGA_MAX.doubleValue(line, 0));
            }
            return new ModeSelection.BelowBosonPeak();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** --petsc-options and --blas-threads. */
    static Options withSolver(Options options) {
        PETSC_OPTIONS.addTo(options);
        BLAS_THREADS.addTo(options);
        return options;
    }

    /** The eigensolver's settings from --petsc-options and --blas-threads. */
    static EigenSolver.Options solverOptions(CommandLine line) {
        EigenSolver.Options options = EigenSolver.Options.defaults().withPetscOptions(PETSC_OPTIONS.value(line, ""));
        if (!BLAS_THREADS.isSet(line)) {
            return options;
        }
        long threads = BLAS_THREADS.longValue(line, 1);
        try {
            if (threads < 1 || threads > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a positive thread count is needed, got " + threads);
            }
            return options.withBlasThreads((int) threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(BLAS_THREADS + ": " + e.getMessage());
        }
    }

    /** The task groups of this job: --ranks-per-task R (default 1), which must divide the number of ranks. */
    static TaskGroups taskGroups(CommandLine line, int ranks) {
        long perTask = RANKS_PER_TASK.longValue(line, 1);
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
            if (WORKERS.longValue(line, 1) != 1) {
                throw new UsageException("--workers applies to one process; under MPI each task group runs one LAMMPS"
                        + " instance: start more ranks (mpirun -np) instead");
            }
            return 1;
        }
        return WORKERS.intValue(line, Runtime.getRuntime().availableProcessors(), 1, 4096, "between 1 and 4096");
    }
}
