package org.modekick.path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.excite.Reference;
import org.modekick.lammps.FireSettings;
import org.modekick.potential.Interaction;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/**
 * modekick's climbing-image NEB against LAMMPS's own {@code neb} (REPLICA package, {@code mpirun -np 3 lmp
 * -partition 3x1}) on the textbook case: a nearest-neighbour vacancy hop in an LJ fcc crystal (4 x 4 x 4 cells at
 * number density 1, one atom removed: 255 atoms; the LJ glass's lj/smooth/linear at 2.5, the same LAMMPS commands
 * on both sides). Both bands start from the same relaxed ends, written with every digit, and both climbing images
 * are converged to a force of 1e-8 (modekick: 2-norm of the climbing image's NEB force; LAMMPS: its
 * MaxReplicaForce). LAMMPS prints each replica's energy with 17 digits after its neb; the test asks for 1e-9
 * relative and the two barriers agree far better (measured: 4.202850494863 against 4.202850494856, 1.8e-12).
 * The same saddle converged by Newton from a band stopped early ({@link NewtonSaddle}) gives the same barrier.
 * The symmetric saddle of a crystal, with few distinct curvatures, once made the Lanczos check report a spurious
 * zero second curvature ({@link Curvature}).
 */
class LammpsNebTest {

    private static final int NEWTON = BandSettings.NEWTON_STEPS;

    private static final double DENSITY = 1.0;
    private static final int CELLS = 4;
    private static final double FORCE_TOLERANCE = 1e-8;

    @TempDir
    Path dir;

    /** The fcc crystal of 4 x 4 x 4 cells with the atom at the origin removed (particle 0 is its neighbour). */
    private static Configuration vacancyCrystal(Arena arena) {
        double a = Math.cbrt(4 / DENSITY);
        double[][] basis = {{0, 0, 0}, {0.5, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}};
        int n = 4 * CELLS * CELLS * CELLS - 1;
        Configuration c = Configuration.allocate(arena, Box.cube(CELLS * a), 1, n);
        int i = 0;
        for (int x = 0; x < CELLS; x++) {
            for (int y = 0; y < CELLS; y++) {
                for (int z = 0; z < CELLS; z++) {
                    for (double[] b : basis) {
                        if (x + y + z == 0 && b[0] + b[1] + b[2] == 0) {
                            continue; // the vacancy, at the origin; particle 0 is its neighbour at (a/2, a/2, 0)
                        }
                        c.setX(i, 0, (x + b[0]) * a);
                        c.setX(i, 1, (y + b[1]) * a);
                        c.setX(i, 2, (z + b[2]) * a);
                        i++;
                    }
                }
            }
        }
        return c;
    }

    @Test
    void aStateWithOverlappingParticlesIsNotHandedToLammpsToRelax() {
        // LAMMPS's FIRE from such a state loses atoms and, in this build, ends the process: a saddle check's
        // relaxation from a runaway band once ended a whole barriers run
        Interaction lj = ModelSystem.LJ.interaction();
        try (Arena arena = Arena.ofShared()) {
            Configuration c = vacancyCrystal(arena);
            Reference ref = Reference.of(c, lj, new double[] {1.0}, dir.resolve("reference.log"), arena);
            try (LammpsSurface surface = LammpsSurface.open(ref, FireSettings.lennardJones(), 1e-3,
                    dir.resolve("surface.log"))) {
                double[] x = ref.positions().toArray(ValueLayout.JAVA_DOUBLE);
                for (int a = 0; a < 3; a++) {
                    x[3 + a] = x[a] + 1e-3; // particle 1 onto particle 0
                }
                double[] before = x.clone();
                long calls = surface.forceCalls();
                assertTrue(Double.isNaN(surface.relax(x)));
                assertArrayEquals(before, x, 0);
                assertEquals(calls, surface.forceCalls(), "LAMMPS ran no minimisation");
                double[] r0 = ref.positions().toArray(ValueLayout.JAVA_DOUBLE);
                assertTrue(Double.isFinite(surface.relax(r0)), "the surface still relaxes a sound state");
            }
        }
    }

