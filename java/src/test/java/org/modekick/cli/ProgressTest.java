package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The study's step line projects each kind of step from steps of that kind alone (on a clock the test moves). */
class ProgressTest {

    @Test
    void aKindOfStepNotYetRunLeavesTheTimeLeftUnknownAndSkippedStepsTakeNoTime() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        long[] now = {0};
        Progress p = new Progress(List.of("a: modes", "a: excite", "b: modes", "b: excite"), out, () -> now[0]);
        p.skipped("a: modes");
        p.starting("a: excite");
        now[0] += 3_000_000_000_000L; // the excite step: 3000 s
        p.finished();
        p.starting("b: modes");
        String line = bytes.toString(StandardCharsets.UTF_8);
        // a modes step has not run in this session (a's was found done): b's cannot be projected
        assertTrue(line.contains("2/4 b: modes (elapsed 50m00s, time left unknown until a modes step has run)"), line);
        now[0] += 600_000_000_000L;
        p.finished();
        p.starting("b: excite");
        line = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(line.contains("3/4 b: excite (elapsed 1h00m, about 50m00s left)"), "the excite step's 3000 s: " + line);
    }
}
