package org.modekick.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.excite.ExcitePlan;
import org.modekick.excite.ExciteSettings;
import org.modekick.excite.ModeResult;
import org.modekick.forecast.ModeProgress;
import org.modekick.forecast.ProgressFile;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;
import org.modekick.mpi.TaskGroups;
import org.modekick.store.ExcitationsCsv;
import org.modekick.store.TrialsCsv;
import org.modekick.store.Journal;
import org.modekick.store.RunManifest;
import org.modekick.testing.SmallGlass;

/** Whole runs: identical results for any number of workers, and a killed run that resumes losing nothing. */
class ExciteRunTest {

    @TempDir
    static Path dir;
    static Arena arena;
    static SmallGlass glass;
    static Path baseline;

    static final List<Integer> MODES = List.of(1, 2, 3, 4);

    @BeforeAll
    static void setUp() throws Exception {
        arena = Arena.ofShared();
        glass = SmallGlass.harmonic(dir, 500, 3, 4, arena);
        baseline = dir.resolve("one-worker");
        new ExciteRun(plan(glass.settings(true))).run(baseline, 1, ExciteRun.Listener.NONE);
    }

    @AfterAll
    static void close() {
        arena.close();
    }

    static ExcitePlan plan(ExciteSettings settings) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("system", "harmonic");
        return new ExcitePlan(glass.reference(), glass.modes().modes(), glass.modes().participation(),
                glass.modes().phononOrder(), MODES, glass.thresholds(), settings, provenance);
    }

    /** Every output file but summary.json, by name, as text. */
    private static Map<String, String> outputs(Path run) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> s = Files.list(run)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".csv") || name.endsWith(".dump")) {
                    files.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** summary.json without what legitimately differs between runs: timings, workers, sessions. */
    private static JsonObject summary(Path run) throws IOException {
        JsonObject o = JsonParser.parseString(Files.readString(run.resolve("summary.json"))).getAsJsonObject();
        o.remove("timings");
        o.remove("workers");
        o.remove("sessions");
        return o;
    }

    @Test
    void baselineHasTheDocumentedFiles() throws IOException {
        List<String> lines = Files.readAllLines(baseline.resolve(ExcitationsCsv.FILE));
        assertEquals("k,omega,P,O,A_c,dr,dPhi,barrier,N_rearr,I,a,A_c_A3,transition,status", lines.get(0));
        assertEquals(MODES.size() + 1, lines.size());
        assertEquals("k,A,dr,dPhi,outcome", Files.readAllLines(baseline.resolve(TrialsCsv.FILE)).get(0));
        JsonObject s = summary(baseline);
        int distinct = s.getAsJsonObject("counts").get("distinct_transitions").getAsInt();
        assertTrue(distinct >= 1, s.toString());
        for (int id = 1; id <= distinct; id++) {
            List<String> dump = Files.readAllLines(baseline.resolve("transition-" + id + ".dump"));
            assertEquals("ITEM: ATOMS id type x y z dx dy dz", dump.get(8));
            assertEquals(9 + glass.reference().particles(), dump.size());
            assertEquals("distance,dr", Files.readAllLines(baseline.resolve("decay-" + id + ".csv")).get(0));
        }
        assertTrue(s.has("T_c") && s.get("T_c").getAsDouble() > 0, s.toString());
    }

    @Test
    void twoWorkersGiveTheSameResultsAsOne() throws Exception {
        Path two = dir.resolve("two-workers");
        ExciteRun.Report r = new ExciteRun(plan(glass.settings(true))).run(two, 2, ExciteRun.Listener.NONE);
        assertEquals(MODES.size(), r.computed());
        assertEquals(outputs(baseline), outputs(two));
        assertEquals(summary(baseline), summary(two));
    }

    /** The MPI path (split, queue, dispatcher) on a job of one rank: the same files as the threads give. */
    @Test
    void aTaskGroupOfOneRankGivesTheSameResultsAsAThread() throws Exception {
        Path grouped = dir.resolve("task-group");
        Communicator world = MpiRuntime.world();
        ExciteRun.Report r = new ExciteRun(plan(glass.settings(true))).run(grouped, world, new TaskGroups(1, 1),
                ExciteRun.Listener.NONE).orElseThrow();
        assertEquals(MODES.size(), r.computed());
        assertTrue(Files.exists(grouped.resolve("lammps").resolve("group-0.log")));
        assertEquals(outputs(baseline), outputs(grouped));
        assertEquals(summary(baseline), summary(grouped));
    }

    @Test
    void aKilledRunResumesWithoutLosingOrRepeatingAMode() throws Exception {
        Path run = dir.resolve("killed");
        ExcitePlan plan = plan(glass.settings(true));
        List<Integer> beforeKill = Collections.synchronizedList(new ArrayList<>());
        // the "kill": the run dies right after its second mode reached the disk, with another in flight
        RuntimeException kill = new RuntimeException("killed");
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> new ExciteRun(plan).run(run, 2, m -> {
            beforeKill.add(m.k());
            if (beforeKill.size() == 2) {
                throw kill;
            }
        }));
        assertEquals(kill, thrown);
        assertFalse(Files.exists(run.resolve(ExcitationsCsv.FILE)), "no final files from a dead run");
        List<ModeResult> journaled;
        try (Journal j = Journal.open(run)) {
            journaled = new ArrayList<>(j.records());
        }
        assertEquals(beforeKill, journaled.stream().map(ModeResult::k).toList(), "the journal holds what finished");

        List<Integer> afterResume = Collections.synchronizedList(new ArrayList<>());
        ExciteRun.Report r = new ExciteRun(plan).run(run, 1, m -> afterResume.add(m.k()));
        assertEquals(2, r.computed());
        List<Integer> expected = new ArrayList<>(MODES);
        expected.removeAll(beforeKill);
        assertEquals(expected, afterResume.stream().sorted().toList(), "exactly the unfinished modes were computed");
        for (ModeResult m : r.results()) {
            assertEquals(beforeKill.contains(m.k()) ? 1 : 2, m.session(), "mode " + m.k());
        }
        // nothing repeated: each mode's trials appear once in trials.csv
        Map<String, Integer> rows = new HashMap<>();
        List<String> trials = Files.readAllLines(run.resolve(TrialsCsv.FILE));
        for (String line : trials.subList(1, trials.size())) {
            rows.merge(line.substring(0, line.indexOf(',')), 1, Integer::sum);
        }
        for (ModeResult m : r.results()) {
            assertEquals(m.trials().size(), rows.get(Integer.toString(m.k())), "trials of mode " + m.k());
        }
        try (Journal j = Journal.open(run)) {
            assertEquals(MODES.size(), j.records().size());
        }
        assertEquals(outputs(baseline), outputs(run), "the same files as an uninterrupted run");
        assertEquals(summary(baseline), summary(run));

        // started once more with the same arguments: nothing left to do, nothing changes
        ExciteRun.Report again = new ExciteRun(plan).run(run, 2, m -> {
            throw new AssertionError("mode " + m.k() + " recomputed");
        });
        assertEquals(0, again.computed());
        assertEquals(outputs(baseline), outputs(run));
    }

    /**
     * A resumed run's progress: the modes of the journal are done from the start but take no time, so the time per mode
     * and the time left come from the modes this session computed alone (on a clock that stands still, so the
     * projection is exactly the arithmetic of those modes' own times).
     */
    @Test
    void aResumedRunProjectsItsTimeLeftFromTheModesItComputedOnly() throws Exception {
        Path run = copyOfBaseline("resumed-progress", 0);
        List<String> lines = Files.readAllLines(run.resolve(Journal.FILE));
        Files.write(run.resolve(Journal.FILE), lines.subList(0, 2)); // modes 1 and 2 finished before the "kill"
        Instant now = Instant.parse("2026-12-03T06:00:00Z");
        List<ModeProgress.Report> reports = new ArrayList<>();
        ExciteRun.Report r = new ExciteRun(plan(glass.settings(true)), InstantSource.fixed(now))
                .run(run, 1, new ExciteRun.Listener() {
                    @Override
                    public void finished(ModeResult result) {}

                    @Override
                    public void progress(ModeProgress.Report report) {
                        reports.add(report);
                    }
                });
        assertEquals(2, r.computed());
        assertEquals(3, reports.size(), "once on opening, once per mode computed");
        ModeProgress.Report opened = reports.get(0);
        assertEquals(List.of(2, 2, 0), List.of(opened.done(), opened.restored(), opened.computed()));
        assertFalse(opened.known(), "the journal's modes make no projection");
        double third = r.results().get(2).seconds();
        double fourth = r.results().get(3).seconds();
        ModeProgress.Report afterThird = reports.get(1);
        assertEquals(third, afterThird.modeSeconds(), 0, "mode 3's time alone, not modes 1 and 2 of the journal");
        assertEquals(third, afterThird.secondsLeft(), 1e-12, "one mode left on one worker");
        assertEquals(now.plusMillis(Math.round(third * 1e3)), afterThird.eta());
        assertEquals((third + fourth) / 2, reports.get(2).modeSeconds(), 1e-12);
        JsonObject file = JsonParser.parseString(Files.readString(run.resolve(ProgressFile.FILE))).getAsJsonObject();
        assertEquals(4, file.get("modes_done").getAsInt());
        assertEquals(2, file.get("modes_restored").getAsInt());
        assertEquals(2, file.get("modes_computed").getAsInt());
        assertEquals(0, file.get("seconds_left").getAsDouble());
    }

    /** A copy of the baseline run's run.json, journal and final states but the first {@code withoutStates}. */
    private static Path copyOfBaseline(String name, int withoutStates) throws IOException {
        Path run = dir.resolve(name);
        Files.createDirectories(run.resolve("states"));
        for (String f : new String[] {RunManifest.FILE, Journal.FILE}) {
            Files.copy(baseline.resolve(f), run.resolve(f));
        }
        try (Stream<Path> states = Files.list(baseline.resolve("states"))) {
            for (Path p : states.sorted().skip(withoutStates).toList()) {
                Files.copy(p, run.resolve("states").resolve(p.getFileName()));
            }
        }
        return run;
    }

    /** A listener that keeps the modes computed and the journal lines skipped. */
    private static final class Recording implements ExciteRun.Listener {
        final List<Integer> computed = new ArrayList<>();
        final List<Journal.Skipped> skipped = new ArrayList<>();

        @Override
        public void finished(ModeResult m) {
            computed.add(m.k());
        }

        @Override
        public void skipped(Journal.Skipped line) {
            skipped.add(line);
        }
    }

    /**
     * Damage in the middle of the journal (a number that is no number, a foreign line between two records) loses no
     * other finished mode: the damaged mode alone is computed again, the damaged lines are said and kept aside, and
     * the final files are those of an undamaged run.
     */
    @Test
    void aDamagedJournalLineCostsOnlyItsOwnMode() throws Exception {
        Path run = copyOfBaseline("damaged", 0);
        List<String> lines = new ArrayList<>(Files.readAllLines(run.resolve(Journal.FILE)));
        assertEquals(4, lines.size());
        int damagedMode = JsonParser.parseString(lines.get(1)).getAsJsonObject().get("k").getAsInt();
        lines.set(1, lines.get(1).replaceFirst("\"omega\":[0-9.]+", "\"omega\":X.15"));
        lines.add(3, "{\"k\":3,\"omega\":0.1"); // half a record of another writer
        Files.write(run.resolve(Journal.FILE), lines);

        Recording recording = new Recording();
        ExciteRun.Report r = new ExciteRun(plan(glass.settings(true))).run(run, 1, recording);
        List<Journal.Skipped> skipped = recording.skipped;
        assertEquals(List.of(damagedMode), recording.computed, "only the damaged mode is computed again");
        assertEquals(List.of(2, 4), skipped.stream().map(Journal.Skipped::line).toList(), skipped.toString());
        assertTrue(skipped.get(0).reason().contains("does not read as its type")
                && skipped.get(0).toString().startsWith(run.resolve(Journal.FILE) + ":2: "), skipped.toString());
        assertTrue(skipped.get(1).reason().contains("not valid JSON"), skipped.toString());
        assertTrue(skipped.stream().noneMatch(Journal.Skipped::torn));
        String aside = Files.readString(run.resolve(Journal.DAMAGED));
        assertTrue(aside.contains("journal.jsonl line 2: ") && aside.contains("X.15")
                && aside.contains("journal.jsonl line 4: "), aside);
        assertEquals(MODES.size(), r.results().size());
        assertEquals(outputs(baseline), outputs(run), "the same files as an undamaged run");
        try (Journal j = Journal.open(run)) {
            assertTrue(j.skipped().isEmpty(), "the journal was rewritten with the valid records only");
            assertEquals(MODES.size(), j.records().size());
        }
    }

    /** A transitioned mode whose final state is lost is computed again instead of failing the whole run's files. */
    @Test
    void aModeWhoseFinalStateIsMissingIsComputedAgain() throws Exception {
        Path lost;
        try (Stream<Path> states = Files.list(baseline.resolve("states"))) {
            lost = states.sorted().findFirst().orElseThrow(() -> new AssertionError("the baseline has transitions"));
        }
        Path run = copyOfBaseline("stateless", 1);
        Recording recording = new Recording();
        new ExciteRun(plan(glass.settings(true))).run(run, 1, recording);
        assertEquals(1, recording.computed.size(), recording.computed.toString());
        assertEquals(1, recording.skipped.size(), recording.skipped.toString());
        assertTrue(recording.skipped.get(0).reason().contains("final state states/" + lost.getFileName()
                + " is missing"), recording.skipped.toString());
        assertEquals(outputs(baseline), outputs(run));
    }

    @Test
    void aRunWithOtherSettingsIsRefused() throws Exception {
        Path run = dir.resolve("refused");
        Files.createDirectories(run);
        Files.copy(baseline.resolve(RunManifest.FILE), run.resolve(RunManifest.FILE));
        ExciteSettings s = glass.settings(true);
        ExciteSettings coarser = new ExciteSettings(s.aMin(), s.aMax(), s.scanFactor(), 2e-2, s.fire(), true);
        RunManifest.MismatchException e = assertThrows(RunManifest.MismatchException.class,
                () -> new ExciteRun(plan(coarser)).run(run, 1, ExciteRun.Listener.NONE));
        assertTrue(e.getMessage().contains("precision"), e.getMessage());
        assertFalse(Files.exists(run.resolve(Journal.FILE)), "nothing was started");
    }
}
