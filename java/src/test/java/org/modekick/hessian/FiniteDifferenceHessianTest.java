package org.modekick.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * The coloured finite-difference Hessian against the analytic one (the two styles that have one, glasses made by
 * the real protocols) and against the per-atom difference (6N evaluations) for the many-body EAM and SW on
 * perturbed crystals long enough along x that colours hold several atoms.
 */
class FiniteDifferenceHessianTest {

    @TempDir
    Path dir;

    /** Largest |a - b|, largest |a|, largest asymmetry of b and largest row sum of b. */
    private record Comparison(double worst, double scale, double asymmetry, double rowSum) {
        static Comparison of(double[][] a, double[][] b) {
            double worst = 0, scale = 0, asymmetry = 0, rowSum = 0;
            for (int i = 0; i < a.length; i++) {
                double sum = 0;
                for (int j = 0; j < a.length; j++) {
                    scale = Math.max(scale, Math.abs(a[i][j]));
                    worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]));
                    asymmetry = Math.max(asymmetry, Math.abs(b[i][j] - b[j][i]));
                    sum += b[i][j];
                }
                rowSum = Math.max(rowSum, Math.abs(sum));
            }
            return new Comparison(worst, scale, asymmetry, rowSum);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ModelSystem.class, names = {"HARMONIC", "LJ"})
    void agreesWithTheAnalyticHessian(ModelSystem system) throws Exception {
        int n = system == ModelSystem.HARMONIC ? 500 : 128;
        Path glass = dir.resolve(system.cliName() + ".data");
        new GlassPreparation(system, system.fireSettings(), system == ModelSystem.LJ ? Map.of("equil", "500")
                : Map.of()).run(MpiRuntime.self(), n, 2, glass);
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = DataFile.read(glass, arena).configuration();
            PotentialFile f = PotentialFile.of(Path.of(system.cliName() + ".pot"),
                    system.forceField().lammpsCommands(), 1, Map.of());
            FiniteDifferenceHessian fd = new FiniteDifferenceHessian(c, new LammpsInteraction(f, 1, "fd"),
                    new double[] {1}, dir.resolve("fd.log"));
            double[][] d = fd.rowRange(0, c.size(), arena).toDense();
            double[][] a = new HessianBuilder(c, system.forceField()).build(arena).toDense();
            Comparison cmp = Comparison.of(a, d);
            FiniteDifferenceHessian.Statistics s = fd.statistics();
            System.out.printf("%s N=%d: %d colours, %d force evaluations, max |H_fd - H| / max |H| = %.2e, "
                    + "max row sum %.2e, leakage %.1e, %.2f s%n", system, c.size(), s.colours(),
                    s.forceEvaluations(), cmp.worst() / cmp.scale(), cmp.rowSum() / cmp.scale(), s.leakage(),
                    s.seconds());
            assertEquals(6L * s.colours(), s.forceEvaluations());
            assertTrue(cmp.worst() < 1e-7 * cmp.scale(), system + ": " + cmp);
            assertEquals(0, cmp.asymmetry(), 0, "symmetrised exactly");
            assertTrue(cmp.rowSum() < 1e-7 * cmp.scale(), "a translation is in the null space: " + cmp);
            if (system == ModelSystem.HARMONIC) {
                assertTrue(s.colours() < c.size() / 3, "colouring displaces many particles at once: " + s);
            }
        }
    }

    @Test
    void eamAgreesWithThePerAtomDifference() throws Exception {
        // Cu/Zr on a perturbed fcc lattice, 18 x 3 x 3 cells: x is longer than twice the doubled footprint
        Configuration crystal = crystal(Arena.ofAuto(), FCC, 3.61, 18, 3, 3, 2, 0.1);
        compareWithPerAtom(crystal, List.of("units metal", "pair_style eam/fs",
                "pair_coeff * * " + PotentialFile.DEBIAN_POTENTIALS.resolve("CuZr_mm.eam.fs") + " Cu Zr"),
                new double[] {63.546, 91.224});
    }

    @Test
    void swAgreesWithThePerAtomDifference() throws Exception {
        Configuration crystal = crystal(Arena.ofAuto(), DIAMOND, 5.431, 6, 2, 2, 1, 0.1);
        compareWithPerAtom(crystal, List.of("units metal", "pair_style sw",
                "pair_coeff * * " + PotentialFile.DEBIAN_POTENTIALS.resolve("Si.sw") + " Si"),
                new double[] {28.0855});
    }

    private void compareWithPerAtom(Configuration c, List<String> commands, double[] masses) throws Exception {
        PotentialFile f = PotentialFile.of(dir.resolve("many.pot"), commands, c.atomTypes(), Map.of());
        LammpsInteraction interaction = new LammpsInteraction(f, c.atomTypes(), "many");
        assertTrue(interaction.manyBody());
        try (Arena arena = Arena.ofConfined()) {
            FiniteDifferenceHessian fd = new FiniteDifferenceHessian(c, interaction, masses, dir.resolve("fd.log"));
            double[][] d = fd.rowRange(0, c.size(), arena).toDense();
            PerAtomDifferenceHessian plain = new PerAtomDifferenceHessian(c, interaction, masses,
                    dir.resolve("plain.log"));
            double[][] p = plain.rowRange(0, c.size(), arena).toDense();
            Comparison cmp = Comparison.of(p, d);
            FiniteDifferenceHessian.Statistics s = fd.statistics();
            System.out.printf("%s N=%d: %d colours (%d evaluations, per-atom %d), max |H_col - H_atom| / max |H| = "
                    + "%.2e, max row sum %.2e, leakage %.1e, cutoff %.4f%n", commands.get(1), c.size(), s.colours(),
                    s.forceEvaluations(), plain.forceEvaluations(), cmp.worst() / cmp.scale(),
                    cmp.rowSum() / cmp.scale(), s.leakage(), s.cutoff());
            assertTrue(s.colours() < c.size(), "some colour holds several atoms: " + s);
            // the same differences of the same forces, but LAMMPS sums other displaced atoms' terms too
            assertTrue(cmp.worst() < 1e-7 * cmp.scale(), commands.get(1) + ": " + cmp);
            assertEquals(0, cmp.asymmetry(), 0, "symmetrised exactly");
            assertTrue(cmp.rowSum() < 1e-7 * cmp.scale(), "a translation is in the null space: " + cmp);
        }
    }

    /**
     * The store's in-place assembly against main's (Java arrays per column, {@link ColumnArrayHessian}) on the same
     * glass, each in its own LAMMPS session: row pointers, columns and values equal bit for bit, the whole matrix and
     * a range of rows.
     */
    @ParameterizedTest
    @EnumSource(value = Style.class)
    void bitForBitAsMainsColumnArrays(Style style) throws Exception {
        Configuration c = style == Style.EAM ? crystal(Arena.ofAuto(), FCC, 3.61, 18, 3, 3, 2, 0.1)
                : crystal(Arena.ofAuto(), FCC, 1.6, 8, 4, 4, 1, 0.1);
        List<String> commands = style == Style.EAM ? List.of("units metal", "pair_style eam/fs",
                "pair_coeff * * " + PotentialFile.DEBIAN_POTENTIALS.resolve("CuZr_mm.eam.fs") + " Cu Zr")
                : List.of("pair_style lj/cut 2.5", "pair_coeff * * 1.0 1.0");
        double[] masses = style == Style.EAM ? new double[] {63.546, 91.224} : new double[] {1};
        PotentialFile f = PotentialFile.of(dir.resolve("bits.pot"), commands, c.atomTypes(), Map.of());
        LammpsInteraction interaction = new LammpsInteraction(f, c.atomTypes(), "bits");
        int n = c.size();
        int[][] ranges = {{0, n}, {n / 5, n / 2}};
        try (Arena arena = Arena.ofConfined()) {
            for (int[] range : ranges) {
                FiniteDifferenceHessian fd = new FiniteDifferenceHessian(c, interaction, masses, dir.resolve("fd.log"));
                CsrMatrix now = fd.rowRange(range[0], range[1], arena);
                CsrMatrix main;
                try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("main.log"))) {
                    lammps.define(c, interaction, masses);
                    main = ColumnArrayHessian.assemble(lammps, c, interaction.manyBody(), range[0], range[1], arena);
                }
                String what = style + " rows [" + 3 * range[0] + ", " + 3 * range[1] + ")";
                assertEquals(main.firstRow(), now.firstRow(), what);
                assertEquals(main.rows(), now.rows(), what);
                assertEquals(main.nonZeros(), now.nonZeros(), what);
                for (int r = 0; r <= main.rows(); r++) {
                    assertEquals(main.rowStart(r), now.rowStart(r), what + ": row pointer " + r);
                }
                long differing = 0;
                for (int e = 0; e < main.nonZeros(); e++) {
                    assertEquals(main.column(e), now.column(e), what + ": column of entry " + e);
                    differing += Double.doubleToRawLongBits(main.value(e)) == Double.doubleToRawLongBits(now.value(e))
                            ? 0 : 1;
                }
                System.out.printf("%s: %d entries, %d colours, %d differ from main's bits%n", what, now.nonZeros(),
                        fd.statistics().colours(), differing);
                assertEquals(0, differing, what);
                if (range[1] - range[0] == n) {
                    // the plan (no force evaluation) foresees the colouring and the memory the assembly then took
                    FiniteDifferenceHessian.Plan plan = fd.plan();
                    FiniteDifferenceHessian.Statistics s = fd.statistics();
                    assertEquals(s.colours(), plan.colours(), what);
                    assertEquals(s.forceEvaluations(), plan.forceEvaluations(), what);
                    assertEquals(s.nativeBytes(), plan.nativeBytes(), what);
                    assertTrue(plan.entries() >= now.nonZeros(), what);
                }
                // more than the diagonal blocks: pairs were compared, not only self-terms
                assertTrue(now.nonZeros() > 9L * (range[1] - range[0]), what);
            }
        }
    }

    enum Style { EAM, LJ }

    @Test
    void particlesOfOneColourAreFartherApartThanTheSeparation() {
        Configuration c = crystal(Arena.ofAuto(), FCC, 1.5, 6, 6, 6, 1, 0.2);
        double separation = 2.2;
        CellGrid grid = new CellGrid(c, separation / 2);
        int[] colour = FiniteDifferenceHessian.colour(c, grid, separation);
        int colours = 0;
        for (int i = 0; i < c.size(); i++) {
            colours = Math.max(colours, colour[i] + 1);
            for (int j = i + 1; j < c.size(); j++) {
                if (colour[i] == colour[j]) {
                    assertTrue(grid.distanceSquared(i, j) >= separation * separation, i + " " + j);
                }
            }
        }
        // greedy takes at most (particles closer than 2.2) + 1, about 4/3 pi 2.2^3 density = 53 (density 4 / 1.5^3);
        // a colour's particles are centres of spheres of radius 1.1 that do not overlap, at most 74% packed: at
        // least density / (0.74 / (4/3 pi 1.1^3)) = 8.9 colours
        assertTrue(colours <= 60 && colours >= 9, "colours " + colours + " of " + c.size());
    }

    private static final double[][] FCC = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
    private static final double[][] DIAMOND = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5},
        {0.25, 0.25, 0.25}, {0.75, 0.75, 0.25}, {0.75, 0.25, 0.75}, {0.25, 0.75, 0.75}};

    /** A lattice of nx x ny x nz cells, each atom moved at random by up to +-jitter per axis, types at random. */
    static Configuration crystal(Arena arena, double[][] basis, double a, int nx, int ny, int nz, int types,
            double jitter) {
        SplittableRandom random = new SplittableRandom(7);
        int n = basis.length * nx * ny * nz;
        Configuration c = Configuration.allocate(arena, new Box(0, a * nx, 0, a * ny, 0, a * nz), types, n);
        int i = 0;
        for (int x = 0; x < nx; x++) {
            for (int y = 0; y < ny; y++) {
                for (int z = 0; z < nz; z++) {
                    for (double[] b : basis) {
                        int[] cell = {x, y, z};
                        for (int ax = 0; ax < 3; ax++) {
                            c.setX(i, ax, a * (cell[ax] + b[ax]) + jitter * (2 * random.nextDouble() - 1));
                        }
                        c.types().setAtIndex(Configuration.INT, i, 1 + random.nextInt(types));
                        i++;
                    }
                }
            }
        }
        return c;
    }
}
