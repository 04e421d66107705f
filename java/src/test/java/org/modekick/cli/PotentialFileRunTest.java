package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * excite with --potential FILE: the route through LAMMPS's forces and energies (watched relaxations, the proximity
 * guard, the LAMMPS landscape) against the analytic route on the same LJ glass, and a potential that makes LAMMPS
 * fail on kicked states (a table that ends at r = 0.66, "Pair distance &lt; table inner cutoff"), which must fail
 * those modes with LAMMPS's message and leave the others' results as they are.
 */
class PotentialFileRunTest {

    @TempDir
    static Path dir;
    static Path glass;
    static Path modes;

    @BeforeAll
    static void glassAndModes() {
        glass = dir.resolve("lj300.data");
        CommandRun p = CommandRun.of("prepare", "--system", "lj", "-n", "300", "--seed", "1", "--equilibration",
                "2000", "-o", glass.toString());
        assertEquals(0, p.code(), p.err());
        modes = dir.resolve("modes");
        CommandRun m = CommandRun.of("modes", glass.toString(), "--system", "lj", "--count", "3", "-o",
                modes.toString());
        assertEquals(0, m.code(), m.err());
    }

    /** excitations.csv's rows: k, status, A_c, dPhi. */
    private static List<String[]> rows(Path run) throws IOException {
        List<String> lines = Files.readAllLines(run.resolve("excitations.csv"));
        List<String> header = List.of(lines.getFirst().split(","));
        int status = header.indexOf("status");
        int ac = header.indexOf("A_c");
        int dphi = header.indexOf("dPhi");
        List<String[]> out = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] w = l.split(",", -1);
            out.add(new String[] {w[0], w[status], w[ac], w[dphi]});
        }
        return out;
    }

    private static CommandRun excite(String name, String... interaction) {
        List<String> args = new ArrayList<>(List.of("excite", glass.toString(), "--modes", modes.toString(),
                "--workers", "1", "-o", dir.resolve(name).toString()));
        args.addAll(List.of(interaction));
        return CommandRun.of(args.toArray(String[]::new));
    }

    @Test
    void theLammpsRouteGivesTheAnalyticCriticalAmplitudes() throws IOException {
        Path pot = Files.writeString(dir.resolve("lj.pot"), "pair_style lj/smooth/linear 2.5\npair_coeff 1 1 1 1 2.5\n");
        CommandRun analytic = excite("analytic", "--system", "lj");
        assertEquals(0, analytic.code(), analytic.err());
        // the same FIRE (the LAMMPS route would otherwise adapt its timestep to omega_max)
        CommandRun lammps = excite("lammps", "--potential", pot.toString(), "--fire-timestep", "0.005");
        assertEquals(0, lammps.code(), lammps.err());
        List<String[]> a = rows(dir.resolve("analytic"));
        List<String[]> l = rows(dir.resolve("lammps"));
        assertEquals(3, a.size());
        int transitioned = 0;
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.get(k)[1], l.get(k)[1], "status of mode " + (k + 1));
            if (!a.get(k)[2].isEmpty()) {
                transitioned++;
                double acA = Double.parseDouble(a.get(k)[2]);
                double acL = Double.parseDouble(l.get(k)[2]);
                assertEquals(acA, acL, 1e-2 * acA, "A_c of mode " + (k + 1) + " within the search's precision");
                double dA = Double.parseDouble(a.get(k)[3]);
                double dL = Double.parseDouble(l.get(k)[3]);
                // LAMMPS's dPhi is a difference of two totals of ~ -2000: ~1e-12 absolute
                assertEquals(dA, dL, 1e-9 * Math.abs(dA), "dPhi of mode " + (k + 1));
            }
        }
        assertTrue(transitioned >= 1, "the comparison needs a transition: " + analytic.out());
        String summary = Files.readString(dir.resolve("lammps").resolve("summary.json"));
        assertTrue(summary.contains("closest_approach_r0"), "the proximity guard is described: " + summary);
    }

    @Test
    void aKickThatLammpsCannotSurviveFailsItsModeWithLammpsMessageAndNothingElse() throws IOException {
        Path table = dir.resolve("lj-short.table");
        writeTable(table, 0.66, 20000);
        Path pot = Files.writeString(dir.resolve("short.pot"), "# LJ tabulated from r = 0.66 only\n"
                + "pair_style table spline 20000\npair_coeff 1 1 " + table.getFileName() + " LJ 2.5\n");
        CommandRun tab = excite("table", "--potential", pot.toString(), "--fire-timestep", "0.005");
        CommandRun analytic = excite("analytic-ref", "--system", "lj");
        assertEquals(0, analytic.code(), analytic.err());
        // some modes succeed, so the run succeeds; the failed one is reported with LAMMPS's own message
        assertEquals(0, tab.code(), tab.err());
        assertTrue(tab.out().contains("mode 1: LAMMPS stopped relaxing a kicked state: ERROR on proc 0: Pair distance"
                + " < table inner cutoff"), tab.out());
        List<String[]> t = rows(dir.resolve("table"));
        List<String[]> a = rows(dir.resolve("analytic-ref"));
        assertEquals("failed", t.getFirst()[1]);
        for (int k = 1; k < 3; k++) {
            assertEquals("transitioned", t.get(k)[1], "mode " + (k + 1));
            assertEquals(a.get(k)[1], t.get(k)[1]);
            double acA = Double.parseDouble(a.get(k)[2]);
            assertEquals(acA, Double.parseDouble(t.get(k)[2]), 1e-2 * acA, "A_c of mode " + (k + 1));
        }
        assertEquals(3, Files.readAllLines(dir.resolve("table").resolve("journal.jsonl")).size());
        assertTrue(Files.readString(dir.resolve("table").resolve("lammps").resolve("worker-0-failed-1.log"))
                .contains("ERROR on proc 0: Pair distance < table inner cutoff"));
    }

    @Test
    void aWrongPotentialFileIsRefusedWithItsLineBeforeLammpsSeesIt() throws IOException {
        Path pot = Files.writeString(dir.resolve("bad.pot"), "pair_style eam/fs\npair_coeff * * CuZr_mm.eam.fs Cu Zr\n");
        CommandRun r = excite("bad", "--potential", pot.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains(pot + ":2: pair_coeff * * "), r.err());
        assertTrue(r.err().contains("maps 2 element(s) to the data file's 1 atom type(s)"), r.err());
        assertTrue(Files.notExists(dir.resolve("bad")), "a refused run leaves nothing");
        CommandRun both = excite("both", "--potential", pot.toString(), "--system", "lj");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("exactly one of --system"), both.err());
    }

    /** lj/smooth/linear (Eq. 2, rc = 2.5) as a LAMMPS table from rlo to rc. */
    static void writeTable(Path file, double rlo, int n) throws IOException {
        double rc = 2.5;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "# lj/smooth/linear rc 2.5 from r = %s%n%nLJ%nN %d R %s %s%n%n", rlo, n, rlo, rc));
        for (int i = 0; i < n; i++) {
            double r = rlo + (rc - rlo) * i / (n - 1);
            double phi = lj(r) - lj(rc) - (r - rc) * dlj(rc);
            double f = -(dlj(r) - dlj(rc));
            sb.append(String.format(Locale.ROOT, "%d %.17g %.17g %.17g%n", i + 1, r, phi, f));
        }
        Files.writeString(file, sb);
    }

    private static double lj(double r) {
        return 4 * (Math.pow(r, -12) - Math.pow(r, -6));
    }

    private static double dlj(double r) {
        return 4 * (-12 * Math.pow(r, -13) + 6 * Math.pow(r, -7));
    }
}
