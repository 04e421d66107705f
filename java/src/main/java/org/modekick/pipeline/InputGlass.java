package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.IntFunction;
import org.modekick.potential.ForceField;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * The glass a step works on: a LAMMPS data file, read and checked before anything reaches LAMMPS or PETSc,
 * with its interactions.
 */
public record InputGlass(Path file, DataFile.Contents contents, ForceField forceField) {

    /**
     * Reads {@code file} into {@code arena}; {@code interactions} gives the force field for the file's number of
     * atom types. Coincident particles are refused.
     */
    public static InputGlass read(Path file, IntFunction<ForceField> interactions, Arena arena) throws IOException {
        DataFile.Contents contents = DataFile.read(file, arena);
        ForceField field = interactions.apply(contents.configuration().atomTypes());
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

    public Configuration configuration() {
        return contents.configuration();
    }

    /** The masses of the data file, or 1 for every type where it gives none. */
    public double[] masses() {
        if (contents.hasMasses()) {
            return contents.masses();
        }
        double[] ones = new double[contents.configuration().atomTypes()];
        Arrays.fill(ones, 1.0);
        return ones;
    }
}
