package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void helpListsTheOptionsAndSucceeds() {
        CommandRun r = run("prepare", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--system"), r.out());
        assertTrue(r.out().contains("--seed"), r.out());
        assertEquals(0, run("--help").code());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRun r = run("prepare", "--system", "harmonic", "-n", "100", "--frobnicate", "-o", dir.resolve("g.data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void unknownSystemNamesTheChoices() {
        CommandRun r = run("prepare", "--system", "glassy", "-n", "100", "-o", dir.resolve("g.data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("choose harmonic, lj or ka"), r.err());
    }

    @Test
    void missingRequiredValuesAreUsageErrors() {
        assertEquals(2, run("prepare", "--system", "harmonic", "-o", dir.resolve("g.data").toString()).code());
        assertEquals(2, run("prepare", "--system", "harmonic", "-n", "300").code());
        CommandRun r = run("prepare", "--system", "harmonic", "-n", "many", "-o", dir.resolve("g.data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("integer"), r.err());
    }

    /** Only the command line's own problems are usage errors: an IllegalArgumentException of the work is a failure. */
    @Test
    void anIllegalArgumentFromTheWorkIsAFailureNotAUsageError() {
        CommandRun r = run("mpi-check", "--fail-on-rank", "0");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("mpi-check: error: failure injected on rank 0"), r.err());
        assertTrue(!r.err().contains("--help"), r.err());
    }

    @Test
    void aSelectionTheGlassCannotSatisfyIsAUsageError() {
        Path data = preparedGlass();
        CommandRun r = run("modes", data.toString(), "--system", "harmonic", "--count", "2000", "-o",
                dir.resolve("m").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("asked for 2000 modes, but N = 300 particles have only 897"), r.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        CommandRun r = run("sublimate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command"), r.err());
    }

    @Test
    void prepareWritesAGlassAndItsReport() {
        Path out = dir.resolve("g.data");
        CommandRun r = run("prepare", "--system", "harmonic", "-n", "300", "--seed", "4", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pressure"), r.out());
        assertTrue(Files.exists(out));
    }

    private Path preparedGlass() {
        Path data = dir.resolve("glass.data");
        CommandRun r = run("prepare", "--system", "harmonic", "-n", "300", "--seed", "5", "-o", data.toString());
        assertEquals(0, r.code(), r.err());
        return data;
    }

    @Test
    void modesWritesCsvAndEigenvectorsThatReadBack() throws Exception {
        Path data = preparedGlass();
        Path out = dir.resolve("modes");
        CommandRun r = run("modes", data.toString(), "--system", "harmonic", "--count", "12", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        var rows = org.modekick.modes.ModesCsv.read(out.resolve("modes.csv"));
        assertEquals(12, rows.size());
        assertEquals(1, rows.get(0).k());
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            var modes = org.modekick.modes.ModeFiles.read(out, arena);
            assertEquals(12, modes.size());
            assertEquals(300, modes.particleCount());
            assertEquals(rows.get(11).lambda(), modes.mode(12).lambda());
        }
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"N\": 300"));
    }

    @Test
    void malformedDataFileNamesFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.data");
        Files.writeString(bad, "LAMMPS data file\n\n2 atoms\n1 atom types\n\n0 5 xlo xhi\n0 5 ylo yhi\n0 5 zlo zhi\n\n"
                + "Atoms # atomic\n\n1 1 0.5 0.5 0.5\n2 1 1.5 one 0.5\n");
        CommandRun r = run("modes", bad.toString(), "--system", "harmonic", "--count", "3", "-o", dir.resolve("m").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.data:13"), r.err());
    }

    @Test
    void coincidentParticlesAreRefused() throws Exception {
        Path bad = dir.resolve("overlap.data");
        Files.writeString(bad, "LAMMPS data file\n\n2 atoms\n1 atom types\n\n0 5 xlo xhi\n0 5 ylo yhi\n0 5 zlo zhi\n\n"
                + "Atoms # atomic\n\n1 1 0.5 0.5 0.5\n2 1 0.5 0.5 0.5\n");
        CommandRun r = run("modes", bad.toString(), "--system", "harmonic", "--count", "3", "-o", dir.resolve("m").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("overlapping particles") && r.err().contains("atoms 1 and 2"), r.err());
    }

    @Test
    void aPairStyleThisLammpsLacksIsNamedBeforeLammpsSeesIt() {
        Path data = preparedGlass();
        CommandRun r = run("modes", data.toString(), "--pair-style", "frobnicate 2.5", "--pair-coeff", "* * 1 1 1",
                "--count", "3", "-o", dir.resolve("m").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("this LAMMPS has no pair style 'frobnicate'"), r.err());
    }

    @Test
    void userPairStyleGivesTheSameModesAsTheSystem() throws Exception {
        Path data = preparedGlass();
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("modes", data.toString(), "--system", "harmonic", "--count", "5", "-o", a.toString()).code());
        CommandRun r = run("modes", data.toString(), "--pair-style", "harmonic/contact", "--pair-coeff", "1 1 1.0 1.0",
                "--count", "5", "-o", b.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(a.resolve("modes.csv")), Files.readString(b.resolve("modes.csv")));
    }

    @Test
    void modeSelectionMustBeExactlyOne() {
        Path data = preparedGlass();
        CommandRun r = run("modes", data.toString(), "--system", "harmonic", "--count", "3", "--omega-max", "0.1",
                "-o", dir.resolve("m").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("exactly one"), r.err());
    }

    @Test
    void blasThreadsAreRecordedAndAZeroCountIsAUsageError() throws Exception {
        Path data = preparedGlass();
        CommandRun bad = run("modes", data.toString(), "--system", "harmonic", "--count", "3", "--blas-threads", "0",
                "-o", dir.resolve("m0").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--blas-threads"), bad.err());
        Path out = dir.resolve("m2");
        CommandRun r = run("modes", data.toString(), "--system", "harmonic", "--count", "5", "--blas-threads", "2",
                "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"blas_threads\": 2"),
                Files.readString(out.resolve("summary.json")));
    }
}
