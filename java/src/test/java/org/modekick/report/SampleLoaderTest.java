package org.modekick.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.excite.Status;
import org.modekick.io.InputFormatException;
import org.modekick.store.DecayProfile;
import org.modekick.store.Excitation;
import org.modekick.store.ExciteSummary;

/** The reader layer: tolerant of the contract's missing-value spellings, strict and precise otherwise. */
class SampleLoaderTest {

    @TempDir
    Path dir;

    private static final String HEADER = "k,omega,P,O,A_c,dr,dPhi,barrier,N_rearr,I,a,A_c_A3,transition,status\n";

    private SampleResult sample() {
        return new SampleResult("harmonic", 1000, 3, dir);
    }

    private void excitations(String body) throws Exception {
        Files.createDirectories(dir.resolve("excite"));
        Files.writeString(dir.resolve("excite/excitations.csv"), HEADER + body);
    }

    @Test
    void emptyAndNanFieldsAreMissingNumbers() throws Exception {
        excitations("""
                1,0.05,0.1,0.2,1e-4,0.01,-2e-9,3e-8,12,0.3,2.7,1e-2,4,transitioned
                2,0.06,0.1,0.2,,,NaN,nan,,,,0.02,,no-transition-in-range

                3,0.07,0.1,0.2,2e-4,1e-9,1e-15,1e-9,2,0.1,NaN,0.03,NaN,EXCHANGE
                """);
        SampleData data = SampleLoader.load(sample());
        List<Excitation> rows = data.excitations();
        assertEquals(3, rows.size(), "the blank line is skipped");
        Excitation first = rows.get(0);
        assertEquals(-2e-9, first.dPhi());
        assertEquals(2e-9, first.absDPhi());
        assertEquals(4, first.transition().getAsInt());
        assertTrue(first.transitioned());
        Excitation second = rows.get(1);
        assertTrue(Double.isNaN(second.criticalAmplitude()) && Double.isNaN(second.dPhi()) && Double.isNaN(second.barrier()));
        assertTrue(second.transition().isEmpty());
        assertEquals(Status.NO_TRANSITION, second.status());
        assertEquals(Status.EXCHANGE, rows.get(2).status(), "status is case-insensitive");
        assertTrue(rows.get(2).transition().isEmpty(), "NaN transition id is no id");
        assertEquals(List.of(first), data.transitions());
        assertTrue(data.modes().isEmpty() && data.trials().isEmpty() && data.exciteSummary().isEmpty());
    }

    @Test
    void columnsAreReadByNameInAnyOrderWithExtrasIgnored() throws Exception {
        Files.createDirectories(dir.resolve("modes"));
        Files.writeString(dir.resolve("modes/modes.csv"), "O,P,omega,lambda,k,extra\n0.5,0.2,0.1,0.01,7,x\n");
        SampleData data = SampleLoader.load(sample());
        assertEquals(7, data.modes().get(0).k());
        assertEquals(0.1, data.modes().get(0).omega());
        assertEquals(0.5, data.modes().get(0).phononOrder());
    }

    @Test
    void aBadNumberNamesFileLineAndColumn() throws Exception {
        excitations("""
                1,0.05,0.1,0.2,1e-4,0.01,-2e-9,3e-8,12,0.3,2.7,1e-2,4,transitioned
                2,0.06,0.1,0.2,1e-4,zero,1e-9,3e-8,12,0.3,2.7,1e-2,4,transitioned
                """);
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertEquals(3, e.line());
        assertEquals(dir.resolve("excite/excitations.csv"), e.file());
        assertTrue(e.getMessage().contains("excitations.csv:3"), e.getMessage());
        assertTrue(e.getMessage().contains("'dr'") && e.getMessage().contains("'zero'"), e.getMessage());
    }

