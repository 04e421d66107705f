package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.ModeExpansion;
import org.modekick.potential.PotentialFile;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;
import org.modekick.system.ParticleVector;

/**
 * kappa and tau of Eq. (A2) from LAMMPS's forces against the analytic derivatives of the two styles that have them,
 * along an extended (random) and a localised direction, on glasses made by the real protocols.
 */
class LammpsLandscapeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ModelSystem.class, names = {"HARMONIC", "LJ"})
    void agreesWithTheAnalyticExpansion(ModelSystem system) throws Exception {
        Path glass = dir.resolve(system.cliName() + ".data");
        new GlassPreparation(system, system.fireSettings(), system == ModelSystem.LJ ? Map.of("equil", "500")
                : Map.of()).run(MpiRuntime.self(), 128, 3, glass);
        try (Arena arena = Arena.ofConfined()) {
            Configuration input = DataFile.read(glass, arena).configuration();
            PotentialFile f = PotentialFile.of(Path.of(system.cliName() + ".pot"),
                    system.forceField().lammpsCommands(), 1, Map.of());
            Reference reference = Reference.of(input, new LammpsInteraction(f, 1, "fd"), new double[] {1},
                    dir.resolve("ref.log"), arena);
            Configuration r0 = reference.structure();
            double spacing = Math.cbrt(r0.box().volume() / r0.size());
            try (LammpsLandscape landscape = LammpsLandscape.open(reference, dir.resolve("landscape.log"))) {
                for (boolean localised : new boolean[] {false, true}) {
                    MemorySegment e = direction(arena, r0, localised);
                    ModeExpansion.Coefficients exact = ModeExpansion.along(r0, system.forceField(), e);
                    StringBuilder row = new StringBuilder();
                    for (double h : new double[] {1e-4, 3e-4, 1e-3, 3e-3, 1e-2}) {
                        ModeExpansion.Coefficients fd = landscape.along(e, h * spacing);
                        row.append(String.format(" h=%.0e: kappa %.1e tau %.1e;", h,
                                Math.abs(fd.kappa() / exact.kappa() - 1), Math.abs(fd.tau() / exact.tau() - 1)));
                    }
                    System.out.printf("%s N=%d %s (kappa %.4g, tau %.4g) relative errors:%s%n", system, r0.size(),
                            localised ? "localised" : "random", exact.kappa(), exact.tau(), row);
                    ModeExpansion.Coefficients fd = landscape.along(e);
                    System.out.printf("  median of %s: kappa %.1e tau %.1e%n",
                            java.util.Arrays.toString(LammpsLandscape.STEPS), Math.abs(fd.kappa() / exact.kappa() - 1),
                            Math.abs(fd.tau() / exact.tau() - 1));
                    assertEquals(exact.kappa(), fd.kappa(), 1e-9 * Math.abs(exact.kappa()), "kappa");
                    assertEquals(exact.tau(), fd.tau(), 1e-6 * Math.abs(exact.tau()), "tau");
                }
            }
        }
    }

    /** A unit vector: random over every particle, or on particle 0 and those within 1.5 of it. */
    private static MemorySegment direction(Arena arena, Configuration c, boolean localised) {
        SplittableRandom random = new SplittableRandom(11);
        ParticleVector e = ParticleVector.allocate(arena, c.size());
        for (int i = 0; i < c.size(); i++) {
            double r2 = 0;
            for (int a = 0; a < 3; a++) {
                double d = c.box().minimumImage(c.x(i, a) - c.x(0, a), a);
                r2 += d * d;
            }
            boolean in = !localised || r2 < 1.5 * 1.5;
            for (int a = 0; a < 3; a++) {
                e.set(i, a, in ? random.nextGaussian() : 0);
            }
        }
        double norm = e.norm();
        for (long k = 0; k < e.length(); k++) {
            e.set(k, e.get(k) / norm);
        }
        return e.segment();
    }
}
