package org.modekick.report;

import org.modekick.testing.Python;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole report on a synthetic study whose numbers follow known laws ({@link SyntheticStudy}): the
 * files exist and hold the numbers those laws imply.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyReportTest {

    private List<SyntheticStudy.Expected> expected;
    private Path out;
    private List<Path> written;

    @BeforeAll
    void writeReport(@TempDir Path root) throws Exception {
        expected = SyntheticStudy.standard(root.resolve("samples"));
        out = root.resolve("report");
        written = StudyReport.write(expected.stream().map(SyntheticStudy.Expected::sample).toList(), out);
    }

    @Test
    void everyReturnedPathExistsAndTheMainFilesAreAmongThem() {
        for (Path p : written) {
            assertTrue(Files.isRegularFile(p), p + " was returned but not written");
        }
        for (String name : List.of("report.html", "report.json", "tables/tc.csv", "tables/fits.csv",
                "tables/transitions.csv", "tables/ranges.csv", "tables/vdos.csv", "tables/samples.csv",
                "tables/excitations.csv")) {
            assertTrue(written.contains(out.resolve(name)), name + " missing from " + written);
        }
    }

    /** Table I: T_c = 2 x the smallest barrier of a transitioned mode (not of the exchange rows). */
    @Test
    void criticalTemperatureIsTwiceTheSmallestBarrier() throws Exception {
        List<Map<String, String>> rows = CsvTables.read(out.resolve("tables/tc.csv"));
        assertEquals(expected.size(), rows.size());
        for (SyntheticStudy.Expected e : expected) {
            Map<String, String> row = rows.stream().filter(r -> r.get("sample").equals(e.sample().name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no tc row for " + e.sample().name()));
            assertEquals(e.criticalTemperature(), CsvTables.number(row, "T_c"), 1e-12 * e.criticalTemperature());
            assertEquals(e.minBarrierMode(), Integer.parseInt(row.get("k")));
            assertEquals(e.minBarrierOmega(), CsvTables.number(row, "omega_k"), 1e-15);
            assertEquals(e.sample().system(), row.get("system"));
            assertEquals(e.sample().n(), Integer.parseInt(row.get("N")));
            assertEquals(e.criticalTemperature(), CsvTables.number(row, "T_c_excite"), 1e-12 * e.criticalTemperature());
            double harmonic = CsvTables.number(row, "T_c_harmonic");
            // barrier = harmonic estimate x [0.8, 1.2] per mode, so the minima agree within that factor
            assertTrue(harmonic > e.criticalTemperature() / 1.25 && harmonic < e.criticalTemperature() / 0.8 * 1.0001,
                    "T_c_harmonic " + harmonic + " vs T_c " + e.criticalTemperature());
        }
    }

    /** Fig. 8: |dPhi| = C |dr|^2.5 with 5% log-normal noise; the fit recovers 2.5 and a small error. */
    @Test
    void fitsRecoverTheGeneratedExponents() throws Exception {
        List<Map<String, String>> fits = CsvTables.read(out.resolve("tables/fits.csv"));
        for (String system : List.of("harmonic", "lj")) {
            Map<String, String> pooled = fits.stream().filter(r -> r.get("quantity").equals("dPhi_vs_dr")
                    && r.get("system").equals(system) && r.get("N").isEmpty()).findFirst()
                    .orElseThrow(() -> new AssertionError("no pooled Fig. 8 fit for " + system));
            double exponent = CsvTables.number(pooled, "exponent");
            double error = CsvTables.number(pooled, "exponent_error");
            assertEquals(SyntheticStudy.DPHI_EXPONENT, exponent, 0.05, system);
            assertTrue(error > 0 && error < 0.05, "standard error " + error);
            assertTrue(Math.abs(exponent - SyntheticStudy.DPHI_EXPONENT) < 5 * error, "within 5 standard errors");
            assertEquals(SyntheticStudy.DPHI_PREFACTOR, CsvTables.number(pooled, "prefactor"),
                    0.15 * SyntheticStudy.DPHI_PREFACTOR);
        }
        long harmonicSamples = expected.stream().filter(e -> e.sample().system().equals("harmonic")).count();
        int harmonicPoints = expected.stream().filter(e -> e.sample().system().equals("harmonic"))
                .mapToInt(SyntheticStudy.Expected::distinct).sum();
        Map<String, String> pooled = fits.stream().filter(r -> r.get("quantity").equals("dPhi_vs_dr")
                && r.get("system").equals("harmonic") && r.get("N").isEmpty()).findFirst().orElseThrow();
        assertEquals(harmonicPoints, Integer.parseInt(pooled.get("points")), "one point per distinct transition");
        assertTrue(harmonicSamples > 1);
        // one per size as well
        assertTrue(fits.stream().anyMatch(r -> r.get("quantity").equals("dPhi_vs_dr") && r.get("N").equals("4000")));

        // Fig. 9b: every decay profile's a within 4 standard errors (about 0.02) of the generated one
        for (SyntheticStudy.Expected e : expected) {
            double[] a = e.decayExponents();
            for (int t = 1; t <= a.length; t++) {
                int transition = t;
                Map<String, String> row = fits.stream().filter(r -> r.get("quantity").equals("decay_exponent_a")
                        && r.get("sample").equals(e.sample().name()) && r.get("transition").equals(Integer.toString(transition)))
                        .findFirst().orElseThrow(() -> new AssertionError("no decay fit for " + e.sample().name() + " t" + transition));
                double error = CsvTables.number(row, "exponent_error");
                assertTrue(error > 0 && error < 0.03, "standard error " + error);
                assertEquals(a[t - 1], CsvTables.number(row, "exponent"), 4 * error, e.sample().name() + " transition " + t);
            }
        }
    }

    @Test
    void transitionCountsMatchTheStatuses() throws Exception {
        List<Map<String, String>> rows = CsvTables.read(out.resolve("tables/transitions.csv"));
        for (SyntheticStudy.Expected e : expected) {
            Map<String, String> row = rows.stream().filter(r -> r.get("sample").equals(e.sample().name())).findFirst()
                    .orElseThrow();
            assertEquals(SyntheticStudy.MODES, Integer.parseInt(row.get("modes_computed")));
            assertEquals(SyntheticStudy.MODES, Integer.parseInt(row.get("modes_excited")));
            assertEquals(e.transitioned(), Integer.parseInt(row.get("transitioned")));
            assertEquals(e.distinct(), Integer.parseInt(row.get("distinct_transitions")));
            assertEquals(e.distinct(), Integer.parseInt(row.get("distinct_transitions_excite")));
            assertEquals(e.exchanges(), Integer.parseInt(row.get("exchange")));
            assertEquals(e.noTransition(), Integer.parseInt(row.get("no_transition_in_range")));
            assertEquals(e.diverged(), Integer.parseInt(row.get("diverged")));
            assertEquals(e.failed(), Integer.parseInt(row.get("failed")));
        }
    }

    /** From modes/summary.json where it has the fit, else refitted on vdos.csv: exact data, exact fit. */
    @Test
    void vdosFitRecoversTheDebyeLevelAndAlpha() throws Exception {
        List<Map<String, String>> rows = CsvTables.read(out.resolve("tables/vdos.csv"));
        Map<String, String> refit = rows.stream().filter(r -> r.get("sample").equals("harmonic-2000-s2")).findFirst()
                .orElseThrow();
        assertTrue(refit.get("source").contains("vdos.csv"), refit.get("source"));
        assertEquals(SyntheticStudy.DEBYE_LEVEL, CsvTables.number(refit, "A_D"), 0.02);
        assertEquals(SyntheticStudy.ALPHA, CsvTables.number(refit, "alpha"), 0.2);
        assertEquals(0.35, CsvTables.number(refit, "omega_BP"), 0.02);
        Map<String, String> given = rows.stream().filter(r -> r.get("sample").equals("harmonic-2000-s1")).findFirst()
                .orElseThrow();
        assertEquals("modes/summary.json", given.get("source"));
        assertEquals(SyntheticStudy.DEBYE_LEVEL, CsvTables.number(given, "A_D"), 0.0);
    }

    @Test
    void htmlShowsTheCriticalTemperatureAndEveryFigureOnDisk() throws Exception {
        String html = Files.readString(out.resolve("report.html"));
        for (SyntheticStudy.Expected e : expected) {
            assertTrue(html.contains("data-value=\"" + e.criticalTemperature() + "\""),
                    "exact T_c of " + e.sample().name() + " in the page");
            assertTrue(html.contains(Numbers.html(e.criticalTemperature())), "displayed T_c of " + e.sample().name());
        }
        Set<String> sources = new HashSet<>();
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            sources.add(m.group(1));
        }
        Set<String> onDisk = new HashSet<>();
        try (Stream<Path> files = Files.list(out.resolve("figures"))) {
            files.filter(p -> p.toString().endsWith(".png")).forEach(p -> onDisk.add("figures/" + p.getFileName()));
        }
        assertEquals(onDisk, sources, "an <img> for every PNG written, and no other");
        for (String src : sources) {
            String svg = src.replace(".png", ".svg");
            assertTrue(html.contains("<a href=\"" + svg + "\">SVG</a>"), "SVG link for " + src);
        }
        for (String id : List.of("fig02-harmonic", "fig02-lj", "fig03-harmonic", "fig03-lj", "fig04-harmonic",
                "fig05-harmonic", "fig06-harmonic", "fig07-harmonic", "fig08-harmonic", "fig08-lj", "fig09b-harmonic",
                "fig10-harmonic", "fig11-harmonic", "fig12-harmonic", "fig13-harmonic-2000", "fig14a-harmonic",
                "fig14b-harmonic", "fig15-harmonic", "vdos-harmonic", "vdos-reduced-harmonic")) {
            assertTrue(sources.contains("figures/" + id + ".png"), id + " missing; have " + sources);
        }
        assertFalse(sources.contains("figures/fig13-lj-2000.png"), "one LJ sample: no sample-dependence figure");
        assertTrue(html.contains("Fig. 13 (harmonic, N = 2000)"));
    }

    @Test
    void figuresDecodeAtTheirSizeAndSvgsAreComplete() throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("figures"))) {
            List<Path> pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
            assertTrue(pngs.size() >= 20, pngs.size() + " PNGs");
            for (Path png : pngs) {
                BufferedImage image = ImageIO.read(png.toFile());
                assertNotNull(image, png + " does not decode");
                assertEquals(FigureWriter.WIDTH, image.getWidth(), png.toString());
                assertEquals(FigureWriter.HEIGHT, image.getHeight(), png.toString());
                Path svg = Path.of(png.toString().replace(".png", ".svg"));
                String text = Files.readString(svg);
                assertTrue(text.contains("<svg") && text.strip().endsWith("</svg>"), svg + " is not a whole SVG");
            }
        }
    }

    @Test
    void reportJsonCarriesTheRunMetadata() throws Exception {
        JsonObject json = JsonParser.parseString(Files.readString(out.resolve("report.json"))).getAsJsonObject();
        assertEquals(expected.size(), json.getAsJsonArray("samples").size());
        JsonObject first = json.getAsJsonArray("samples").get(0).getAsJsonObject();
        JsonObject summary = first.getAsJsonObject("excite_summary");
        assertEquals("29 Sep 2021", summary.getAsJsonObject("versions").get("lammps").getAsString());
        assertEquals(1e-10, summary.getAsJsonObject("thresholds").get("force_tolerance").getAsDouble());
        assertTrue(summary.getAsJsonObject("timings").get("per_mode_s").isJsonNull(), "NaN becomes null");
        assertTrue(json.getAsJsonArray("figures").size() >= 20);
        assertTrue(json.getAsJsonArray("tables").size() >= 7);
        // strict JSON: Python's json module rejects NaN only with a hook; check it parses strictly
        String out2 = Python.run("""
                import json, sys
                def reject(c): raise ValueError(c)
                d = json.load(open(sys.argv[1]), parse_constant=reject)
                print(len(d['samples']), d['samples'][0]['seed'])
                """, out.resolve("report.json").toString());
        assertEquals(expected.size() + " 1", out2.strip());
    }

    /** Python reads every table: plain header, '.' decimals, empty fields as NaN. */
    @Test
    void tablesAreReadableByNumpyAndPythonCsv() throws Exception {
        String result = Python.run("""
                import csv, glob, math, os, sys
                import numpy as np
                for path in sorted(glob.glob(os.path.join(sys.argv[1], 'tables', '*.csv'))):
                    with open(path, newline='') as f:
                        rows = list(csv.DictReader(f))
                    a = np.genfromtxt(path, delimiter=',', names=True, dtype=None, encoding='utf-8')
                    assert a.size == len(rows), path
                tc = np.genfromtxt(os.path.join(sys.argv[1], 'tables', 'tc.csv'), delimiter=',', names=True,
                                   dtype=None, encoding='utf-8')
                print(' '.join(repr(float(v)) for v in np.atleast_1d(tc['T_c'])))
                ex = np.genfromtxt(os.path.join(sys.argv[1], 'tables', 'excitations.csv'), delimiter=',', names=True,
                                   dtype=None, encoding='utf-8')
                print(int(np.isnan(ex['dr']).sum()))
                """, out.toString());
        String[] lines = result.strip().split("\n");
        Set<Double> tc = new HashSet<>();
        for (String v : lines[0].split(" ")) {
            tc.add(Double.parseDouble(v));
        }
        for (SyntheticStudy.Expected e : expected) {
            assertTrue(tc.contains(e.criticalTemperature()), "numpy reads T_c " + e.criticalTemperature() + " exactly");
        }
        int missingDr = expected.stream().mapToInt(e -> e.noTransition() + e.diverged() + e.failed()).sum();
        assertEquals(missingDr, Integer.parseInt(lines[1].strip()), "empty dr fields read as NaN");
    }
}
