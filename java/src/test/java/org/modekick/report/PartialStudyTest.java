package org.modekick.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study whose excite stage has not run: the report still appears, and says what it could not draw. */
class PartialStudyTest {

    @Test
    void modesOnlySampleGivesAReportWithoutTransitionFigures(@TempDir Path dir) throws Exception {
        Path sample = dir.resolve("harmonic-500-s9");
        Files.createDirectories(sample.resolve("modes"));
        Files.writeString(sample.resolve("modes/modes.csv"), "k,lambda,omega,P,O\n1,0.01,0.1,0.3,0.9\n2,0.04,0.2,0.01,0.1\n");
        Files.writeString(sample.resolve("modes/vdos.csv"), "omega,g,g_over_omega2\n0.1,0.01,1.0\n0.2,0.08,2.0\n0.3,0.09,1.0\n");
        Path out = dir.resolve("out");
        List<Path> written = StudyReport.write(List.of(new SampleResult("harmonic", 500, 9, sample)), out);

        assertTrue(written.contains(out.resolve("report.html")));
        assertTrue(Files.exists(out.resolve("figures/vdos-harmonic.png")));
        assertFalse(Files.exists(out.resolve("figures/fig03-harmonic.png")));
        assertEquals(List.of("system,N,seed,sample,T_c,k,omega_k,barrier_min,T_c_harmonic,T_c_excite,T_c_true,T_c_escape,T_onset_thermal"),
                Files.readAllLines(out.resolve("tables/tc.csv")), "Table I has a header and no rows");
        assertEquals("harmonic,500,9,harmonic-500-s9,2,0,0,0,,0,0,0,0",
                Files.readAllLines(out.resolve("tables/transitions.csv")).get(1));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Figures not produced"));
        assertTrue(html.contains("Fig. 3: no transitioned modes with omega and A_c"), "the reason is given");
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject();
        assertTrue(json.getAsJsonObject("figures_not_produced").has("8"));
        assertTrue(json.getAsJsonArray("samples").get(0).getAsJsonObject().get("omega_BP").isJsonNull(),
                "no omega_BP is claimed from a vDOS without a modes summary");
        assertTrue(json.getAsJsonArray("samples").get(0).getAsJsonObject().get("excite_summary").isJsonNull());
    }
}
