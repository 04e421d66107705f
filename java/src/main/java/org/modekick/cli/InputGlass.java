package org.modekick.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.modekick.potential.ForceField;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * The positional input of modes/excite: a LAMMPS data file read and checked before anything reaches
 * LAMMPS or PETSc, with the interactions the command line gives.
 */
record InputGlass(Path file, DataFile.Contents contents, ForceField forceField) {

    /** The single positional argument is the data file. */
    static InputGlass read(CommandLine line, Arena arena) throws IOException {
        if (line.getArgList().size() != 1) {
            throw new UsageException("expected exactly one input LAMMPS data file, got " + line.getArgList());
        }
        return read(Path.of(line.getArgList().get(0)), line, arena);
    }

    static InputGlass read(Path file, CommandLine line, Arena arena) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("input data file not found: " + file);
        }
        DataFile.Contents contents = DataFile.read(file, arena);
        ForceField field = CommonOptions.forceField(line, contents.configuration().atomTypes());
        requireNoCoincidentParticles(file, contents.configuration());
        return new InputGlass(file, contents, field);
    }

    /**
     * Particles closer than 1e-3 of the mean spacing: LJ diverges there and LAMMPS would end the
     * process ("Lost atoms" or NaN), and the contact direction of coincident particles is undefined.
     */
    private static void requireNoCoincidentParticles(Path file, Configuration c) {
        double spacing = Math.cbrt(c.box().volume() / c.size());
        Overlaps overlaps = Overlaps.find(c, 1e-3 * spacing);
        if (overlaps.any()) {
            throw new IllegalArgumentException(file + ": overlapping particles, " + overlaps.describe());
        }
    }

    double[] masses() {
        if (contents.hasMasses()) {
            return contents.masses();
        }
        double[] ones = new double[contents.configuration().atomTypes()];
        java.util.Arrays.fill(ones, 1.0);
        return ones;
    }
}
