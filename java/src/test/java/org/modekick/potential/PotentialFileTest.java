package org.modekick.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.io.InputFormatException;

class PotentialFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines));
        return p;
    }

    private InputFormatException refused(Path file, int types) {
        return assertThrows(InputFormatException.class, () -> PotentialFile.read(file, types, Map.of()));
    }

    @Test
    void kobAndersenCommandsPassAsWritten() throws IOException {
        Path f = write("ka.pot", "# Kob-Andersen 80:20", "pair_style lj/cut 2.5", "pair_coeff 1 1 1.0 1.0 2.5",
                "pair_coeff 1 2 1.5 0.8 2.0  # eps_AB sigma_AB 2.5 sigma_AB", "pair_coeff 2 2 0.5 0.88 2.2",
                "pair_modify shift yes", "mass * 1.0", "neighbor 0.3 bin");
        PotentialFile p = PotentialFile.read(f, 2, Map.of());
        assertEquals("lj", p.units());
        assertEquals("lj/cut", p.styleName());
        assertEquals(List.of("pair_style lj/cut 2.5", "pair_coeff 1 1 1.0 1.0 2.5", "pair_coeff 1 2 1.5 0.8 2.0",
                "pair_coeff 2 2 0.5 0.88 2.2", "pair_modify shift yes", "mass * 1.0", "neighbor 0.3 bin"),
                p.lammpsCommands());
        assertEquals(2, p.masses().size()); // mass * covers both types
        assertEquals(4, p.commands().get(2).line());
        assertFalse(LammpsInteraction.of(p, 2).manyBody());
    }

    @Test
    void debianEamFileIsFoundAndElementsMustMatchTheTypes() throws IOException {
        Path eam = PotentialFile.DEBIAN_POTENTIALS.resolve("CuZr_mm.eam.fs");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(eam), "lammps-data is installed by ci/build.sh");
        Path f = write("cuzr.pot", "units metal", "pair_style eam/fs", "pair_coeff * * CuZr_mm.eam.fs Cu Zr");
        PotentialFile p = PotentialFile.read(f, 2, Map.of());
        assertEquals("metal", p.units());
        assertEquals(List.of(eam), p.referencedFiles());
        assertEquals("pair_coeff * * " + eam + " Cu Zr", p.lammpsCommands().get(1));
        assertTrue(LammpsInteraction.of(p, 2).manyBody());
        InputFormatException e = refused(f, 3);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("maps 2 element(s) to the data file's 3 atom type(s)"), e.getMessage());
    }

    @Test
    void lammpsPotentialsVariableIsSearched() throws IOException {
        Path lib = Files.createDirectory(dir.resolve("lib"));
        Files.writeString(lib.resolve("my.table"), "x\n");
        Path f = write("t.pot", "pair_style table linear 100", "pair_coeff 1 1 my.table PAIR");
        Path sub = Files.createDirectory(dir.resolve("elsewhere"));
        Path moved = Files.move(f, sub.resolve("t.pot"));
        PotentialFile p = PotentialFile.read(moved, 1, Map.of("LAMMPS_POTENTIALS", lib.toString()));
        assertEquals(List.of(lib.resolve("my.table")), p.referencedFiles());
        InputFormatException e = refused(moved, 1);
        assertTrue(e.getMessage().startsWith(moved + ":2: potential file 'my.table' not found"), e.getMessage());
    }

    @Test
    void commandsThatDoNotDefineTheInteractionAreRefusedWithFileAndLine() throws IOException {
        InputFormatException e = refused(write("run.pot", "pair_style lj/cut 2.5", "pair_coeff * * 1 1", "run 100"), 1);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("'run' is not allowed"), e.getMessage());
        e = refused(write("var.pot", "pair_style lj/cut ${rc}", "pair_coeff * * 1 1"), 1);
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("variables"), e.getMessage());
    }

    @Test
    void typesOutOfRangeAndBadMassesAreNamed() throws IOException {
        InputFormatException e = refused(write("t.pot", "pair_style lj/cut 2.5", "pair_coeff 1 3 1 1"), 2);
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("atom type '3' is out of range 1..2 (the data file has 2 atom type(s))"),
                e.getMessage());
        e = refused(write("m.pot", "pair_style lj/cut 2.5", "pair_coeff * * 1 1", "mass 1 -2"), 1);
        assertEquals(3, e.line());
        assertTrue(e.problem().contains("not a positive number"), e.getMessage());
        e = refused(write("u.pot", "pair_style lj/cut 2.5", "units metal", "pair_coeff * * 1 1"), 1);
        assertEquals(2, e.line());
        e = refused(write("c.pot", "pair_coeff * * 1 1"), 1);
        assertTrue(e.problem().contains("before pair_style"), e.getMessage());
        e = refused(write("n.pot", "pair_style lj/cut 2.5"), 1);
        assertTrue(e.problem().contains("no pair_coeff"), e.getMessage());
        e = refused(write("two.pot", "pair_style lj/cut 2.5", "pair_coeff * * 1 1", "pair_style morse 2.5"), 1);
        assertEquals(3, e.line());
    }

    @Test
    void includesAreFlattenedAndTheirFaultsNameTheIncludedFile() throws IOException {
        Path inner = write("inner.pot", "pair_coeff 1 1 1.0 1.0", "pair_coeff 2 2 0.5 &", "   0.88");
        Path outer = write("outer.pot", "pair_style lj/cut 2.5", "include inner.pot", "pair_coeff 1 2 1.5 0.8");
        PotentialFile p = PotentialFile.read(outer, 2, Map.of());
        assertEquals(List.of("pair_style lj/cut 2.5", "pair_coeff 1 1 1.0 1.0", "pair_coeff 2 2 0.5 0.88",
                "pair_coeff 1 2 1.5 0.8"), p.lammpsCommands());
        assertEquals(inner, p.commands().get(2).file());
        assertEquals(2, p.commands().get(2).line());
        InputFormatException e = refused(outer, 1);
        assertEquals(inner, e.file());
        assertEquals(2, e.line());
        write("loop.pot", "include loop.pot");
        e = refused(dir.resolve("loop.pot"), 1);
        assertTrue(e.problem().contains("includes itself"), e.getMessage());
    }

    @Test
    void missingFileDirectoryAndBinaryAreRefused() throws IOException {
        assertTrue(refused(dir.resolve("none.pot"), 1).problem().contains("not found"));
        assertTrue(refused(dir, 1).problem().contains("not a regular file"));
        Path bin = dir.resolve("bin.pot");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(refused(bin, 1).problem().contains("not a text file"));
    }

    @Test
    void hybridSubStylesAreNotTakenForFiles() throws IOException {
        Path f = write("h.pot", "pair_style hybrid/overlay lj/cut 2.5 soft 1.0", "pair_coeff * * lj/cut 1 1",
                "pair_coeff * * soft 10.0");
        assertEquals(3, PotentialFile.read(f, 1, Map.of()).lammpsCommands().size());
    }

    @Test
    void commandLineStylesGetTheSameChecks() throws IOException {
        PotentialFile p = PotentialFile.ofCommandLine("lj/cut 2.5", List.of("* * 1 1"), 1, Map.of());
        assertEquals(List.of("pair_style lj/cut 2.5", "pair_coeff * * 1 1"), p.lammpsCommands());
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> PotentialFile.ofCommandLine("lj/cut 2.5", List.of("1 2 1 1"), 1, Map.of()));
        assertEquals(2, e.line());
    }

    @Test
    void theArgumentsOfCommonStylesAreCountedBeforeLammpsSeesThem() throws IOException {
        // each would end the process in LAMMPS ("Illegal pair_style command", "Incorrect args for pair
        // coefficients", "Expected floating point parameter") or, for a cutoff <= 0, be taken silently
        String[][] cases = {
            {"pair_style lj/cut", "pair_coeff * * 1 1", "1", "pair_style lj/cut takes 1 argument(s), Rc"},
            {"pair_style lj/cut 2.5 3", "pair_coeff * * 1 1", "1", "got 2 (2.5 3)"},
            {"pair_style lj/cut abc", "pair_coeff * * 1 1", "1", "Rc 'abc' is not a number"},
            {"pair_style lj/cut 0", "pair_coeff * * 1 1", "1", "cutoff Rc must be > 0, got 0"},
            {"pair_style lj/cut 2.5", "pair_coeff * * 1", "2", "takes I J eps sigma [Rc], got 1 value(s)"},
            {"pair_style lj/cut 2.5", "pair_coeff * * 1 1 2 3", "2", "got 4 value(s)"},
            {"pair_style lj/cut 2.5", "pair_coeff * * 1 x", "2", "sigma 'x' is not a number"},
            {"pair_style lj/cut 2.5", "pair_coeff * * 1 1 -2", "2", "cutoff Rc must be > 0, got -2"},
            {"pair_style lj/smooth/linear", "pair_coeff * * 1 1", "1", "pair_style lj/smooth/linear takes 1"},
            {"pair_style lj/smooth 2.5", "pair_coeff * * 1 1", "1", "takes 2 argument(s), Rinner Rc"},
            {"pair_style lj/smooth 2 2.5", "pair_coeff * * 1 1 2", "2", "got 3 value(s)"},
            {"pair_style morse 2.5", "pair_coeff * * 1 1", "2", "I J D0 alpha r0 [Rc]"},
            {"pair_style lj/cut/omp", "pair_coeff * * 1 1", "1", "pair_style lj/cut/omp takes 1"},
            {"pair_style harmonic/contact 1", "pair_coeff * * 1 1", "1", "harmonic/contact takes no arguments"},
            {"pair_style eam 1", "pair_coeff * * 1 1", "1", "pair_style eam takes no arguments, got 1"},
            {"pair_style eam/fs 1", "pair_coeff * * 1 1", "1", "pair_style eam/fs takes no arguments"},
        };
        for (String[] c : cases) {
            InputFormatException e = refused(write("a.pot", c[0], c[1]), 1);
            assertEquals(Integer.parseInt(c[2]), e.line(), c[0] + " / " + c[1]);
            assertTrue(e.getMessage().contains(c[3]), c[0] + " / " + c[1] + ": " + e.getMessage());
        }
        // the forms LAMMPS takes pass, a style without a fixed shape is LAMMPS's to check
        for (String[] ok : new String[][] {{"pair_style lj/cut 2.5", "pair_coeff * * 1 1 2"},
                {"pair_style lj/smooth 2 2.5", "pair_coeff * * 1 1 2 2.5"}, {"pair_style yukawa 1 2", "pair_coeff * * 1"},
                {"pair_style soft 1", "pair_coeff * * 1 2"}, {"pair_style lj/expand 2.5", "pair_coeff * * 1 1 0"},
                {"pair_style lj/cut 2.5", "pair_coeff * * 1e0 .5"}, {"pair_style born 2.5", "pair_coeff * * 1"}}) {
            assertEquals(2, PotentialFile.read(write("b.pot", ok), 1, Map.of()).lammpsCommands().size(), ok[0]);
        }
        InputFormatException e = assertThrows(InputFormatException.class,
                () -> PotentialFile.ofCommandLine("lj/cut", List.of("* * 1 1"), 1, Map.of()));
        assertEquals("command line:1: pair_style lj/cut takes 1 argument(s), Rc (the last the global cutoff), got 0:"
                + " e.g. 'pair_style lj/cut 2.5'", e.getMessage());
    }
}