    @Test
    void anUnknownStatusIsAnError() throws Exception {
        excitations("1,0.05,0.1,0.2,1e-4,0.01,-2e-9,3e-8,12,0.3,2.7,1e-2,4,jumped\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("'jumped'"), e.getMessage());
    }

    @Test
    void aShortLineIsAnError() throws Exception {
        excitations("1,0.05,0.1,0.2,1e-4,0.01\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertTrue(e.getMessage().contains("excitations.csv:2") && e.getMessage().contains("found 6"), e.getMessage());
    }

    @Test
    void aFractionalModeIndexIsAnError() throws Exception {
        excitations("1.5,0.05,0.1,0.2,1e-4,0.01,-2e-9,3e-8,12,0.3,2.7,1e-2,4,transitioned\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertTrue(e.getMessage().contains("'k'") && e.getMessage().contains("not an integer"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws Exception {
        Files.createDirectories(dir.resolve("excite"));
        Files.writeString(dir.resolve("excite/excitations.csv"), "k,omega,P,O,A_c,dr,dPhi\n1,2,3,4,5,6,7\n");
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("no column 'barrier'"), e.getMessage());
    }

    @Test
    void invalidJsonNamesTheFile() throws Exception {
        excitations("");
        Files.writeString(dir.resolve("excite/summary.json"), "{\"N\": 1000, \"T_c\": }");
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertTrue(e.getMessage().startsWith(dir.resolve("excite/summary.json").toString()), e.getMessage());
    }

    @Test
    void pythonNanInJsonIsAMissingNumberAndMismatchesAreWarnings() throws Exception {
        excitations("");
        Files.writeString(dir.resolve("excite/summary.json"),
                "{\"N\": 2000, \"system\": \"lj\", \"T_c\": NaN, \"omega_BP\": \"0.4\", \"versions\": {\"lammps\": \"x\"}}");
        SampleData data = SampleLoader.load(sample());
        ExciteSummary s = data.exciteSummary().orElseThrow();
        assertTrue(Double.isNaN(s.criticalTemperature()));
        assertEquals(0.4, s.bosonPeak());
        assertEquals(0.4, data.bosonPeak());
        assertTrue(Double.isNaN(s.boxLength()));
        assertEquals("x", s.versions().get("lammps").getAsString());
        assertEquals(2, data.warnings().size(), data.warnings().toString());
        assertTrue(data.warnings().get(0).contains("N = 2000"));
    }

    @Test
    void aDirectoryWithoutModesOrExcitationsIsAnError() throws Exception {
        InputFormatException e = assertThrows(InputFormatException.class, () -> SampleLoader.load(sample()));
        assertTrue(e.getMessage().contains("neither modes/modes.csv nor excite/excitations.csv"), e.getMessage());
        assertThrows(InputFormatException.class,
                () -> SampleLoader.load(new SampleResult("lj", 10, 1, dir.resolve("absent"))));
    }

    @Test
    void decayProfilesAreFoundByTransitionId() throws Exception {
        excitations("");
        Files.writeString(dir.resolve("excite/decay-12.csv"), "distance,dr\n0,1\n2,0.1\n4,NaN\n");
        Files.writeString(dir.resolve("excite/decay-3.csv"), "distance,dr\n0,0.5\n");
        Files.writeString(dir.resolve("excite/decay-notes.csv"), "whatever\n");
        SampleData data = SampleLoader.load(sample());
        assertEquals(List.of(3, 12), data.decays().stream().map(DecayProfile::transition).toList());
        DecayProfile p = data.decay(12).orElseThrow();
        assertEquals(3, p.size());
        assertEquals(1.0, p.largest(), "NaN ignored");
    }

    @Test
    void vdosFillsAMissingReducedDensity() throws Exception {
        excitations("");
        Files.createDirectories(dir.resolve("modes"));
        Files.writeString(dir.resolve("modes/vdos.csv"), "omega,g,g_over_omega2\n0.5,0.1,\n1.0,0.3,0.3\n");
        SampleData data = SampleLoader.load(sample());
        assertEquals(0.4, data.vdos().get(0).reduced(), 1e-15);
        assertTrue(Double.isNaN(data.bosonPeak()),
                "no omega_BP from a vDOS alone: a spectrum cut at the K-th mode peaks wherever the cut falls");
    }

    @Test
    void aNonPositiveBarrierIsWarnedAboutAndLeftOutOfTc() throws Exception {
        excitations("""
                1,0.05,0.1,0.2,1e-4,0.01,-2e-9,-1e-16,12,0.3,2.7,1e-2,4,transitioned
                2,0.06,0.1,0.2,2e-4,0.02,-3e-9,5e-8,12,0.3,2.7,1e-2,5,transitioned
                """);
        SampleData data = SampleLoader.load(sample());
        assertEquals(1, data.warnings().size());
        assertTrue(data.warnings().get(0).contains("mode 1"), data.warnings().get(0));
        CriticalTemperature tc = CriticalTemperature.of(data).orElseThrow();
        assertEquals(1e-7, tc.criticalTemperature(), 1e-22);
        assertEquals(2, tc.k());
    }
}
