package org.modekick.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.excite.Outcome;
import org.modekick.excite.Status;

/** The final files of an excite directory read back by their own readers exactly as they were written. */
class RunFilesTest {

    @TempDir
    Path dir;

    @Test
    void excitationsReadBackBitForBitWithMissingNumbersAndIds() throws Exception {
        List<Excitation> rows = List.of(
                new Excitation(1, 0.1, 0.3, Double.MIN_VALUE, 1e-2 + Math.ulp(1e-2), 0.25, -1.5e-6, 1.1e-4, 15.9, 0.35,
                        2.7, 0.0123456789012345678, OptionalInt.of(3), Status.TRANSITIONED),
                new Excitation(2, 0.2, 0.4, 0.0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, OptionalInt.empty(), Status.NO_TRANSITION),
                new Excitation(3, 0.3, 0.5, 0.1, 2e-2, 1.2, -0.0, 3e-4, Double.NaN, Double.NaN, Double.NaN, 4e-2,
                        OptionalInt.empty(), Status.EXCHANGE));
        Path file = dir.resolve(ExcitationsCsv.FILE);
        ExcitationsCsv.write(file, rows);
        assertEquals(String.join(",", ExcitationsCsv.COLUMNS), Files.readAllLines(file).get(0));
        assertEquals("2,0.2,0.4,0.0,,,,,,,,,,no-transition-in-range", Files.readAllLines(file).get(2));
        assertEquals(rows, ExcitationsCsv.read(file)); // records compare doubles bitwise (NaN, -0.0)
        assertFalse(Files.exists(dir.resolve(ExcitationsCsv.FILE + ".partial")), "written aside and moved");
    }

    @Test
    void trialsKeepEveryOutcomeAndAnExchangeLeavesR0() throws Exception {
        List<TrialRow> rows = List.of(new TrialRow(1, 1e-3, 2e-8, -0.0, Outcome.RETURNED),
                new TrialRow(1, 1e-2, Double.NaN, Double.NaN, Outcome.TRANSITIONED),
                new TrialRow(2, 5e-3, 0.9, 1e-12, Outcome.EXCHANGE),
                new TrialRow(3, 1e-1, Double.NaN, Double.NaN, Outcome.DIVERGED),
                new TrialRow(4, 1e-4, Double.NaN, Double.NaN, Outcome.FAILED));
        Path file = dir.resolve(TrialsCsv.FILE);
        TrialsCsv.write(file, rows);
        assertEquals("2,0.005,0.9,1.0E-12,exchange", Files.readAllLines(file).get(3));
        assertEquals(rows, TrialsCsv.read(file));
        assertEquals(List.of(false, true, true, false, false), rows.stream().map(TrialRow::left).toList());
    }

    @Test
    void decayProfilesAreFoundByIdInAscendingOrder() throws Exception {
        DecayProfile a = new DecayProfile(12, new double[] {0, 1.5, 3}, new double[] {0.7, 0.1, Double.NaN});
        DecayProfile b = new DecayProfile(3, new double[] {0}, new double[] {0.5});
        DecayCsv.write(dir.resolve(DecayCsv.name(12)), a);
        DecayCsv.write(dir.resolve(DecayCsv.name(3)), b);
        List<DecayProfile> read = DecayCsv.readAll(dir);
        assertEquals(List.of(3, 12), read.stream().map(DecayProfile::transition).toList());
        assertArrayEquals(a.distance(), read.get(1).distance());
        assertArrayEquals(a.displacement(), read.get(1).displacement());
        assertTrue(DecayCsv.readAll(dir.resolve("absent")).isEmpty());
    }
}
