package org.modekick.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * A path's record as it travels between MPI ranks (bytes) and as a resumed run reads it back (path-ID.json): every
 * field the same, Newton's steps and the escape band included; a json written before newton_steps existed reads as
 * none taken; an escape band apart from the path is written beside it.
 */
class PathFilesTest {

    @TempDir
    Path dir;

    private static TransitionPath record(int newtonSteps) {
        return new TransitionPath(3, 5, List.of(5, 9), 1.25e-5, 3.5e-7, 0.31, 0.046, 21, 2, 123_456L, 4.5,
                -0.008, 0.003, 2.3e-4, true, true, true, 1.2e-5, true, false, newtonSteps);
    }

    @Test
    void aResultTravelsAsBytesUnchanged() {
        PathFiles.Result r = new PathFiles.Result(record(7), -12.5,
                List.of(new PathFiles.Image(0, 0, -12.5, false, new double[] {1, 2, 3}),
                        new PathFiles.Image(0, 0.4, -12.4, true, new double[] {1.5, 2, 3})),
                List.of(new PathFiles.Image(0, 0.1, -12.45, true, new double[] {1.25, 2, 3})));
        PathFiles.Result back = PathFiles.Result.decode(r.encode());
        assertEquals(1, back.escape().size());
        assertArrayEquals(r.escape().getFirst().positions(), back.escape().getFirst().positions(), 0);
        assertEquals(r.escape().getFirst().s(), back.escape().getFirst().s(), 0);
        assertEquals(r.path(), back.path());
        assertEquals(7, back.path().newtonSteps());
        assertEquals(r.phi0(), back.phi0(), 0);
        assertEquals(2, back.images().size());
        assertArrayEquals(r.images().get(1).positions(), back.images().get(1).positions(), 0);
        assertEquals(true, back.images().get(1).climbing());
    }

    @Test
    void anEscapeBandApartIsWrittenBesideThePathAndGoesWhenARecomputedPathHasNone() throws Exception {
        PathFiles files = new PathFiles(dir);
        try (Arena arena = Arena.ofConfined()) {
            Configuration r0 = Configuration.allocate(arena, Box.cube(10), 1, 1);
            PathFiles.Image a = new PathFiles.Image(0, 0, -12.5, false, new double[] {1, 2, 3});
            PathFiles.Image b = new PathFiles.Image(0, 0.4, -12.4, true, new double[] {11.5, 2, 3});
            files.write(new PathFiles.Result(record(0), -12.5, List.of(a, b), List.of(a, b, a)), r0);
            Path escapeDump = files.dir().resolve(PathFiles.escapeDumpName(3));
            Path escapeCsv = files.dir().resolve(PathFiles.escapeProfileName(3));
            List<String> profile = Files.readAllLines(escapeCsv);
            assertEquals(List.of(String.join(",", PathFiles.PROFILE_COLUMNS), "0,0,0.0,-12.5,0.0,0",
                    "1,0,0.4,-12.4," + (-12.4 + 12.5) + ",1", "2,0,0.0,-12.5,0.0,0"), profile);
            List<String> dump = Files.readAllLines(escapeDump);
            assertEquals(3 * 10, dump.size(), "three frames of one atom");
            assertEquals("1 1 1.5 2.0 3.0", dump.get(19), "wrapped into the box");
            String json = Files.readString(files.json(3));
            assertTrue(json.contains("\"escape_dump\": \"path-3-escape.dump\""), json);
            assertEquals(record(0), files.read(3));
            files.write(new PathFiles.Result(record(0), -12.5, List.of(a, b), List.of()), r0);
            assertFalse(Files.exists(escapeDump) || Files.exists(escapeCsv), "an old escape band is not left behind");
            assertFalse(Files.readString(files.json(3)).contains("escape_dump"));
            assertTrue(Files.exists(files.dir().resolve(PathFiles.dumpName(3))));
        }
    }

    @Test
    void theJsonRecordReadsBackAndAnOlderOneTookNoNewtonStep() throws Exception {
        PathFiles files = new PathFiles(dir);
        TransitionPath t = record(4);
        Files.writeString(files.json(3), "{\"id\": 3, \"representative\": 5, \"modes\": [5, 9], \"forward\": 1.25e-5,"
                + " \"backward\": 3.5e-7, \"saddle_distance\": 0.31, \"saddle_participation\": 0.046, \"images\": 21,"
                + " \"pieces\": 2, \"force_calls\": 123456, \"seconds\": 4.5, \"lambda_1\": -0.008,"
                + " \"lambda_2\": 0.003,"
                + " \"largest_force\": 2.3e-4, \"converged\": true, \"first_order_saddle\": true, \"connects\": true,"
                + " \"escape\": 1.2e-5, \"escape_verified\": true, \"ran_away\": false}");
        assertEquals(record(0), files.read(3));
        files.writeTable(List.of(t));
        List<String> table = Files.readAllLines(dir.resolve(PathFiles.DIR).resolve(PathFiles.CSV));
        assertEquals(String.join(",", PathFiles.COLUMNS), table.get(0));
        assertEquals("4", table.get(1).split(",")[PathFiles.COLUMNS.indexOf("newton_steps")]);
    }
}
