package org.modekick.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.excite.ModeResult;
import org.modekick.excite.Outcome;
import org.modekick.excite.Status;
import org.modekick.excite.Trial;

class JournalTest {

    @TempDir
    Path dir;

    private static ModeResult result(int k, int session) {
        return new ModeResult(k, 0.1 * k, 0.5, 0.2, Status.TRANSITIONED, 1e-3 * k, 0.99e-3 * k, 0.3, -1e-4, 2e-5, 1e-5,
                40, 0.3, Double.NaN, 0.02, 0.01, -0.5, true, 0, "", List.of(new Trial(k, 1e-3, 1e-8, 1e-15,
                        Outcome.RETURNED, true, 300, 1), new Trial(k, 1e-2, Double.NaN, Double.NaN,
                        Outcome.TRANSITIONED, true, 200, 1)), 3, 800, 0.5, 0, session, Double.NaN);
    }

    @Test
    void recordsSurviveAndATornLastLineIsDropped() throws Exception {
        try (Journal j = Journal.open(dir)) {
            assertEquals(1, j.nextSession());
            j.append(result(1, 1));
            j.append(result(5, 1));
        }
        Path file = dir.resolve(Journal.FILE);
        long good = Files.size(file);
        // a kill in the middle of writing the third line
        Files.writeString(file, "{\"k\":7,\"omega\":0.7,\"partic", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Journal j = Journal.open(dir)) {
            assertEquals(List.of(result(1, 1), result(5, 1)), j.records());
            assertEquals(good, Files.size(file), "the torn line is cut off");
            assertEquals(1, j.skipped().size());
            assertTrue(j.skipped().get(0).torn() && j.skipped().get(0).line() == 3, j.skipped().toString());
            assertTrue(j.skipped().get(0).reason().contains("cut short"), j.skipped().toString());
            assertFalse(Files.exists(dir.resolve(Journal.DAMAGED)), "a torn tail is the normal case, not damage");
            assertEquals(2, j.nextSession());
            j.append(result(7, 2));
        }
        try (Journal j = Journal.open(dir)) {
            assertEquals(List.of(1, 5, 7), j.records().stream().map(ModeResult::k).toList());
            assertEquals(Double.NaN, j.records().get(0).decayExponent(), "NaN survives the round trip");
        }
    }

    private List<String> journal(ModeResult... results) {
        return java.util.Arrays.stream(results).map(Journal::toJson).collect(java.util.stream.Collectors.toList());
    }

    /** Each kind of damaged line in the middle: the records around it are kept, and it is named and kept aside. */
    @Test
    void damageInTheMiddleKeepsEveryValidRecordAndSaysWhichLinesWereNot() throws Exception {
        Path file = dir.resolve(Journal.FILE);
        String[] damage = {
            Journal.toJson(result(2, 1)).replaceFirst("\"omega\":[0-9.E-]+", "\"omega\":X.15"), // a bad number
            "{\"k\":3,\"omega\":0.3}",                                                     // fields missing
            Journal.toJson(result(3, 1)).substring(0, 40) + Journal.toJson(result(4, 1)),      // two writers interleaved
            "\u0000\u0000\u0000",                                                              // zeros of a crash
            Journal.toJson(result(1, 2)),                                                       // a mode again
        };
        String[] expected = {"does not read as its type", "field 'participation' is missing", "not valid JSON",
            "not valid JSON", "mode 1 again (first recorded on line 1, which is kept)"};
        for (int d = 0; d < damage.length; d++) {
            List<String> lines = journal(result(1, 1), result(5, 1), result(6, 1));
            lines.add(1, damage[d]);
            Files.write(file, lines);
            Files.deleteIfExists(dir.resolve(Journal.DAMAGED));
            try (Journal j = Journal.open(dir)) {
                assertEquals(List.of(1, 5, 6), j.records().stream().map(ModeResult::k).toList(), "damage " + d);
                assertEquals(1, j.skipped().size(), "damage " + d);
                Journal.Skipped s = j.skipped().get(0);
                assertEquals(2, s.line());
                assertFalse(s.torn());
                assertTrue(s.reason().contains(expected[d]), "damage " + d + ": " + s.reason());
                assertTrue(s.toString().startsWith(file + ":2: "), s.toString());
            }
            assertEquals(journal(result(1, 1), result(5, 1), result(6, 1)), Files.readAllLines(file),
                    "the journal holds the valid lines only, as they were");
            String aside = Files.readString(dir.resolve(Journal.DAMAGED));
            assertTrue(aside.contains("# journal.jsonl line 2: ") && aside.contains(damage[d].strip()), aside);
        }
    }

    @Test
    void aCheckCanRefuseARecordThatReadsWell() throws Exception {
        Files.write(dir.resolve(Journal.FILE), journal(result(1, 1), result(2, 1)));
        try (Journal j = Journal.open(dir, r -> r.k() == 1 ? "its final state is missing" : null)) {
            assertEquals(List.of(2), j.records().stream().map(ModeResult::k).toList());
            assertEquals("its final state is missing", j.skipped().get(0).reason());
        }
    }
}
