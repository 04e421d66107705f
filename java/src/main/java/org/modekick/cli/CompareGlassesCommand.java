package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.modekick.potential.ForceField;
import org.modekick.system.DataFile;
import org.modekick.verify.GlassComparison;

/**
 * {@code modekick compare-glasses A.data B.data --system ...} (not listed): whether two prepared glasses are
 * the same inherent structure, e.g. a serial and an MPI run of prepare (whose atom IDs may differ: particles are
 * matched by position). Prints the figures; exit code 1 when the energies per particle differ by more than the
 * tolerance, or, with --position-tolerance, a particle has no counterpart that close.
 */
final class CompareGlassesCommand implements Command {

    static final Flag ENERGY_TOLERANCE = Flag.of("energy-tolerance", "TOL",
            "largest relative difference of the energies per particle (default 1e-12)");
    static final Flag POSITION_TOLERANCE = Flag.of("position-tolerance", "D",
            "largest distance between a particle and its counterpart, matched up to relabelling (default:"
            + " not checked)");

    @Override
    public String name() {
        return "compare-glasses";
    }

    @Override
    public String summary() {
        return "compare two prepared glasses (energy per particle, positions); for tests";
    }

    @Override
    public String positional() {
        return "A.data B.data";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withInteractions(CommonOptions.base("unused"));
        ENERGY_TOLERANCE.addTo(o);
        POSITION_TOLERANCE.addTo(o);
        return o;
    }

    @Override
    public int run(CommandLine line, PrintStream out, PrintStream err) throws Exception {
        List<String> files = line.getArgList();
        if (files.size() != 2) {
            throw new UsageException("expected two data files, got " + files);
        }
        double energyTolerance = ENERGY_TOLERANCE.doubleValue(line, 1e-12);
        double positionTolerance = POSITION_TOLERANCE.doubleValue(line, Double.POSITIVE_INFINITY);
        try (Arena arena = Arena.ofConfined()) {
            DataFile.Contents a = read(Path.of(files.get(0)), arena);
            DataFile.Contents b = read(Path.of(files.get(1)), arena);
            ForceField field = CommonOptions.forceField(line, a.configuration().atomTypes());
            GlassComparison c = GlassComparison.of(a.configuration(), b.configuration(), field);
            out.print(c.report());
            boolean energyOk = c.relativeEnergyDifference() <= energyTolerance;
            boolean positionsOk = c.positionsAgree(positionTolerance);
            out.printf(Locale.ROOT, "  %s: energy %s (tolerance %.1e), positions %s%n",
                    energyOk && positionsOk ? "same" : "DIFFERENT", energyOk ? "agrees" : "differs", energyTolerance,
                    Double.isInfinite(positionTolerance) ? "not checked"
                            : (positionsOk ? "agree" : "differ") + String.format(Locale.ROOT, " (tolerance %.1e)",
                            positionTolerance));
            return energyOk && positionsOk ? Main.OK : Main.FAILED;
        }
    }

    private static DataFile.Contents read(Path file, Arena arena) throws java.io.IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("data file not found: " + file);
        }
        return DataFile.read(file, arena);
    }
}
