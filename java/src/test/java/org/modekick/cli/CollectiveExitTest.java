package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.modekick.testing.MpiRun;

/**
 * How an MPI job of modekick ends: errors printed once, with the ranks they came from; the same exit code
 * everywhere; a failed rank that others wait for ends the job. The last three run Main under mpirun -np 2.
 */
class CollectiveExitTest {

    private static List<byte[]> texts(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    @Test
    void theSameErrorOnEveryRankIsPrintedOnce() {
        assertEquals("modekick modes: error: no such file\n",
                CollectiveExit.merge(texts("modekick modes: error: no such file\n",
                        "modekick modes: error: no such file\n")));
        assertEquals("", CollectiveExit.merge(texts("", "", "")));
    }

    @Test
    void differentErrorsAreMarkedWithTheirRanks() {
        String merged = CollectiveExit.merge(texts("a\n", "", "b\nmore\n", "a\n", "a\n", "", "a\n"));
        assertEquals("[ranks 0,3-4,6] a\n[rank 2] b\n[rank 2] more\n", merged);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aFailureOnOneRankEndsEveryRankWithItsCodeAndOneMessage() throws Exception {
        MpiRun.Result r = MpiRun.java(2, Main.class, Duration.ofMinutes(2), "mpi-check", "--fail-on-rank", "1");
        assertEquals(1, r.code(), r.output());
        assertEquals(1, count(r.output(), "[rank 1] modekick mpi-check: error: failure injected on rank 1"),
                r.output());
        assertEquals(1, count(r.output(), "MPI_COMM_WORLD: 2 ranks"), "only rank 0 prints: " + r.output());
    }

    @Test
    void aUsageErrorOnEveryRankIsReportedOnceWithCodeTwo() throws Exception {
        MpiRun.Result r = MpiRun.java(2, Main.class, Duration.ofMinutes(2), "modes", "--count", "0");
        assertEquals(2, r.code(), r.output());
        assertEquals(1, count(r.output(), "modekick modes: "), r.output());
        assertEquals(0, count(r.output(), "[rank"), r.output());
    }

    @Test
    void aFailedRankThatOthersWaitForAbortsTheJob() throws Exception {
        long start = System.nanoTime();
        MpiRun.Result r = MpiRun.java(2, Main.class, Map.of(Main.ABORT_AFTER_VARIABLE, "2"), Duration.ofMinutes(2),
                "mpi-check", "--fail-on-rank", "1", "--stall");
        double seconds = (System.nanoTime() - start) * 1e-9;
        assertTrue(r.code() != 0 && r.code() != -1, r.output());
        assertTrue(r.output().contains("[rank 1] modekick mpi-check: error: failure injected on rank 1"), r.output());
        assertTrue(r.output().contains("the other ranks did not finish within 2 s"), r.output());
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void patienceComesFromTheEnvironment() {
        assertEquals(Duration.ofSeconds(7), Main.abortAfter("7"));
        assertEquals(Duration.ofSeconds(30), Main.abortAfter(null));
        assertEquals(Duration.ofSeconds(30), Main.abortAfter("soon"));
        assertEquals(Duration.ofSeconds(30), Main.abortAfter("0"));
    }
}
