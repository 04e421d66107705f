package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.hessian.MassWeighting;
import org.modekick.modes.ModeFiles;
import org.modekick.modes.Modes;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.ModeExpansion;
import org.modekick.potential.PairForces;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;
import org.modekick.system.ParticleVector;

/**
 * Unequal masses through modes and excite: the modes are those of M^-1/2 H M^-1/2 (a rock-salt crystal of masses 1
 * and 4 has the diatomic branches), the kick is r0 + A sqrt(N) d with d = M^-1/2 e / |M^-1/2 e| and its harmonic
 * energy kappa A^2 N / 2 with kappa = d.H.d, equal masses m give omega^2 = lambda / m and the A_c of m = 1, and a
 * modes directory of other masses is refused.
 */
class UnequalMassesTest {

    private static final String[] HARMONIC = {"--pair-style", "harmonic/contact", "--pair-coeff", "* * 1 1"};

    @TempDir
    static Path dir;
    /** One harmonic glass of N = 150 with its particles alternately of type 1 and 2, as the masses are. */
    static Path heavy; // masses 1 and 4
    static Path ones; // 1 and 1
    static Path twos; // 2 and 2

    @BeforeAll
    static void glasses() throws IOException {
        Path glass = dir.resolve("h150.data");
        CommandRun p = CommandRun.of("prepare", "--system", "harmonic", "-n", "150", "--seed", "3", "-o",
                glass.toString());
        assertEquals(0, p.code(), p.err());
        heavy = twoTypes(glass, 1, 4, "heavy.data");
        ones = twoTypes(glass, 1, 1, "ones.data");
        twos = twoTypes(glass, 2, 2, "twos.data");
    }

    /** The glass with odd ids of type 1, even ids of type 2, and these masses. */
    private static Path twoTypes(Path glass, double m1, double m2, String name) throws IOException {
        List<String> out = new ArrayList<>();
        boolean atoms = false;
        boolean skip = false;
        for (String line : Files.readAllLines(glass)) {
            String t = line.strip();
            if (t.equals("1 atom types")) {
                out.add("2 atom types");
                continue;
            }
            if (t.startsWith("Masses") || t.startsWith("Pair Coeffs")) {
                skip = true;
                continue;
            }
            if (t.startsWith("Atoms")) {
                skip = false;
                atoms = true;
                out.add("Masses");
                out.add("");
                out.add("1 " + m1);
                out.add("2 " + m2);
                out.add("");
                out.add(line);
                continue;
            }
            if (skip) {
                continue;
            }
            String[] w = t.split("\\s+");
            if (atoms && w.length >= 5) {
                w[1] = Integer.parseInt(w[0]) % 2 == 0 ? "2" : "1";
                out.add(String.join(" ", w));
            } else {
                out.add(line);
            }
        }
        return Files.write(dir.resolve(name), out);
    }

    private static CommandRun modes(Path glass, String name, int count, String... interaction) {
        List<String> args = new ArrayList<>(List.of("modes", glass.toString(), "--count", Integer.toString(count),
                "-o", dir.resolve(name).toString()));
        args.addAll(List.of(interaction));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static CommandRun excite(Path glass, Path modes, String name) {
        List<String> args = new ArrayList<>(List.of("excite", glass.toString(), "--modes", modes.toString(),
                "--workers", "1", "-o", dir.resolve(name).toString()));
        args.addAll(List.of(HARMONIC));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private static double[] column(Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int c = List.of(lines.getFirst().split(",")).indexOf(name);
        assertTrue(c >= 0, csv + " has no column " + name);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[c])
                .mapToDouble(s -> s.isEmpty() ? Double.NaN : Double.parseDouble(s)).toArray();
    }

    private static List<String> texts(Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int c = List.of(lines.getFirst().split(",")).indexOf(name);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[c]).toList();
    }

