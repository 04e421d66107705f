package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.io.JsonFile;
import org.modekick.store.Excitation;
import org.modekick.store.ExcitationsCsv;
import org.modekick.store.ExciteSummary;
import org.modekick.store.PathFiles;

/**
 * barriers on a small harmonic glass whose two lowest modes lead to two distinct transitions: verified
 * saddles, forward - backward = Phi1 - Phi0 of excite, files independent of the number of workers, a
 * second run computes nothing.
 */
class BarriersCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsTheSaddleOfEveryTransitionWhateverTheWorkers() throws Exception {
        Path glass = dir.resolve("g.data");
        assertEquals(0, CommandRun.of("prepare", "--system", "harmonic", "-n", "150", "--seed", "2", "-o",
                glass.toString()).code());
        Path one = dir.resolve("one");
        CommandRun excite = CommandRun.of("excite", glass.toString(), "--system", "harmonic", "--count", "2",
                "--a-min", "1e-5", "--workers", "1", "-o", one.toString());
        assertEquals(0, excite.code(), excite.err());
        Path two = dir.resolve("two");
        copy(one, two);
        // the report's reader finds what excite writes (it once read keys that excite never wrote)
        ExciteSummary read = ExciteSummary.read(one.resolve("summary.json"));
        assertEquals(2, read.distinctTransitions());
        assertTrue(read.boxLength() > 0, "L");
        assertTrue(read.tolerances().has("same_structure_delta"), read.tolerances().toString());

        CommandRun first = CommandRun.of("barriers", one.toString(), "--system", "harmonic", "--workers", "1");
        assertEquals(0, first.code(), first.err());
        CommandRun second = CommandRun.of("barriers", two.toString(), "--system", "harmonic", "--workers", "2");
        assertEquals(0, second.code(), second.err());
        assertTrue(first.out().contains("2 transitions (2 computed now"), first.out());

        for (String f : List.of(PathFiles.CSV, "path-1.dump", "path-1.csv", "path-2.dump", "path-2.csv")) {
            assertEquals(Files.readString(one.resolve(PathFiles.DIR).resolve(f)),
                    Files.readString(two.resolve(PathFiles.DIR).resolve(f)), f + " with 1 and 2 workers");
        }
        assertEquals(Files.readString(one.resolve("excitations.csv")), Files.readString(two.resolve("excitations.csv")));

        List<String> table = Files.readAllLines(one.resolve(PathFiles.DIR).resolve(PathFiles.CSV));
        assertEquals(3, table.size());
        Map<Integer, Double> path = ExcitationsCsv.readPathBarriers(one.resolve("excitations.csv"));
        for (Excitation e : ExcitationsCsv.read(one.resolve("excitations.csv"))) {
            String[] row = table.get(e.transition().getAsInt()).split(",");
            double forward = Double.parseDouble(row[2]);
            double backward = Double.parseDouble(row[3]);
            assertEquals("true", row[12], "converged: " + table);
            assertEquals("true", row[13], "one negative curvature: " + table);
            assertEquals("true", row[14], "relaxes into both ends: " + table);
            assertTrue(Double.parseDouble(row[9]) < 0 && Double.parseDouble(row[10]) > 0, "lambda_1 < 0 < lambda_2");
            // one verified band: its saddle is both the escape out of r0's basin and the path's highest
            assertEquals(List.of("escape", "escape_verified", "ran_away", "newton_steps"),
                    PathFiles.COLUMNS.subList(15, 19));
            assertEquals("1", row[7], "one piece: " + table);
            assertEquals(forward, Double.parseDouble(row[15]), 0);
            assertEquals("true", row[16]);
            assertEquals("false", row[17]);
            assertEquals("0", row[18], "the bands converged on their own: no Newton step");
            // the saddle lies between the two minima whose energies excite measured
            assertEquals(e.dPhi(), forward - backward, 1e-9 * Math.abs(e.dPhi()) + 1e-12);
            assertTrue(forward > 0 && backward > 0);
            assertEquals(forward, path.get(e.k()));
            // the kicked state at A_c lies above the pass: Eq. (8) bounds the true barrier from above
            assertTrue(forward < e.barrier(), forward + " vs Eq. (8) " + e.barrier());
        }
        JsonObject summary = JsonFile.readObject(one.resolve("summary.json"));
        JsonObject tb = JsonFile.object(summary, "true_barriers");
        assertEquals(2, JsonFile.number(tb, "verified"));
        assertTrue(JsonFile.number(tb, "T_c_true") < JsonFile.number(summary, "T_c"));
        assertEquals(JsonFile.number(tb, "T_c_true"), JsonFile.number(tb, "T_c_escape"), 0);
        assertEquals(0, JsonFile.number(tb, "ran_away"));
        assertTrue(Files.readString(one.resolve(PathFiles.DIR).resolve("path-1.dump")).split("ITEM: TIMESTEP").length
                == 12, "11 frames: 9 images and the two ends");

        CommandRun again = CommandRun.of("barriers", one.toString(), "--system", "harmonic", "--workers", "1");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(0 computed now"), again.out());

        CommandRun other = CommandRun.of("barriers", one.toString(), "--system", "lj", "--workers", "1");
        assertTrue(other.code() != 0, "another interaction than excite's is refused");
        assertTrue(other.err().contains("not those of the excite run"), other.err());
    }

    @Test
    void refusesADirectoryWithoutAFinishedExciteRun() {
        CommandRun r = CommandRun.of("barriers", dir.toString(), "--system", "harmonic");
        assertTrue(r.code() != 0);
        assertTrue(r.err().contains("summary.json"), r.err());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
