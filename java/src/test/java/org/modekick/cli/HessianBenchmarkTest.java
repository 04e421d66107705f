package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench hessian}: the full run and {@code --plan-only} print the same colouring and CSR size. */
class HessianBenchmarkTest {

    @TempDir
    Path dir;

    private static String figure(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in\n" + text);
        return m.group(1);
    }

    @Test
    void planOnlyForeseesTheColoursAndTheMemoryOfTheRun() {
        Path glass = dir.resolve("h.data");
        CommandRun prepared = CommandRun.of("prepare", "--system", "harmonic", "-n", "300", "--seed", "3", "-o",
                glass.toString());
        assertEquals(0, prepared.code(), prepared.err());
        CommandRun plan = CommandRun.of("bench", "hessian", glass.toString(), "--system", "harmonic", "--plan-only");
        assertEquals(0, plan.code(), plan.err());
        CommandRun run = CommandRun.of("bench", "hessian", glass.toString(), "--system", "harmonic");
        assertEquals(0, run.code(), run.err());
        String colours = "colours (\\d+), force evaluations (\\d+)";
        assertEquals(figure(run.out(), colours), figure(plan.out(), colours));
        assertEquals(figure(run.out(), "CSR (\\d+) MB native"), figure(plan.out(), "CSR (\\d+) MB native"));
        assertTrue(plan.out().contains("plan only (no force evaluations)"), plan.out());
        // only the run evaluates forces and reports their time and the stored entries
        assertFalse(plan.out().contains("ms per evaluation"), plan.out());
        assertTrue(run.out().contains("ms per evaluation"), run.out());
        assertTrue(Double.parseDouble(figure(run.out(), "resident (\\d+) MB")) > 0, run.out());
    }
}