    @Test
    void theVacancyHopBarrierIsLammpsNebs() throws Exception {
        Interaction lj = ModelSystem.LJ.interaction();
        try (Arena arena = Arena.ofShared()) {
            Configuration c = vacancyCrystal(arena);
            int n = c.size();
            Reference ref = Reference.of(c, lj, new double[] {1.0}, dir.resolve("reference.log"), arena);
            FireSettings fire = FireSettings.lennardJones();
            BandSettings band = new BandSettings(3, 1.0, FORCE_TOLERANCE, 100, 30_000, 0.5 * fire.timestep(), 0.02, 1,
                    NEWTON);
            try (LammpsSurface surface = LammpsSurface.open(ref, fire, 1e-3, dir.resolve("surface.log"))) {
                double[] start = ref.positions().toArray(ValueLayout.JAVA_DOUBLE);
                double e0 = surface.relax(start);
                double[] end = start.clone();
                end[0] = 0;
                end[1] = 0;
                end[2] = 0; // the neighbour hops into the vacancy
                double e1 = surface.relax(end);
                assertEquals(e0, e1, 1e-9 * Math.abs(e0), "the two ends are one state up to symmetry");
                assertFalse(surface.sameMinimum(start, end));

                MinimumEnergyPath path = MinimumEnergyPath.find(surface, band, start, end, 1e-6);
                Piece top = path.highest();
                String state = "pieces " + path.pieces().size() + ", converged " + top.converged() + " (largest force "
                        + top.largestForce() + ", " + top.iterations() + " iterations), curvatures " + top.curvature()
                        .lowest() + ", " + top.curvature().second() + ", connects " + top.connects() + ", barrier "
                        + path.forwardBarrier();
                assertTrue(path.converged() && path.verified(), "a first-order saddle joined to both ends: " + state);
                assertEquals(1, path.pieces().size());
                double ours = path.forwardBarrier();

                double theirs = lammpsNeb(lj, ref.structure().box(), start, end);
                System.out.printf("vacancy hop, N = %d: modekick %.12f, LAMMPS neb %.12f, relative difference %.2e"
                        + " (%d force calls)%n", n, ours, theirs, Math.abs(ours - theirs) / theirs, path.forceCalls());
                assertTrue(ours > 1 && ours < 10, "an LJ vacancy hop costs a few epsilon: " + ours);
                assertEquals(theirs, ours, 1e-9 * theirs, "modekick's NEB barrier against LAMMPS's neb");
                assertEquals(ours, path.backwardBarrier(), 1e-9 * ours, "a symmetric hop");

                // a band stopped 50 iterations after its image began to climb: Newton converges that image
                MinimumEnergyPath early = MinimumEnergyPath.find(surface, band.withMaxIterations(150), start, end,
                        1e-6);
                Piece saddle = early.highest();
                assertTrue(saddle.largestForce() > FORCE_TOLERANCE, "the band did not converge: "
                        + saddle.largestForce());
                assertTrue(early.newtonSteps() > 0 && early.verified(), "Newton's saddle verified: " + early);
                System.out.printf("vacancy hop from a band of 150 iterations: %d Newton steps, barrier %.12f%n",
                        early.newtonSteps(), early.forwardBarrier());
                assertEquals(theirs, early.forwardBarrier(), 1e-9 * theirs, "Newton's saddle against LAMMPS's neb");
            }
        }
    }

    /** The barrier by LAMMPS's neb with 3 replicas (the middle one climbs), between the same two ends. */
    private double lammpsNeb(Interaction lj, Box box, double[] start, double[] end) throws Exception {
        int n = start.length / 3;
        StringBuilder data = new StringBuilder("vacancy hop, initial replica\n\n" + n + " atoms\n1 atom types\n\n");
        data.append(box.xlo()).append(' ').append(box.xhi()).append(" xlo xhi\n");
        data.append(box.ylo()).append(' ').append(box.yhi()).append(" ylo yhi\n");
        data.append(box.zlo()).append(' ').append(box.zhi()).append(" zlo zhi\n\nMasses\n\n1 1.0\n\nAtoms # atomic\n\n");
        StringBuilder coords = new StringBuilder(n + "\n");
        for (int i = 0; i < n; i++) {
            data.append(i + 1).append(" 1 ").append(start[3 * i]).append(' ').append(start[3 * i + 1]).append(' ')
                    .append(start[3 * i + 2]).append('\n');
            coords.append(i + 1).append(' ').append(end[3 * i]).append(' ').append(end[3 * i + 1]).append(' ')
                    .append(end[3 * i + 2]).append('\n');
        }
        Files.writeString(dir.resolve("initial.data"), data);
        Files.writeString(dir.resolve("final.coords"), coords);
        List<String> input = new ArrayList<>(List.of("units lj", "atom_style atomic", "atom_modify map array sort 0 0.0",
                "boundary p p p", "read_data initial.data"));
        input.addAll(lj.lammpsCommands());
        input.addAll(List.of("thermo_modify norm no", "timestep 0.01", "min_style fire",
                "fix 1 all neb 1.0 parallel ideal", "neb 0.0 " + FORCE_TOLERANCE + " 2000 20000 100 final final.coords",
                "print \"NEB_ENERGY $(pe:%.17g)\""));
        Files.writeString(dir.resolve("in.neb"), String.join("\n", input) + "\n");
        ProcessBuilder builder = new ProcessBuilder("mpirun", "-np", "3", "--bind-to", "none", "--oversubscribe",
                "lmp", "-partition", "3x1", "-in", "in.neb").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("neb.out").toFile());
        Map<String, String> env = builder.environment();
        env.put("OMPI_ALLOW_RUN_AS_ROOT", "1");
        env.put("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1");
        env.put("OMPI_MCA_btl_vader_single_copy_mechanism", "none");
        env.put("OMPI_MCA_mpi_yield_when_idle", "1");
        Process p = builder.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            throw new AssertionError("LAMMPS's neb timed out:\n" + read("neb.out"));
        }
        assertEquals(0, p.exitValue(), read("neb.out"));
        String universe = read("log.lammps");
        assertTrue(universe.contains("Climbing replica = 2"), "the middle replica climbed:\n" + universe);
        // a converged neb stops before its step limits: the last line's MaxReplicaForce is below the tolerance
        String[] lines = universe.strip().split("\n");
        double maxReplicaForce = Double.parseDouble(lines[lines.length - 1].trim().split("\\s+")[1]);
        assertTrue(maxReplicaForce < FORCE_TOLERANCE, "LAMMPS's neb converged: " + lines[lines.length - 1]);
        double[] energies = new double[3];
        for (int r = 0; r < 3; r++) {
            Matcher m = Pattern.compile("^NEB_ENERGY (\\S+)$", Pattern.MULTILINE).matcher(read("log.lammps." + r));
            assertTrue(m.find(), "replica " + r + " printed its energy");
            energies[r] = Double.parseDouble(m.group(1));
        }
        return energies[1] - energies[0];
    }

    private String read(String name) throws IOException {
        Path f = dir.resolve(name);
        return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "(no " + name + ")";
    }
}
