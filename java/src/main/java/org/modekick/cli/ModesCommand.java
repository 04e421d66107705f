package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.excite.ExciteSettings;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.InvalidSettingException;
import org.modekick.modes.ModeAnalysisResult;
import org.modekick.modes.PhononOrderParameter;
import org.modekick.mpi.MpiRuntime;
import org.modekick.pipeline.GlassCheck;
import org.modekick.pipeline.InputGlass;
import org.modekick.pipeline.ModesStep;

/** {@code modekick modes}: the low-frequency eigenmodes of an inherent structure (section II.B). */
final class ModesCommand implements Command {

    static final Flag NM = Flag.of("nm", "NM", "N_m of the phonon order parameter, Eq. (3) (default 100)");

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
        CommonOptions.withSelection(o);
        CommonOptions.withSolver(o);
        NM.addTo(o);
        CommonOptions.FTOL.addTo(o, "the input must be at a minimum to |F| < F, the FIRE tolerance excite's thresholds"
                + " assume (default 1e-10)");
        CommonOptions.IGNORE_MEMORY.addTo(o);
        CommonOptions.MINIMIZE.addTo(o, "relax the input glass first with excite's FIRE (to --ftol) instead of refusing"
                + " one that is not at a minimum; the relaxed glass is written to OUT/relaxed.data (give that file to"
                + " excite)");
        CommonOptions.MAX_ITERATIONS.addTo(o, "--minimize: FIRE iterations allowed (default 100000)");
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        Path dir = CommonOptions.outputDirectory(line);
        var selection = CommonOptions.selection(line);
        int nm = NM.intValue(line, PhononOrderParameter.PAPER_NM, 1, Integer.MAX_VALUE, "a positive integer");
        var solver = CommonOptions.solverOptions(line);
        Path data = glassArgument(line);
        // Under mpirun every rank runs this: each builds and hands PETSc its own rows of H, and rank 0 gets
        // the modes, writes the files and prints the report.
        try (Arena arena = Arena.ofShared()) {
            InputGlass glass = InputGlass.read(data, types -> CommonOptions.interaction(line, types), arena);
            Optional<ModeAnalysisResult> computed = new ModesStep(glass, selection, nm, solver, dir, check(line, glass),
                    CommonOptions.memoryCheck(line, err), window -> err.println("modekick: modes: " + window))
                    .run(MpiRuntime.world(), arena);
            computed.ifPresent(r -> out.print(report(r, dir)));
        } catch (InvalidSettingException e) {
            throw ExciteCommand.refused(e, line);
        }
        return 0;
    }

    /** How the input is checked: against --ftol, or relaxed first with excite's FIRE for this glass (--minimize). */
    static GlassCheck.Policy check(CommandLine line, InputGlass glass) {
        FireSettings fire = ExciteSettings.defaults(glass.interaction()).fire();
        try {
            fire = fire.withForceTolerance(CommonOptions.FTOL.doubleValue(line, fire.forceTolerance()))
                    .withMaxIterations(CommonOptions.MAX_ITERATIONS.intValue(line, fire.maxIterations(), 1,
                            Integer.MAX_VALUE, "between 1 and " + Integer.MAX_VALUE));
        } catch (InvalidSettingException e) {
            throw ExciteCommand.refused(e, line);
        }
        return new GlassCheck.Policy(fire, CommonOptions.MINIMIZE.isSet(line), false,
                CommonOptions.adaptTimestep(line, glass.interaction(), null));
    }

    /** The single positional argument: the data file. */
    static Path glassArgument(CommandLine line) {
        if (line.getArgList().size() != 1) {
            throw new UsageException("expected exactly one input LAMMPS data file, got " + line.getArgList());
        }
        return CommonOptions.dataFile(line.getArgList().get(0));
    }

    static String report(ModeAnalysisResult r, Path dir) {
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
