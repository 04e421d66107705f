package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.io.OutputLock;
import org.modekick.testing.Python;

/**
 * Every command that writes an output refuses to while another run holds it, naming the holder, and writes
 * nothing there; another process (Python, holding the same POSIX lock) stands for the other run.
 */
class ConcurrentRunsTest {

    @TempDir
    Path dir;

    private static final String GLASS = "LAMMPS data file\n\n2 atoms\n1 atom types\n\n0 5 xlo xhi\n0 5 ylo yhi\n"
            + "0 5 zlo zhi\n\nAtoms # atomic\n\n1 1 0.5 0.5 0.5\n2 1 2.5 2.5 2.5\n";

    private void refusedWhileHeld(Path lockFile, Path output, String... args) throws Exception {
        Process other = Python.holdLock(lockFile, "modekick excite, pid 31337 on host node7, started 2026-12-01T10:00Z");
        try {
            CommandRun r = CommandRun.of(args);
            assertEquals(1, r.code(), r.out() + r.err());
            assertTrue(r.err().contains(output + " is in use by another run")
                    && r.err().contains("pid 31337 on host node7"), r.err());
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
        if (Files.isDirectory(output)) {
            try (Stream<Path> s = Files.list(output)) {
                assertEquals(List.of(lockFile), s.toList(), "nothing but the other run's lock file");
            }
        } else {
            assertTrue(!Files.exists(output), "nothing written");
        }
    }

    @Test
    void everyCommandRefusesAnOutputAnotherRunHolds() throws Exception {
        Path glass = dir.resolve("g.data");
        Files.writeString(glass, GLASS);
        Path ex = dir.resolve("ex");
        refusedWhileHeld(ex.resolve(OutputLock.FILE), ex, "excite", glass.toString(), "--system", "harmonic",
                "--count", "3", "-o", ex.toString());
        Path modes = dir.resolve("modes");
        refusedWhileHeld(modes.resolve(OutputLock.FILE), modes, "modes", glass.toString(), "--system", "harmonic",
                "--count", "3", "-o", modes.toString());
        Path study = dir.resolve("study");
        refusedWhileHeld(study.resolve(OutputLock.FILE), study, "study", "--data", glass.toString(), "--system",
                "harmonic", "-o", study.toString());
        Path prepared = dir.resolve("prepared.data");
        refusedWhileHeld(dir.resolve("prepared.data.lock"), prepared, "prepare", "--system", "harmonic", "-n", "300",
                "-o", prepared.toString());
        assertTrue(!Files.exists(dir.resolve("prepared.data.partial")));
    }
}
