package org.modekick.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.modekick.io.TextLines;

/**
 * LAMMPS data files for {@code atom_style atomic} in an orthogonal periodic box: the format that
 * {@code read_data} accepts and {@code write_data} writes.
 *
 * <p>Positions are kept exactly as the file gives them (wrapped or not) and the image flags, if any,
 * are returned beside them rather than applied: everything here uses minimum-image separations, and
 * keeping both unchanged makes read-then-write reproduce every coordinate and flag bit for bit
 * (numbers are written with {@link Double#toString(double)}, the shortest decimal that parses back to
 * the same double).
 *
 * <p>Atom IDs must be exactly 1..N, in any order; atom ID i + 1 becomes particle i of the
 * {@link Configuration}. Sections read: Atoms (required), Masses (all types, each once), Pair Coeffs
 * and PairIJ Coeffs (kept as text); Velocities is skipped (the method starts from rest). Anything
 * molecular, triclinic or of another atom style is refused with the line that shows it.
 *
 * <p>Checked against LAMMPS 29 Sep 2021: read_data accepts what {@link #write} writes, and its
 * write_data output reads back here with every coordinate bit-identical.
 */
public final class DataFile {

    private DataFile() {}

    /**
     * What a data file holds that this tool uses.
     *
     * @param configuration the box, types and positions
     * @param masses the mass of type t at index t - 1; empty when the file has no Masses section
     * @param pairCoeffs the Pair Coeffs / PairIJ Coeffs lines as {@code pair_coeff} arguments
     *     {@code "I J coeffs..."} (a Pair Coeffs line {@code "I coeffs..."} becomes {@code "I I coeffs..."}),
     *     ready for {@code PairStyles.parse}; empty when the file has none
     * @param imageFlags ix, iy, iz of particle i at 3i, 3i + 1, 3i + 2; zeros when the file has none
     */
    public record Contents(Configuration configuration, double[] masses, List<String> pairCoeffs, int[] imageFlags) {

        public Contents {
            pairCoeffs = List.copyOf(pairCoeffs);
            if (masses.length != 0 && masses.length != configuration.atomTypes()) {
                throw new IllegalArgumentException("masses must be empty or one per atom type ("
                        + configuration.atomTypes() + "), got " + masses.length);
            }
            if (imageFlags.length != 3 * configuration.size()) {
                throw new IllegalArgumentException("imageFlags must hold 3N = " + 3 * configuration.size()
                        + " ints, got " + imageFlags.length);
            }
        }

        /** A configuration alone: no masses, no pair coefficients, zero image flags. */
        public static Contents of(Configuration configuration) {
            return new Contents(configuration, new double[0], List.of(), new int[3 * configuration.size()]);
        }

        public boolean hasMasses() {
            return masses.length > 0;
        }

        @Override
        public String toString() {
            return "Contents[N=" + configuration.size() + ", box=" + configuration.box() + ", masses="
                    + Arrays.toString(masses) + ", pairCoeffs=" + pairCoeffs + "]";
        }
    }

    /**
     * Reads a data file, allocating the configuration in {@code arena}.
     *
     * @throws DataFileException for anything wrong with the file's contents, naming file and line
     * @throws IOException if the file cannot be read
     */
    public static Contents read(Path file, Arena arena) throws IOException {
        try (TextLines in = TextLines.open(file)) {
            return new DataFileReader(file.toString(), in).read(arena);
        }
    }

    /** Reads data-file text from {@code in}; {@code name} is the file name that errors report. */
    public static Contents read(String name, BufferedReader in, Arena arena) throws IOException {
        return new DataFileReader(name, TextLines.of(in)).read(arena);
    }

    /**
     * Writes a data file that LAMMPS's {@code read_data} accepts: title line, counts, box, Masses (if
     * any) and {@code Atoms # atomic} with image flags. Pair coefficients are not written: a Pair
     * Coeffs section makes read_data fail unless pair_style was set first, and the tool sets them
     * with pair_coeff commands instead. The file is written beside the target and then moved over
     * it, so a crash never leaves half a file under the target's name.
     *
     * @param title the first line (what wrote the file and why); line breaks become spaces
     */
    public static void write(Path file, Contents contents, String title) throws IOException {
        DataFileWriter.write(file, contents, title);
    }
}
