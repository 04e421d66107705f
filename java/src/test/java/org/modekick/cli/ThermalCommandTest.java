package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.store.ThermalFiles;

/**
 * thermal on a small harmonic glass (its barriers are ~1e-5): nothing escapes at T = 1e-8, everything at
 * T = 1e-3; the thermostat holds the temperature; files independent of the workers; resumed without work.
 */
class ThermalCommandTest {

    @TempDir
    Path dir;

    @Test
    void escapesOnlyWhenHot() throws Exception {
        Path glass = dir.resolve("g.data");
        assertEquals(0, CommandRun.of("prepare", "--system", "harmonic", "-n", "150", "--seed", "2", "-o",
                glass.toString()).code());
        Path excite = dir.resolve("ex");
        assertEquals(0, CommandRun.of("excite", glass.toString(), "--system", "harmonic", "--count", "2",
                "--a-min", "1e-5", "--workers", "1", "-o", excite.toString()).code());
        String[] base = {"thermal", glass.toString(), "--system", "harmonic", "--temperatures", "1e-8,1e-3",
                "--seeds", "2", "--interval", "300", "--quenches", "2", "--excite", excite.toString()};
        CommandRun one = CommandRun.of(concat(base, "--workers", "1", "-o", dir.resolve("one").toString()));
        assertEquals(0, one.code(), one.err());
        CommandRun two = CommandRun.of(concat(base, "--workers", "2", "-o", dir.resolve("two").toString()));
        assertEquals(0, two.code(), two.err());
        for (String f : List.of(ThermalFiles.QUENCHES, ThermalFiles.ESCAPE)) {
            assertEquals(Files.readString(dir.resolve("one").resolve(f)), Files.readString(dir.resolve("two").resolve(f)),
                    f + " with 1 and 2 workers");
        }
        List<double[]> escape = ThermalFiles.readEscape(dir.resolve("one").resolve(ThermalFiles.ESCAPE));
        assertEquals(1e-8, escape.get(0)[0]);
        assertEquals(0.0, escape.get(0)[3], "cold: every quench back in r0");
        assertEquals(1.0, escape.get(1)[3], "hot: every quench elsewhere");
        for (String row : Files.readAllLines(dir.resolve("one").resolve(ThermalFiles.QUENCHES)).subList(1, 9)) {
            String[] f = row.split(",");
            double t = Double.parseDouble(f[0]);
            double kinetic = Double.parseDouble(f[3]);
            assertTrue(kinetic > 0.3 * t && kinetic < 3 * t, "thermostat: " + row);
            if (t == 1e-8) {
                assertEquals("r0", f[6], row);
            }
        }
        CommandRun again = CommandRun.of(concat(base, "--workers", "1", "-o", dir.resolve("one").toString()));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 runs computed now"), again.out());
    }

    @Test
    void refusesATemperatureThatIsNotOne() {
        CommandRun r = CommandRun.of("thermal", dir.resolve("none.data").toString(), "--system", "harmonic",
                "--temperatures", "1e-3,-1", "-o", dir.resolve("o").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--temperatures"), r.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
