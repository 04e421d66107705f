package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden commands that ci/mpi-test.sh uses to compare a serial run with an MPI run. */
class CompareCommandsTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path glass(int seed) {
        Path data = dir.resolve("glass-" + seed + ".data");
        CommandRun r = run("prepare", "--system", "harmonic", "-n", "300", "--seed", Integer.toString(seed), "-o",
                data.toString());
        assertEquals(0, r.code(), r.err());
        return data;
    }

    @Test
    void hiddenCommandsRunButAreNotListed() {
        CommandRun help = run("--help");
        assertFalse(help.out().contains("compare-modes") || help.out().contains("mpi-check"), help.out());
        assertEquals(0, run("compare-modes", "--help").code());
        CommandRun check = run("mpi-check");
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("1 ranks, thread level MPI_THREAD_MULTIPLE"), check.out());
    }

    @Test
    void aGlassIsTheSameAsItselfAndNotAsAnother() {
        Path a = glass(4);
        Path b = glass(5);
        CommandRun same = run("compare-glasses", a.toString(), a.toString(), "--system", "harmonic",
                "--position-tolerance", "0");
        assertEquals(0, same.code(), same.out() + same.err());
        assertTrue(same.out().contains("same: energy agrees"), same.out());
        CommandRun other = run("compare-glasses", a.toString(), b.toString(), "--system", "harmonic");
        assertEquals(1, other.code(), other.out());
        assertTrue(other.out().contains("DIFFERENT"), other.out());
    }

    @Test
    void modesAreTheSameAsThemselvesAndAChangedEigenvalueIsFound() throws Exception {
        Path data = glass(6);
        Path a = dir.resolve("a");
        assertEquals(0, run("modes", data.toString(), "--system", "harmonic", "--count", "6", "-o", a.toString()).code());
        Path b = dir.resolve("b");
        Files.createDirectories(b);
        for (String f : List.of("modes.csv", "eigenvectors.npy")) {
            Files.copy(a.resolve(f), b.resolve(f));
        }
        CommandRun same = run("compare-modes", a.toString(), b.toString());
        assertEquals(0, same.code(), same.out() + same.err());
        assertTrue(same.out().contains("max relative difference 0.00e+00"), same.out());
        // modes.csv: k,lambda,omega,...; scale the eigenvalue of mode 3 by 1 + 1e-8
        List<String> lines = Files.readAllLines(b.resolve("modes.csv"));
        String[] cells = lines.get(3).split(",");
        cells[1] = Double.toString(Double.parseDouble(cells[1]) * (1 + 1e-8));
        lines.set(3, String.join(",", cells));
        Files.write(b.resolve("modes.csv"), lines);
        CommandRun changed = run("compare-modes", a.toString(), b.toString());
        assertEquals(1, changed.code(), changed.out());
        assertTrue(changed.out().contains("(mode 3)") && changed.out().contains("DIFFERENT"), changed.out());
    }
}
