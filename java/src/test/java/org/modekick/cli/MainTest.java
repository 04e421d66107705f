package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheOptionsAndSucceeds() {
        Run r = run("prepare", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("--system"), r.out());
        assertTrue(r.out().contains("--seed"), r.out());
        assertEquals(0, run("--help").code());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("prepare", "--system", "harmonic", "-n", "100", "--frobnicate", "-o", dir.resolve("g.data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("frobnicate"), r.err());
    }

    @Test
    void unknownSystemNamesTheChoices() {
        Run r = run("prepare", "--system", "glassy", "-n", "100", "-o", dir.resolve("g.data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("choose harmonic or lj"), r.err());
    }

    @Test
    void missingRequiredValuesAreUsageErrors() {
        assertEquals(2, run("prepare", "--system", "harmonic", "-o", dir.resolve("g.data").toString()).code());
        assertEquals(2, run("prepare", "--system", "harmonic", "-n", "300").code());
        Run r = run("prepare", "--system", "harmonic", "-n", "many", "-o", dir.resolve("g.data").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("integer"), r.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run r = run("sublimate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command"), r.err());
    }

    @Test
    void prepareWritesAGlassAndItsReport() {
        Path out = dir.resolve("g.data");
        Run r = run("prepare", "--system", "harmonic", "-n", "300", "--seed", "4", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pressure"), r.out());
        assertTrue(Files.exists(out));
    }
}
