package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.modes.ModeSummary;
import org.modekick.modes.ModesCsv;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * What modekick checks of a glass before it trusts it: an inherent structure to the FIRE tolerance the thresholds
 * assume (|F| from LAMMPS), refused with the force norm and the way out otherwise, or relaxed on request
 * (--minimize); coordinates far outside the box named as the cause.
 */
class InherentStructureTest {

    @TempDir
    static Path dir;
    static Path glass;
    static Path modes;

    @BeforeAll
    static void prepare() {
        glass = dir.resolve("glass.data");
        CommandRun r = CommandRun.of("prepare", "--system", "harmonic", "-n", "300", "--seed", "3", "-o", glass.toString());
        assertEquals(0, r.code(), r.err());
        modes = dir.resolve("modes");
        CommandRun m = CommandRun.of("modes", glass.toString(), "--system", "harmonic", "--count", "3", "-o",
                modes.toString());
        assertEquals(0, m.code(), m.err());
    }

    /** The glass with every coordinate moved by {@code shift} plus up to +-{@code jitter}, as a new data file. */
    static Path moved(String name, double jitter, double shiftInBoxLengths) throws Exception {
        Path out = dir.resolve(name);
        try (Arena arena = Arena.ofConfined()) {
            DataFile.Contents c = DataFile.read(glass, arena);
            Configuration x = c.configuration();
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < x.size(); i++) {
                for (int a = 0; a < 3; a++) {
                    x.setX(i, a, x.x(i, a) + jitter * (2 * random.nextDouble() - 1)
                            + shiftInBoxLengths * x.box().length(a));
                }
            }
            DataFile.write(out, c, "moved");
        }
        return out;
    }

    private static JsonObject summary(Path output) throws Exception {
        return JsonParser.parseString(Files.readString(output.resolve("summary.json"))).getAsJsonObject();
    }

    @Test
    void aPreparedGlassPassesAndTheCheckIsRecorded() throws Exception {
        JsonObject check = summary(modes).getAsJsonObject("run").getAsJsonObject("input_check");
        assertTrue(check.get("force_norm_as_read").getAsDouble() < 1e-10, check.toString());
        assertEquals(1e-10, check.get("force_tolerance").getAsDouble());
        assertFalse(check.has("minimized"));
    }

    /** Moved 1e-4 off its minimum: once a confident "no transition" for every mode, now refused. */
    @Test
    void aGlassOffItsMinimumIsRefusedByModesAndExcite() throws Exception {
        Path off = moved("off.data", 1e-4, 0);
        for (String[] args : new String[][] {
            {"modes", off.toString(), "--system", "harmonic", "--count", "3", "-o", dir.resolve("m-off").toString()},
            {"excite", off.toString(), "--system", "harmonic", "--count", "3", "-o", dir.resolve("e-off").toString()},
            {"excite", off.toString(), "--system", "harmonic", "--modes", modes.toString(), "-o",
                dir.resolve("e-off").toString()},
        }) {
            CommandRun r = CommandRun.of(args);
            assertEquals(1, r.code(), r.out());
            assertTrue(r.err().contains(off + " is not an inherent structure: its force norm |F| = ")
                    && r.err().contains("above the FIRE force tolerance 1.00e-10") && r.err().contains("--minimize"),
                    r.err());
        }
        assertFalse(Files.exists(dir.resolve("m-off")) || Files.exists(dir.resolve("e-off")), "nothing written");
    }

    /** Once "eigenvalue at or below the zero-mode bound (rattlers?)": now the cause is named. */
    @Test
    void coordinatesFarOutsideTheBoxAreNamedAsTheCause() throws Exception {
        Path far = moved("far.data", 0, 1e14);
        CommandRun r = CommandRun.of("modes", far.toString(), "--system", "harmonic", "--count", "3", "-o",
                dir.resolve("m-far").toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("is not an inherent structure")
                && r.err().contains("box lengths outside the box") && !r.err().contains("rattlers"), r.err());
        // a few box lengths out is only another periodic image: LAMMPS wraps it, and the glass passes
        Path near = moved("near.data", 0, 3);
        CommandRun ok = CommandRun.of("modes", near.toString(), "--system", "harmonic", "--count", "3", "-o",
                dir.resolve("m-near").toString());
        assertEquals(0, ok.code(), ok.err());
    }

    /** --minimize relaxes with excite's FIRE, writes the relaxed glass, says so, and finds the original minimum. */
    @Test
    void minimizeRelaxesTheGlassWritesItAndSaysSo() throws Exception {
        Path off = moved("off-relaxed.data", 1e-4, 0);
        Path m = dir.resolve("m-minimized");
        CommandRun r = CommandRun.of("modes", off.toString(), "--system", "harmonic", "--count", "3", "--minimize",
                "-o", m.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject check = summary(m).getAsJsonObject("run").getAsJsonObject("input_check");
        assertTrue(check.get("force_norm_as_read").getAsDouble() > 1e-4, check.toString());
        JsonObject minimized = check.getAsJsonObject("minimized");
        assertTrue(minimized.get("force_norm").getAsDouble() < 1e-10, check.toString());
        assertEquals(m.resolve("relaxed.data").toAbsolutePath().toString(), minimized.get("relaxed_glass").getAsString());
        assertTrue(Files.readString(m.resolve("relaxed.data")).startsWith("LAMMPS data file"));
        List<ModeSummary> before = ModesCsv.read(modes.resolve("modes.csv"));
        List<ModeSummary> after = ModesCsv.read(m.resolve("modes.csv"));
        for (int k = 0; k < 3; k++) {
            assertEquals(before.get(k).omega(), after.get(k).omega(), 1e-6 * before.get(k).omega(), "the same minimum");
        }
        // excite relaxes the same way and says so in its summary.json
        Path e = dir.resolve("e-minimized");
        CommandRun ex = CommandRun.of("excite", off.toString(), "--system", "harmonic", "--modes", m.toString(),
                "--minimize", "--a-min", "1e-5", "--workers", "2", "-o", e.toString());
        assertEquals(0, ex.code(), ex.err());
        JsonObject exciteCheck = summary(e).getAsJsonObject("input_check");
        assertTrue(exciteCheck.getAsJsonObject("minimized").get("force_norm").getAsDouble() < 1e-10, exciteCheck.toString());
        assertTrue(Files.isRegularFile(e.resolve("relaxed.data")));
    }

    @Test
    void fireSettingsThisGlassCannotTakeAreRefusedNamingTheOption() {
        String[][] cases = {
            {"--fire-timestep", "3", "stability limit 2 / omega_max"},  // once LAMMPS's "Lost atoms"
            {"--fire-timestep", "0.1", "stability limit 2 / omega_max"}, // dtmax 0.8: beyond 2 / omega_max ~ 0.77
            {"--fire-dmax", "0.6", "half the mean particle spacing"},
            {"--ftol", "1e-5", "could not be told from a return"},
        };
        for (String[] c : cases) {
            Path out = dir.resolve("refused" + c[0] + c[1]);
            CommandRun r = CommandRun.of("excite", glass.toString(), "--system", "harmonic", "--modes",
                    modes.toString(), c[0], c[1], "-o", out.toString());
            assertEquals(2, r.code(), c[0] + " " + c[1] + ": " + r.out() + r.err());
            assertTrue(r.err().contains(c[0] + ": ") && r.err().contains(c[2]), r.err());
            assertFalse(Files.exists(out), "nothing written for " + c[0] + " " + c[1]);
        }
    }
}
