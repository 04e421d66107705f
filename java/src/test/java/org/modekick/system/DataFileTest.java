package org.modekick.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFileTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            LAMMPS data file via write_data, version 29 Sep 2021, timestep = 0

            4 atoms
            2 atom types

            0.0 3.0 xlo xhi
            -1.5 1.5 ylo yhi
            1.0 4.0 zlo zhi
            """;

    @Test
    void writeThenReadReproducesEveryBit() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            Box box = new Box(-0.1 - 0.2, 7.3 / 3, 0.0, Math.PI, 1e-7, 5.0 + Math.ulp(5.0));
            Configuration c = Configuration.allocate(arena, box, 3, 257);
            SplittableRandom random = new SplittableRandom(11);
            int[] images = new int[3 * c.size()];
            for (int i = 0; i < c.size(); i++) {
                c.types().setAtIndex(Configuration.INT, i, 1 + random.nextInt(3));
                for (int a = 0; a < 3; a++) {
                    // awkward doubles, some outside the box, some tiny or negative zero
                    double u = random.nextDouble() * 1.4 - 0.2;
                    c.setX(i, a, i % 17 == 0 ? -0.0 : i % 19 == 0 ? 1e-300 * u : box.lo(a) + u * box.length(a));
                    images[3 * i + a] = random.nextInt(-3, 4);
                }
            }
            double[] masses = {1.0, 1.0 / 3, 2.5e-3};
            DataFile.Contents original = new DataFile.Contents(c, masses, List.of(), images);
            Path file = dir.resolve("glass.data");
            DataFile.write(file, original, "a test\nwith a line break");
            assertFalse(Files.exists(dir.resolve("glass.data.partial")));
            assertTrue(Files.readAllLines(file).get(0).startsWith("LAMMPS data file (atom_style atomic) written by modekick"));

            DataFile.Contents back = DataFile.read(file, arena);
            Configuration r = back.configuration();
            assertEquals(box, r.box());
            assertEquals(3, r.atomTypes());
            assertEquals(c.size(), r.size());
            for (int i = 0; i < c.size(); i++) {
                assertEquals(c.type(i), r.type(i));
                for (int a = 0; a < 3; a++) {
                    assertEquals(Double.doubleToRawLongBits(c.x(i, a)), Double.doubleToRawLongBits(r.x(i, a)),
                            "particle " + i + " axis " + a);
                }
            }
            assertArrayEquals(masses, back.masses());
            assertArrayEquals(images, back.imageFlags());
            assertEquals(List.of(), back.pairCoeffs());

            // and a second write is byte-identical to the first
            Path again = dir.resolve("again.data");
            DataFile.write(again, back, "a test\nwith a line break");
            assertEquals(Files.readString(file), Files.readString(again));
        }
    }

    @Test
    void readsIdsInAnyOrderWithCommentsVelocitiesAndPairCoeffs() throws IOException {
        String text = HEADER + """

                Masses

                2 2.0   # second type first
                1 1.0

                Pair Coeffs # lj/smooth/linear

                1 1.0 1.0
                2 0.5 0.88 2.2

                PairIJ Coeffs # lj/smooth/linear

                1 1 1.0 1.0
                1 2 0.7   0.9
                2 2 0.5 0.88 2.2

                Atoms # atomic

                3 2 0.5 0.25 2.0 1 0 -1
                1 1 0.0 0.0 1.0 0 0 0
                # a comment inside a section

                4 1 2.9 -1.4 3.9 0 2 0
                2 2 1.0E-5 1.25 1.5 0 0 0

                Velocities

                1 0 0 0
                2 0 0 0
                3 0 0 0
                4 0 0 0
                """;
        try (Arena arena = Arena.ofConfined()) {
            DataFile.Contents contents = read(text, arena);
            Configuration c = contents.configuration();
            assertEquals(new Box(0, 3, -1.5, 1.5, 1, 4), c.box());
            assertEquals(4, c.size());
            assertEquals(2, c.atomTypes());
            assertArrayEquals(new int[] {1, 2, 2, 1}, new int[] {c.type(0), c.type(1), c.type(2), c.type(3)});
            assertEquals(1.0E-5, c.x(1, 0), 0);
            assertEquals(0.25, c.x(2, 1), 0);
            assertEquals(3.9, c.x(3, 2), 0);
            assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 0, -1, 0, 2, 0}, contents.imageFlags());
            assertArrayEquals(new double[] {1.0, 2.0}, contents.masses());
            assertEquals(List.of("1 1 1.0 1.0", "2 2 0.5 0.88 2.2", "1 1 1.0 1.0", "1 2 0.7 0.9", "2 2 0.5 0.88 2.2"),
                    contents.pairCoeffs());
        }
    }

    @Test
    void fiveFieldAtomLinesWithoutMassesGiveZeroImagesAndNoMasses() throws IOException {
        String text = HEADER + """
                Atoms

                1 1 0 0 1
                2 1 1 0 1
                3 2 2 0 1
                4 2 0 1 1
                """;
        try (Arena arena = Arena.ofConfined()) {
            DataFile.Contents contents = read(text, arena);
            assertFalse(contents.hasMasses());
            assertEquals(0, contents.masses().length);
            assertArrayEquals(new int[12], contents.imageFlags());
            assertEquals(2.0, contents.configuration().x(2, 0), 0);
        }
    }

    private DataFile.Contents read(String text, Arena arena) throws IOException {
        Path file = dir.resolve("in.data");
        Files.writeString(file, text);
        return DataFile.read(file, arena);
    }

    /** Reads the text and expects an error at the given line whose problem contains each fragment. */
    private void rejects(String text, int line, String... fragments) throws IOException {
        Path file = dir.resolve("bad.data");
        Files.writeString(file, text);
        try (Arena arena = Arena.ofConfined()) {
            DataFileException e = assertThrows(DataFileException.class, () -> DataFile.read(file, arena));
            assertEquals(file.toString(), e.file());
            assertTrue(e.getMessage().startsWith(file + ":" + line + ": "),
                    () -> "expected line " + line + " in \"" + e.getMessage() + "\"");
            for (String f : fragments) {
                assertTrue(e.problem().contains(f), () -> "\"" + e.getMessage() + "\" lacks \"" + f + "\"");
            }
        }
    }

    private static final String ATOMS = """

            Atoms # atomic

            1 1 0 0 1
            2 1 1 0 1
            3 2 2 0 1
            4 2 0 1 1
            """;

    /** HEADER + ATOMS with one line (1-based, as in the file) replaced. */
    private static String replacing(int line, String replacement) {
        List<String> lines = new java.util.ArrayList<>(List.of((HEADER + ATOMS).split("\n", -1)));
        lines.set(line - 1, replacement);
        return String.join("\n", lines);
    }

    @Test
    void theValidBaseFileReads() throws IOException {
        // the error cases below each break one line of this file
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(4, read(HEADER + ATOMS, arena).configuration().size());
        }
        assertEquals("1 1 0 0 1", (HEADER + ATOMS).split("\n")[11]);
    }

    @Test
    void errorsNameFileLineAndProblem() throws IOException {
        rejects("", 1, "empty");
        rejects(replacing(3, ""), 10, "no 'atoms' count");
        rejects(replacing(4, ""), 10, "no 'atom types' count");
        rejects(replacing(3, "four atoms"), 3, "'four' is not an integer");
        rejects(replacing(3, "0 atoms"), 3, "atoms must be between 1");
        rejects(replacing(8, ""), 10, "no box bounds for z");
        rejects(replacing(7, "1.5 -1.5 ylo yhi"), 7, "ylo 1.5 must be less than yhi -1.5");
        rejects(replacing(7, "1.5 1.5 ylo yhi"), 7, "must be less than");
        rejects(replacing(6, "0 3 x xlo xhi"), 6, "expected 'lo hi xlo xhi'");
        rejects(replacing(9, "0.1 0 0 xy xz yz"), 9, "triclinic");
        rejects(replacing(9, "3 bonds"), 9, "'bonds' must be 0");
        rejects(replacing(12, "1 1 0 abc 1"), 12, "y coordinate of atom 1 'abc' is not a number");
        rejects(replacing(12, "1 1 0 0x1p3 1"), 12, "is not a number");
        rejects(replacing(12, "1 1 0 nan 1"), 12, "'nan' is not finite");
        rejects(replacing(12, "1 1 0 0 -inf"), 12, "'-inf' is not finite");
        rejects(replacing(12, "1 1 1e999 0 1"), 12, "'1e999' is not finite");
        rejects(replacing(12, "1 1 0 0 1 0"), 12, "has 6 fields");
        rejects(replacing(12, "1 1 0 0 1 0 0 z"), 12, "image flag iz of atom 1 'z' is not an integer");
        rejects(replacing(12, "1.5 1 0 0 1"), 12, "atom id '1.5' is not an integer");
        rejects(replacing(13, "1 1 1 0 1"), 13, "atom id 1 appears twice (first on line 12)");
        rejects(replacing(13, "5 1 1 0 1"), 13, "atom id 5 is out of range 1..4");
        rejects(replacing(13, "0 1 1 0 1"), 13, "atom id 0 is out of range");
        rejects(replacing(13, "2 3 1 0 1"), 13, "atom type 3 of atom 2 is out of range 1..2");
        rejects(replacing(10, "Atoms # full"), 10, "atom_style 'full'");
        rejects(replacing(10, "Bonds"), 10, "unknown section 'Bonds'");
        rejects(replacing(12, "Foo"), 12, "Atoms section ends after 0 of its 4 lines (one per atom");
        rejects(replacing(15, ""), 15, "file ends after 3 of the 4 lines of the Atoms section");
        rejects(replacing(15, "") + "\nVelocities\n\n1 0 0 0\n", 17, "Atoms section ends after 3 of its 4 lines", "found 'Velocities'");
        rejects(HEADER + ATOMS + "5 1 0.5 0.5 2\n", 16, "more lines in the Atoms section than the 4 that the header declares");
        rejects(HEADER + "\nMasses\n\n1 1.0\n" + ATOMS, 14, "Masses section ends after 1 of its 2 lines (one per atom type");
        rejects(HEADER + "\nMasses\n\n1 1.0\n1 2.0\n" + ATOMS, 13, "mass of type 1 given twice (first on line 12)");
        rejects(HEADER + "\nMasses\n\n1 1.0\n2 -2.0\n" + ATOMS, 13, "mass of type 2 must be > 0");
        rejects(HEADER + "\nPair Coeffs\n\n1 1 1\n3 1 1\n" + ATOMS, 13, "atom type 3 is out of range 1..2");
        rejects(HEADER + "\nPairIJ Coeffs\n\n1 1 1 1\n1 2 1 1\n" + ATOMS, 15, "PairIJ Coeffs section ends after 2 of its 3");
        rejects(HEADER, 8, "no Atoms section");
        rejects(HEADER + ATOMS + ATOMS, 17, "a second Atoms section");
        rejects(HEADER + "\n7 atoms\n", 10, "'atoms' given twice");
        rejects(HEADER + "\n1 2 3 foo\n", 10, "unknown header line");
    }

    @Test
    void decimalsAreCheckedLikeLammps() {
        for (String ok : List.of("1", "-1", "+1.", ".5", "1.5e-3", "1E+300", "-0.0", "1.0E-5")) {
            assertTrue(DataFileReader.isDecimal(ok), ok);
        }
        for (String bad : List.of("", ".", "-", "e5", "1e", "1.5.2", "0x10", "1d", "1_0", "NaN", "Infinity", "1e5.5")) {
            assertFalse(DataFileReader.isDecimal(bad), bad);
        }
    }
}
