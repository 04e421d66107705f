package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExciteCommandTest {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void helpNamesTheOptions() {
        CommandRun r = run("excite", "--help");
        assertEquals(0, r.code());
        for (String option : new String[] {"--modes", "--count", "--a-min", "--a-max", "--precision", "--workers",
                "--ranks-per-task", "--below-boson-peak", "--pair-style"}) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
        assertTrue(run("--help").out().contains("excite"));
    }

    /** A small glass end to end: modes computed by excite, resumed without work, other settings refused. */
    @Test
    void excitesAGlassAndRefusesToMixSettings() throws Exception {
        Path glass = dir.resolve("g.data");
        assertEquals(0, run("prepare", "--system", "harmonic", "-n", "300", "--seed", "2", "-o", glass.toString()).code());
        Path out = dir.resolve("ex");
        CommandRun missing = run("excite", glass.toString(), "--system", "harmonic", "-o", out.toString());
        assertEquals(2, missing.code(), missing.err());
        assertTrue(missing.err().contains("--count"), missing.err());

        String[] args = {"excite", glass.toString(), "--system", "harmonic", "--count", "2", "--a-min", "1e-5",
                "--workers", "2", "-o", out.toString()};
        CommandRun first = run(args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("2 modes excited (2 computed now"), first.out());
        for (String f : new String[] {"excitations.csv", "trials.csv", "summary.json", "run.json", "modes/modes.csv"}) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        String csv = Files.readString(out.resolve("excitations.csv"));
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\": \"2\""), "seed from the prepare log");

        CommandRun again = run(args);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(0 computed now"), again.out());
        assertEquals(csv, Files.readString(out.resolve("excitations.csv")));

        // one process is one task group of one rank: any other --ranks-per-task is a usage error
        String[] grouped = {"excite", glass.toString(), "--system", "harmonic", "--count", "2", "--ranks-per-task", "2",
                "-o", dir.resolve("grouped").toString()};
        CommandRun refusedGroups = run(grouped);
        assertEquals(2, refusedGroups.code(), refusedGroups.err());
        assertTrue(refusedGroups.err().contains("1 MPI rank cannot be split into task groups of 2"), refusedGroups.err());
        assertTrue(!Files.exists(dir.resolve("grouped")), "nothing written");

        String[] other = args.clone();
        other[7] = "1e-4"; // --a-min
        CommandRun refused = run(other);
        assertEquals(2, refused.code(), refused.out());
        assertTrue(refused.err().contains("other inputs or settings") && refused.err().contains("a_min"), refused.err());
    }
}
