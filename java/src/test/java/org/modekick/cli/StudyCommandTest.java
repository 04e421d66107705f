package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** modekick study end to end on a small harmonic glass: the report holds the computed numbers. */
class StudyCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new Main().run(args, stream, stream);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, text);
        return text;
    }

    @Test
    void studyWritesAReportWithTheExcitationsAndResumes() throws Exception {
        Path study = dir.resolve("study");
        String first = run("study", "--system", "harmonic", "--sizes", "600", "--samples", "1", "--seed", "3",
                "--count", "6", "-o", study.toString());
        assertTrue(first.contains("2/3 harmonic-N600-seed3: excite"), "progress names the step: " + first);
        assertTrue(first.contains("report: "), first);
        Path sample = study.resolve("harmonic-N600-seed3");
        List<String> excitations = Files.readAllLines(sample.resolve("excite/excitations.csv"));
        assertEquals(7, excitations.size(), "header and one row per mode");

        Path report = study.resolve("report");
        assertTrue(Files.size(report.resolve("report.html")) > 1000);
        // the report's combined table carries excite's numbers: A_c of mode 1 appears in it
        String acOfMode1 = excitations.get(1).split(",")[4];
        String combined = Files.readString(report.resolve("tables/excitations.csv"));
        if (!acOfMode1.isEmpty()) {
            assertTrue(combined.contains(acOfMode1), "A_c " + acOfMode1 + " in the report's excitations table");
        }
        List<String> transitions = Files.readAllLines(report.resolve("tables/transitions.csv"));
        assertTrue(transitions.get(1).startsWith("harmonic,600,3,harmonic-N600-seed3"), transitions.get(1));
        assertTrue(Files.readString(study.resolve("study.log")).contains("excite"));
        // before each heavy step its memory estimate, while excite runs its progress (also in progress.json)
        assertTrue(first.contains("memory estimate: N = 600, K = 6"), first);
        assertTrue(first.contains("harmonic-N600-seed3: excite: progress: 6/6 modes"), first);
        String progress = Files.readString(study.resolve("progress.json"));
        assertTrue(progress.contains("\"modes_done\": 6") && progress.contains("\"step\": \"harmonic-N600-seed3: excite\""),
                progress);
        assertTrue(Files.exists(sample.resolve("excite/progress.json")));
        assertTrue(Files.readString(sample.resolve("modes/summary.json")).contains("\"memory_estimate\""));
        assertTrue(Files.readString(sample.resolve("excite/summary.json")).contains("\"memory_estimate\""));

        String again = run("study", "--system", "harmonic", "--sizes", "600", "--samples", "1", "--seed", "3",
                "--count", "6", "-o", study.toString());
        assertEquals(3, again.split("already done", -1).length - 1, again);
        assertEquals(excitations, Files.readAllLines(sample.resolve("excite/excitations.csv")));
    }

    @Test
    void dataWithoutInteractionsIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new Main().run(new String[] {"study", "--data", dir.resolve("x.data").toString(), "-o",
                dir.resolve("s").toString()}, stream, stream);
        assertEquals(2, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("interactions"), out.toString(StandardCharsets.UTF_8));
    }
}
