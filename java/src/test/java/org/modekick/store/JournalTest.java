package org.modekick.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                        Outcome.TRANSITIONED, true, 200, 1)), 3, 800, 0.5, 0, session);
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
            assertEquals(2, j.nextSession());
            j.append(result(7, 2));
        }
        try (Journal j = Journal.open(dir)) {
            assertEquals(List.of(1, 5, 7), j.records().stream().map(ModeResult::k).toList());
            assertEquals(Double.NaN, j.records().get(0).decayExponent(), "NaN survives the round trip");
        }
    }
}
