package org.modekick.pipeline;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import org.modekick.potential.Interaction;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * The glass a step works on: a LAMMPS data file, read and checked before anything reaches LAMMPS or PETSc,
 * with its interactions.
 */
public record InputGlass(Path file, DataFile.Contents contents, Interaction interaction) {

    /**
     * Reads {@code file} into {@code arena}; {@code interactions} gives the interaction for the file's number of
     * atom types. Coincident particles are refused.
     */
    public static InputGlass read(Path file, Interactions interactions, Arena arena) throws IOException {
        DataFile.Contents contents = DataFile.read(file, arena);
        Interaction field = interactions.of(contents.configuration().atomTypes());
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

    /** The interaction of a glass of so many atom types (reading a potential file may fail). */
    @FunctionalInterface
    public interface Interactions {
        Interaction of(int atomTypes) throws IOException;
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
