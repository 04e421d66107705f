package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths with what LAMMPS's command parser acts on (white space, '#', '$', ${..}, $(..), quotes, '*', non-ASCII)
 * reach every command's outputs unchanged: prepare writes the glass where asked (once LAMMPS wrote it to a
 * truncated name elsewhere), excite's workers restart their logs (a '"' once ended the process), and nothing is
 * written anywhere else.
 */
class OddPathsTest {

    @TempDir
    Path dir;

    static final String ODD = "odd dir #1 ${HOME} $(echo x) $y \"q\" 'a' * é";

    @Test
    void everyCommandWritesWhereItIsToldWhateverThePathHolds() throws Exception {
        Path odd = Files.createDirectories(dir.resolve(ODD));
        Path glass = odd.resolve("glass #2 $(y).data");
        CommandRun prepared = CommandRun.of("prepare", "--system", "harmonic", "-n", "300", "--seed", "2", "-o",
                glass.toString());
        assertEquals(0, prepared.code(), prepared.err());
        assertTrue(Files.isRegularFile(glass), "the glass where asked");
        assertTrue(Files.isRegularFile(odd.resolve("glass #2 $(y).data.lammps.log")));

        Path modes = odd.resolve("modes \"1\"");
        CommandRun m = CommandRun.of("modes", glass.toString(), "--system", "harmonic", "--count", "2", "-o",
                modes.toString());
        assertEquals(0, m.code(), m.err());
        assertTrue(Files.isRegularFile(modes.resolve("modes.csv")));

        Path excite = odd.resolve("excite # ${x}");
        CommandRun e = CommandRun.of("excite", glass.toString(), "--system", "harmonic", "--modes", modes.toString(),
                "--a-min", "1e-5", "--workers", "1", "-o", excite.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(Files.isRegularFile(excite.resolve("excitations.csv")));
        assertTrue(Files.readString(excite.resolve("lammps").resolve("worker-0.log")).contains("minimize"),
                "the worker's log, restarted through the log command, is where it belongs");

        Path study = odd.resolve("study é");
        CommandRun s = CommandRun.of("study", "--data", glass.toString(), "--system", "harmonic", "--count", "2",
                "--workers", "1", "-o", study.toString());
        assertEquals(0, s.code(), s.err());
        assertTrue(Files.isRegularFile(study.resolve("report").resolve("report.html")));

        Path bench = odd.resolve("bench $x");
        CommandRun b = CommandRun.of("bench", "excite", glass.toString(), "--system", "harmonic", "--modes",
                modes.toString(), "--a-min", "1e-5", "--workers", "1", "-o", bench.toString());
        assertEquals(0, b.code(), b.err());
        assertTrue(Files.isRegularFile(bench.resolve("workers-1").resolve("excitations.csv")));

        try (Stream<Path> top = Files.list(dir)) {
            assertEquals(List.of(odd), top.toList(), "nothing written beside the odd directory");
        }
        try (Stream<Path> inside = Files.list(odd)) {
            List<String> names = inside.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("bench $x", "excite # ${x}", "glass #2 $(y).data", "glass #2 $(y).data.lammps.log",
                    "modes \"1\"", "prepare-harmonic.in", "study é"), names);
        }
    }
}