    private static List<JsonObject> journal(Path run) throws IOException {
        return Files.readAllLines(run.resolve("journal.jsonl")).stream()
                .map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    /**
     * Rock salt of L^3 = 64 sites (spacing 1, species alternating along every axis, masses 1 and 4) with lj/cut
     * (sigma 0.85, cutoff 1.3: nearest neighbours only, under tension) through LAMMPS: per bond the Hessian block is
     * K n n^T + K_t (I - n n^T), K = phi''(1), K_t = phi'(1). Every Cartesian component is then a cubic lattice of
     * its own, springs K along its axis and K_t across, with omega^2 = S s / 2 +- sqrt((S s / 2)^2 - (S^2 - g^2) /
     * (m1 m2)), s = 1/m1 + 1/m2, S = 2 sum_b K_b, g(q) = 2 sum_b K_b cos q_b. Taking every mass as 1 (the Hessian's
     * own eigenvalues) would miss them by far.
     */
    @Test
    void aRockSaltCrystalHasTheDiatomicBranches() throws IOException {
        int l = 4;
        double m1 = 1;
        double m2 = 4;
        StringBuilder data = new StringBuilder(String.format(Locale.ROOT, "rock salt%n%n%d atoms%n2 atom types%n%n"
                + "0 %d xlo xhi%n0 %d ylo yhi%n0 %d zlo zhi%n%nMasses%n%n1 %s%n2 %s%n%nAtoms # atomic%n%n", l * l * l,
                l, l, l, m1, m2));
        int id = 0;
        for (int x = 0; x < l; x++) {
            for (int y = 0; y < l; y++) {
                for (int z = 0; z < l; z++) {
                    data.append(String.format(Locale.ROOT, "%d %d %d %d %d%n", ++id, 1 + (x + y + z) % 2, x, y, z));
                }
            }
        }
        Path crystal = Files.writeString(dir.resolve("rocksalt.data"), data);
        double sigma = 0.85;
        Path pot = Files.writeString(dir.resolve("lj.pot"), "pair_style lj/cut 1.3\npair_coeff * * 1.0 " + sigma + "\n");
        int count = 3 * l * l * l - 3;
        CommandRun r = modes(crystal, "rocksalt-modes", count, "--potential", pot.toString());
        assertEquals(0, r.code(), r.err());
        double[] got = column(dir.resolve("rocksalt-modes").resolve("modes.csv"), "lambda");
        double s6 = Math.pow(sigma, 6);
        double along = 4 * (156 * s6 * s6 - 42 * s6); // phi''(1)
        double across = 4 * (-12 * s6 * s6 + 6 * s6); // phi'(1) / 1
        assertTrue(across > 0 && along > 0);
        double s = 1 / m1 + 1 / m2;
        List<Double> branches = new ArrayList<>();
        for (int axis = 0; axis < 3; axis++) {
            for (int q = 0; q < l * l * l; q++) {
                int[] n = {q / (l * l), q / l % l, q % l};
                double sum = 0;
                double g = 0;
                for (int b = 0; b < 3; b++) {
                    double k = b == axis ? along : across;
                    sum += 2 * k;
                    g += 2 * k * Math.cos(2 * Math.PI * n[b] / l);
                }
                double root = Math.sqrt(Math.max(0, sum * sum * s * s / 4 - (sum * sum - g * g) / (m1 * m2)));
                branches.add(sum * s / 2 - root);
                branches.add(sum * s / 2 + root);
            }
        }
        // q and q + (pi, pi, pi) give the same pair: every value twice; the three lowest are the translations
        double[] expected = branches.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertEquals(count, got.length);
        double top = expected[expected.length - 1];
        for (int k = 0; k < count; k++) {
            assertEquals(expected[2 * (k + 3)], got[k], 1e-7 * top, "omega^2 number " + (k + 1));
        }
        String summary = Files.readString(dir.resolve("rocksalt-modes").resolve("summary.json"));
        assertTrue(summary.contains("\"" + MassWeighting.CONVENTION_KEY + "\""), summary);
        assertTrue(summary.replaceAll("\\s", "").contains("\"masses\":[1.0,4.0]"), summary);
    }

    /**
     * The kick is along d = M^-1/2 e / |M^-1/2 e|: excite's barrier (the energy of the kick at A_c) is the energy of
     * r0 + A_c sqrt(N) d computed here from the pair potential, its kappa is d.H.d (not omega^2), the energy of a
     * small kick is kappa A^2 N / 2 to leading order, and the harmonic barrier is kappa A_c^2 N / 2.
     */
    @Test
    void theKickIsAlongTheDisplacementPatternWithItsOwnCurvature() throws IOException {
        Path modesDir = dir.resolve("heavy-modes");
        CommandRun m = modes(heavy, "heavy-modes", 3, HARMONIC);
        assertEquals(0, m.code(), m.err());
        CommandRun e = excite(heavy, modesDir, "heavy-excite");
        assertEquals(0, e.code(), e.err());
        Path run = dir.resolve("heavy-excite");
        double[] barrier = column(run.resolve("excitations.csv"), "barrier");
        double[] kappaColumn = column(run.resolve("excitations.csv"), "kappa");
        HarmonicContact contact = new HarmonicContact(1, 1);
        ForceField field = ForceField.builder(2).pair(1, 1, contact).pair(1, 2, contact).pair(2, 2, contact).build();
        int checked = 0;
        try (Arena arena = Arena.ofConfined()) {
            Configuration r0 = DataFile.read(heavy, arena).configuration();
            int n = r0.size();
            double phi0 = PairForces.energy(r0, field);
            Modes modes = ModeFiles.read(modesDir, arena);
            MassWeighting masses = MassWeighting.of(r0, new double[] {1, 4});
            List<JsonObject> rows = journal(run);
            for (JsonObject row : rows) {
                int k = row.get("k").getAsInt();
                ParticleVector d = ParticleVector.allocate(arena, n);
                masses.displacement(modes.mode(k).vector(), d.segment());
                if (row.get("flipped").getAsBoolean()) {
                    for (long i = 0; i < 3L * n; i++) {
                        d.set(i, -d.get(i));
                    }
                }
                ParticleVector hd = ParticleVector.allocate(arena, n);
                ModeExpansion.hessianTimes(r0, field, d.segment(), hd.segment());
                double kappa = d.dot(hd);
                double omega2 = modes.mode(k).lambda();
                assertEquals(kappa, row.get("kappa").getAsDouble(), 1e-9 * kappa, "kappa = d.H.d of mode " + k);
                assertEquals(kappa, kappaColumn[k - 1], 1e-9 * kappa, "excitations.csv's kappa of mode " + k);
                // between the masses: omega^2 / sum_i e_i^2 / m_i, neither omega^2 (mass 1) nor 4 omega^2
                assertTrue(kappa > 1.05 * omega2 && kappa < 0.95 * 4 * omega2, kappa + " vs omega^2 " + omega2);
                double small = 3e-5;
                double harmonic = 0.5 * kappa * small * small * n;
                // the even part (+A and -A) drops the residual force's linear term
                double even = 0.5 * (energyOf(r0, field, d, small, arena) + energyOf(r0, field, d, -small, arena)) - phi0;
                assertEquals(harmonic, even, 1e-5 * harmonic, "a small kick's energy, mode " + k);
                double ac = row.get("criticalAmplitude").getAsDouble();
                if (Double.isNaN(ac)) {
                    continue;
                }
                checked++;
                assertEquals(0.5 * kappa * ac * ac * n, row.get("harmonicBarrier").getAsDouble(),
                        1e-9 * kappa * ac * ac * n, "kappa A_c^2 N / 2 of mode " + k);
                double kicked = energyOf(r0, field, d, ac, arena) - phi0;
                assertEquals(kicked, barrier[k - 1], 1e-9 * Math.abs(kicked), "the energy of the kick along d, mode " + k);
                // along e instead of d the kick's energy is another one: the test tells them apart
                ParticleVector ev = new ParticleVector(modes.mode(k).vector());
                double alongE = energyOf(r0, field, ev, ac, arena) - phi0;
                assertFalse(Math.abs(alongE - kicked) < 1e-3 * Math.abs(kicked), "e and d kick alike, mode " + k);
            }
        }
        assertTrue(checked >= 1, "no mode transitioned: " + e.out());
        String summary = Files.readString(run.resolve("summary.json"));
        assertTrue(summary.contains("\"" + MassWeighting.CONVENTION_KEY + "\""), summary);
    }

    /** Phi(r0 + A sqrt(N) d), d of unit length. */
    private static double energyOf(Configuration r0, ForceField field, ParticleVector d, double amplitude, Arena arena) {
        ParticleVector r = ParticleVector.allocate(arena, r0.size());
        r.setSum(new ParticleVector(r0.positions()), amplitude * Math.sqrt(r0.size()) / d.norm(), d);
        return PairForces.energy(r0.withPositions(r.segment()), field);
    }

    /** Equal masses m = 2: omega^2 = lambda / 2 of the same glass with masses 1, and the same A_c for every mode. */
    @Test
    void equalMassesScaleOmegaAndKeepTheCriticalAmplitudes() throws IOException {
        assertEquals(0, modes(ones, "ones-modes", 4, HARMONIC).code());
        assertEquals(0, modes(twos, "twos-modes", 4, HARMONIC).code());
        double[] lambda = column(dir.resolve("ones-modes").resolve("modes.csv"), "lambda");
        double[] omega2 = column(dir.resolve("twos-modes").resolve("modes.csv"), "lambda");
        for (int k = 0; k < lambda.length; k++) {
            assertEquals(lambda[k] / 2, omega2[k], 1e-9 * lambda[k], "omega^2 of mode " + (k + 1));
        }
        CommandRun a = excite(ones, dir.resolve("ones-modes"), "ones-excite");
        assertEquals(0, a.code(), a.err());
        CommandRun b = excite(twos, dir.resolve("twos-modes"), "twos-excite");
        assertEquals(0, b.code(), b.err());
        Path one = dir.resolve("ones-excite").resolve("excitations.csv");
        Path two = dir.resolve("twos-excite").resolve("excitations.csv");
        double[] ac1 = column(one, "A_c");
        assertTrue(Arrays.stream(ac1).anyMatch(Double::isFinite), "no A_c to compare: " + a.out());
        assertEquals(Arrays.toString(ac1), Arrays.toString(column(two, "A_c")));
        assertEquals(texts(one, "status"), texts(two, "status"));
        // kappa = m omega^2 along the same (unweighted) e: the masses 1 run's omega^2
        double[] kappa = column(two, "kappa");
        for (int k = 0; k < kappa.length; k++) {
            assertEquals(lambda[k], kappa[k], 1e-6 * lambda[k], "kappa of mode " + (k + 1));
        }
        assertFalse(Files.readAllLines(one).getFirst().contains("kappa"), "masses 1 write excitations.csv as before");
    }

    /** A modes directory of other masses, or of the Hessian alone for a glass with masses, is refused by excite. */
    @Test
    void modesOfOtherMassesAreRefused() throws IOException {
        Path modesDir = dir.resolve("refuse-modes");
        assertEquals(0, modes(heavy, "refuse-modes", 2, HARMONIC).code());
        CommandRun r = excite(ones, modesDir, "refused");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("these modes do not belong to the glass " + ones), r.err());
        assertTrue(r.err().contains("the modes are of the masses [1.0, 4.0] per type, the glass has every mass 1"),
                r.err());
        assertTrue(Files.notExists(dir.resolve("refused")), "a refused run leaves nothing");
        // the same directory as an earlier modekick wrote it (modes of H, no convention) for the glass with masses
        Path summary = modesDir.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace("\"" + MassWeighting.CONVENTION_KEY + "\"",
                "\"note\""));
        CommandRun old = excite(heavy, modesDir, "refused-old");
        assertEquals(2, old.code(), old.out());
        assertTrue(old.err().contains("the modes are those of the Hessian (every mass taken as 1"), old.err());
    }
}
