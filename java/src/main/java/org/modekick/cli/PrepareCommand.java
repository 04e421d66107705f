package org.modekick.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.modekick.lammps.FireSettings;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.prepare.PreparationResult;

/** {@code modekick prepare}: one of the paper's glasses, made by LAMMPS (section II.A). */
final class PrepareCommand implements Command {

    @Override
    public String name() {
        return "prepare";
    }

    @Override
    public String summary() {
        return "make an inherent structure of the harmonic or LJ glass with LAMMPS (FIRE quench)";
    }

    @Override
    public String positional() {
        return "";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.base("the LAMMPS data file to write (required)");
        o.addOption(Option.builder().longOpt(CommonOptions.SYSTEM).hasArg().argName("harmonic|lj")
                .desc("harmonic: Eq. (1) at packing fraction 0.73; lj: Eq. (2) at density 0.997 (required)").get());
        o.addOption(Option.builder("n").longOpt("atoms").hasArg().argName("N").desc("number of particles (required)").get());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("S").desc("random seed, 1..2^31-1 (default 1)").get());
        o.addOption(Option.builder().longOpt("ftol").hasArg().argName("F")
                .desc("FIRE stops when the force 2-norm |F| < F (default 1e-10)").get());
        o.addOption(Option.builder().longOpt("max-iterations").hasArg().argName("K")
                .desc("give up after K FIRE iterations (default 1000000)").get());
        o.addOption(Option.builder().longOpt("equilibration").hasArg().argName("STEPS")
                .desc("lj only: MD steps of the T = 2 liquid before the quench (default 10000)").get());
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        ModelSystem system = CommonOptions.system(line);
        long atoms = CommonOptions.longValue(line, "atoms", -1);
        if (atoms < 0) {
            throw new UsageException("the number of particles (-n) is required");
        }
        if (atoms > Integer.MAX_VALUE) {
            throw new UsageException("-n is too large: " + atoms);
        }
        long seed = CommonOptions.longValue(line, "seed", 1);
        FireSettings fire = system.fireSettings()
                .withForceTolerance(CommonOptions.doubleValue(line, "ftol", system.fireSettings().forceTolerance()));
        long maxIterations = CommonOptions.longValue(line, "max-iterations", fire.maxIterations());
        if (maxIterations < 1 || maxIterations > Integer.MAX_VALUE) {
            throw new UsageException("--max-iterations must be between 1 and " + Integer.MAX_VALUE);
        }
        fire = fire.withMaxIterations((int) maxIterations);
        Map<String, String> extra = new HashMap<>();
        if (line.hasOption("equilibration")) {
            if (system != ModelSystem.LJ) {
                throw new UsageException("--equilibration applies to --system lj only");
            }
            long steps = CommonOptions.longValue(line, "equilibration", 10000);
            if (steps < 0) {
                throw new UsageException("--equilibration must be >= 0");
            }
            extra.put("equil", Long.toString(steps));
        }
        Communicator world = MpiRuntime.world();
        PreparationResult result;
        try {
            result = new GlassPreparation(system, fire, extra).run(world, (int) atoms, seed, CommonOptions.output(line));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (world.isRoot()) {
            out.print(result.report());
        }
        return 0;
    }
}
