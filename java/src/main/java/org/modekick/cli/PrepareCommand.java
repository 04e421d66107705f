package org.modekick.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.InvalidSettingException;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.prepare.PreparationResult;

/** {@code modekick prepare}: one of the paper's glasses, made by LAMMPS (section II.A). */
final class PrepareCommand implements Command {

    static final Flag ATOMS = new Flag("n", "atoms", "N", "number of particles (required)");

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
        CommonOptions.SYSTEM.addTo(o,
                "harmonic: Eq. (1) at packing fraction 0.73; lj: Eq. (2) at density 0.997 (required)");
        ATOMS.addTo(o);
        CommonOptions.SEED.addTo(o);
        CommonOptions.FTOL.addTo(o, "FIRE stops when the force 2-norm |F| < F (default 1e-10)");
        CommonOptions.MAX_ITERATIONS.addTo(o, "give up after K FIRE iterations (default 1000000)");
        CommonOptions.EQUILIBRATION.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) {
        ModelSystem system = CommonOptions.system(line);
        long atoms = ATOMS.longValue(line, -1);
        if (atoms < 0) {
            throw new UsageException("the number of particles (-n) is required");
        }
        if (atoms > Integer.MAX_VALUE) {
            throw new UsageException("-n is too large: " + atoms);
        }
        long seed = CommonOptions.SEED.longValue(line, 1);
        FireSettings fire;
        try {
            fire = system.fireSettings()
                    .withForceTolerance(CommonOptions.FTOL.doubleValue(line, system.fireSettings().forceTolerance()));
            fire = fire.withMaxIterations(CommonOptions.MAX_ITERATIONS.intValue(line, fire.maxIterations(), 1,
                    Integer.MAX_VALUE, "between 1 and " + Integer.MAX_VALUE));
        } catch (InvalidSettingException e) {
            throw ExciteCommand.refused(e, line);
        }
        GlassPreparation preparation = new GlassPreparation(system, fire, equilibration(line, system));
        Path output = CommonOptions.outputFile(line);
        try {
            preparation.validate((int) atoms, seed);
        } catch (IllegalArgumentException e) {
            // an -n or --seed the protocol cannot take
            throw new UsageException("-n " + atoms + " --seed " + seed + ": " + e.getMessage());
        }
        Communicator world = MpiRuntime.world();
        PreparationResult result = preparation.run(world, (int) atoms, seed, output);
        if (world.isRoot()) {
            out.print(result.report());
        }
        return 0;
    }

    /** The protocol's extra variables: --equilibration, for the glasses quenched from a liquid (lj, ka). */
    static Map<String, String> equilibration(CommandLine line, ModelSystem system) {
        Map<String, String> extra = new HashMap<>();
        if (CommonOptions.EQUILIBRATION.isSet(line)) {
            if (system == ModelSystem.HARMONIC) {
                throw new UsageException(CommonOptions.EQUILIBRATION + " applies to --system lj and ka only");
            }
            long steps = CommonOptions.EQUILIBRATION.longValue(line, 10000);
            if (steps < 0) {
                throw new UsageException(CommonOptions.EQUILIBRATION + " must be >= 0");
            }
            extra.put("equil", Long.toString(steps));
        }
        return extra;
    }
}
