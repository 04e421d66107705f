package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** study --barriers --thermal: both steps run after excite, Table I and the two figures show them. */
class StudyBeyondPaperTest {

    @TempDir
    Path dir;

    @Test
    void studyRunsBarriersAndThermalAndReportsThem() throws Exception {
        Path out = dir.resolve("st");
        CommandRun r = CommandRun.of("study", "--system", "harmonic", "--sizes", "150", "--seed", "2", "--count", "2",
                "--workers", "2", "--barriers", "--thermal", "0.01,10", "--seeds", "1", "--quenches", "2",
                "--interval", "300", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        Path sample = out.resolve("harmonic-N150-seed2");
        assertTrue(Files.isRegularFile(sample.resolve("excite/barriers/barriers.csv")));
        assertTrue(Files.isRegularFile(sample.resolve("thermal/escape.csv")));
        List<String> tc = Files.readAllLines(out.resolve("report/tables/tc.csv"));
        List<String> header = List.of(tc.get(0).split(","));
        String[] row = tc.get(1).split(",");
        double paper = Double.parseDouble(row[header.indexOf("T_c")]);
        double path = Double.parseDouble(row[header.indexOf("T_c_true")]);
        assertTrue(path > 0 && path < paper, "the pass lies below the kicked state: " + tc);
        double escape = Double.parseDouble(row[header.indexOf("T_c_escape")]);
        assertTrue(escape > 0 && escape <= path, "the first saddle is no higher than the path's highest: " + tc);
        assertTrue(Double.isFinite(Double.parseDouble(row[header.indexOf("T_onset_thermal")])), tc.toString());
        for (String f : List.of("figB1-harmonic.png", "figB2-harmonic.png")) {
            assertTrue(Files.isRegularFile(out.resolve("report/figures").resolve(f)), f);
        }
        // a second study does nothing new
        CommandRun again = CommandRun.of("study", "--system", "harmonic", "--sizes", "150", "--seed", "2", "--count",
                "2", "--workers", "2", "--barriers", "--thermal", "0.01,10", "--seeds", "1", "--quenches", "2",
                "--interval", "300", "-o", out.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("barriers") || again.err().contains("barriers"), again.out());
    }
}
