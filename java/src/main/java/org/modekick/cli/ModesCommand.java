package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.modekick.eigen.EigenSolver;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.ModeSelection;
import org.modekick.modes.PhononOrderParameter;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/** {@code modekick modes}: the low-frequency eigenmodes of an inherent structure (section II.B). */
final class ModesCommand implements Command {

    @Override
    public String name() {
        return "modes";
    }

    @Override
    public String summary() {
        return "lowest vibrational modes (SLEPc), with P_k, O_k, the vDOS and the boson peak";
    }

    @Override
    public String positional() {
        return "glass.data";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("output directory (required): modes.csv, "
                + "eigenvectors.npy, vdos.csv, summary.json"));
        addSelection(o);
        addSolverOptions(o);
        o.addOption(Option.builder().longOpt("nm").hasArg().argName("NM")
                .desc("N_m of the phonon order parameter, Eq. (3) (default 100)").get());
        return o;
    }

    static final String PETSC_OPTIONS = "petsc-options";
    static final String BLAS_THREADS = "blas-threads";

    /** --petsc-options and --blas-threads: the eigensolver's settings, shared with bench modes and study. */
    static void addSolverOptions(Options o) {
        o.addOption(Option.builder().longOpt(PETSC_OPTIONS).hasArg().argName("OPTS")
                .desc("PETSc/SLEPc options passed through, e.g. \"-eps_tol 1e-12\"").get());
        o.addOption(Option.builder().longOpt(BLAS_THREADS).hasArg().argName("T")
                .desc("OpenBLAS threads for MUMPS's factorisations and solves (default 1: results then do not"
                        + " depend on the machine; bitwise reproducible for a given T)").get());
    }

    /** The eigensolver's settings from --petsc-options and --blas-threads. */
    static EigenSolver.Options solverOptions(CommandLine line) {
        EigenSolver.Options options = EigenSolver.Options.defaults()
                .withPetscOptions(line.getOptionValue(PETSC_OPTIONS, ""));
        if (!line.hasOption(BLAS_THREADS)) {
            return options;
        }
        long threads = CommonOptions.longValue(line, BLAS_THREADS, 1);
        try {
            if (threads < 1 || threads > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a positive thread count is needed, got " + threads);
            }
            return options.withBlasThreads((int) threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + BLAS_THREADS + ": " + e.getMessage());
        }
    }

    /** --count, --omega-max, --below-boson-peak: shared with excite. */
    static void addSelection(Options o) {
        o.addOption(Option.builder().longOpt("count").hasArg().argName("K").desc("the K lowest non-zero modes").get());
        o.addOption(Option.builder().longOpt("omega-max").hasArg().argName("W").desc("every mode with omega <= W").get());
        o.addOption(Option.builder().longOpt("below-boson-peak")
                .desc("every mode below omega_BP, the maximum of g(omega)/omega^2; the vDOS is computed by"
                        + " spectrum slicing in growing windows until the maximum is passed").get());
    }

    static ModeSelection selection(CommandLine line) {
        int given = (line.hasOption("count") ? 1 : 0) + (line.hasOption("omega-max") ? 1 : 0)
                + (line.hasOption("below-boson-peak") ? 1 : 0);
        if (given != 1) {
            throw new UsageException("choose exactly one of --count K, --omega-max W, --below-boson-peak");
        }
        try {
            if (line.hasOption("count")) {
                long k = CommonOptions.longValue(line, "count", 0);
                if (k > Integer.MAX_VALUE) {
                    throw new UsageException("--count is too large");
                }
                return new ModeSelection.Lowest((int) k);
            }
            if (line.hasOption("omega-max")) {
                return new ModeSelection.BelowFrequency(CommonOptions.doubleValue(line, "omega-max", 0));
            }
            return new ModeSelection.BelowBosonPeak();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @Override
    public int run(CommandLine line, PrintStream out) throws Exception {
        Path dir = CommonOptions.output(line);
        ModeSelection selection = selection(line);
        long nm = CommonOptions.longValue(line, "nm", PhononOrderParameter.PAPER_NM);
        if (nm < 1 || nm > Integer.MAX_VALUE) {
            throw new UsageException("--nm must be a positive integer");
        }
        // Under mpirun every rank runs this: each builds and hands PETSc its own rows of H, and rank 0 gets
        // the modes, writes the files and prints the report.
        Communicator world = MpiRuntime.world();
        EigenSolver solver = new EigenSolver(solverOptions(line), world);
        try (Arena arena = Arena.ofShared()) {
            InputGlass glass = InputGlass.read(line, arena);
            Optional<ModeAnalysisResult> computed;
            try {
                computed = new ModeAnalysis(glass.contents().configuration(), glass.forceField(), solver, (int) nm)
                        .computeParallel(selection, arena);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (computed.isEmpty()) {
                return 0; // not rank 0
            }
            ModeAnalysisResult result = computed.get();
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("input", glass.file().toAbsolutePath().toString());
            metadata.put("selection", selection.describe());
            metadata.put("nm", nm);
            metadata.put("petsc_options", solver.options().petscOptions());
            if (solver.options().blasThreads() > 0) {
                metadata.put("blas_threads", solver.options().blasThreads());
            }
            metadata.put("mpi_ranks", world.size());
            metadata.put("modekick_version", Versions.modekick());
            ModeFiles.write(dir, result, metadata);
            out.print(report(result, dir));
        }
        return 0;
    }

    private static String report(ModeAnalysisResult r, Path dir) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d modes of N = %d particles (%s)%n", r.count(), r.modes().particleCount(), r.method()));
        if (r.count() > 0) {
            sb.append(String.format(Locale.ROOT, "  omega                %.6g .. %.6g%n", r.modes().mode(1).omega(),
                    r.modes().mode(r.count()).omega()));
        }
        sb.append(String.format(Locale.ROOT, "  max relative residual %.2e%n", r.maxResidual()));
        if (r.bosonPeak() != null) {
            sb.append(String.format(Locale.ROOT, "  omega_BP             %.6g%n", r.bosonPeak().omega()));
        }
        if (r.fit() != null) {
            sb.append(String.format(Locale.ROOT, "  A_D, alpha           %.6g, %.6g%n", r.fit().debyeLevel(), r.fit().alpha()));
        }
        sb.append(String.format(Locale.ROOT, "  time: Hessian %.2f s, eigensolver %.2f s, observables %.2f s%n",
                r.hessianSeconds(), r.eigenSeconds(), r.observableSeconds()));
        sb.append("  written              ").append(dir.toAbsolutePath()).append(System.lineSeparator());
        return sb.toString();
    }
}
