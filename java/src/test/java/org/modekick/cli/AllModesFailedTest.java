package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run in which no mode succeeded is a failure of the command, with the reasons printed per status. */
class AllModesFailedTest {

    @TempDir
    Path dir;

    @Test
    void everyModeFailingExitsNonZeroWithTheReasons() {
        Path glass = dir.resolve("g.data");
        assertEquals(0, CommandRun.of("prepare", "--system", "harmonic", "-n", "300", "--seed", "6", "-o",
                glass.toString()).code());
        Path out = dir.resolve("ex");
        // one FIRE iteration per relaxation: no kick can be decided
        CommandRun r = CommandRun.of("excite", glass.toString(), "--system", "harmonic", "--count", "2",
                "--max-iterations", "1", "--scan-start", "a-min", "--workers", "1", "-o", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("failed                   2"), r.out());
        assertTrue(r.out().contains("modes 1-2: FIRE did not converge at A = 1.0E-7"), r.out());
        assertTrue(r.err().contains("every one of the 2 modes failed"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("excitations.csv")), "the files are written all the same");
    }
}
