package org.modekick.prepare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.lammps.MinimizationNotConvergedException;
import org.modekick.mpi.MpiRuntime;
import org.modekick.system.DataFile;

class GlassPreparationTest {

    @TempDir
    Path dir;

    /** Section II.A.1: the harmonic glass at phi = 0.73 has p near 5e-2. */
    @Test
    void harmonicGlassOf2000HasThePapersPressure() throws Exception {
        ModelSystem system = ModelSystem.HARMONIC;
        Path out = dir.resolve("harmonic.data");
        PreparationResult r = new GlassPreparation(system, system.fireSettings(), Map.of())
                .run(MpiRuntime.self(), 2000, 1, out);
        assertTrue(r.minimization().converged());
        assertTrue(r.minimization().forceNorm() < 1e-10);
        assertEquals(5e-2, r.minimization().pressure(), 0.1 * 5e-2, "pressure");
        try (Arena arena = Arena.ofConfined()) {
            DataFile.Contents contents = DataFile.read(out, arena);
            assertEquals(2000, contents.configuration().size());
            assertEquals(system.boxLength(2000), contents.configuration().box().lx(), 1e-12);
        }
        assertTrue(Files.exists(dir.resolve("prepare-harmonic.in")), "the script that ran is kept");
        assertFalse(Files.exists(dir.resolve("harmonic.data.partial")));
    }

    /** Section II.A.2: an LJ inherent structure, converged, energy near -6.5 per particle, p near 0. */
    @Test
    void ljGlassIsAConvergedInherentStructure() throws Exception {
        ModelSystem system = ModelSystem.LJ;
        Path out = dir.resolve("lj.data");
        PreparationResult r = new GlassPreparation(system, system.fireSettings(), Map.of("equil", "2000"))
                .run(MpiRuntime.self(), 500, 3, out);
        assertTrue(r.minimization().forceNorm() < 1e-10, r.report());
        assertTrue(r.energyPerParticle() < -5.5 && r.energyPerParticle() > -7.5, r.report());
        assertTrue(Math.abs(r.minimization().pressure()) < 0.5, r.report());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void nonConvergedQuenchLeavesNoDataFile() {
        ModelSystem system = ModelSystem.HARMONIC;
        Path out = dir.resolve("unfinished.data");
        GlassPreparation preparation = new GlassPreparation(system, system.fireSettings().withMaxIterations(20), Map.of());
        MinimizationNotConvergedException e = assertThrows(MinimizationNotConvergedException.class,
                () -> preparation.run(MpiRuntime.self(), 300, 1, out));
        assertTrue(e.getMessage().contains("20 iterations"), e.getMessage());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("unfinished.data.partial")));
    }

    @Test
    void tooSmallSystemsAndBadSeedsAreRefusedBeforeLammps() {
        ModelSystem system = ModelSystem.LJ;
        GlassPreparation preparation = new GlassPreparation(system, system.fireSettings(), Map.of());
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> preparation.run(MpiRuntime.self(), 100, 1, dir.resolve("x.data")));
        assertTrue(small.getMessage().contains("twice the cutoff"), small.getMessage());
        IllegalArgumentException seed = assertThrows(IllegalArgumentException.class,
                () -> preparation.run(MpiRuntime.self(), 500, 0, dir.resolve("x.data")));
        assertTrue(seed.getMessage().contains("seed"), seed.getMessage());
    }
}
