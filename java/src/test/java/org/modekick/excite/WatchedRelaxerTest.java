package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.Overlaps;
import org.modekick.potential.PotentialFile;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;
import org.modekick.testing.SmallGlass;

/**
 * The watched relaxer against the in-process one on the same kicks of a harmonic-contact glass whose interaction is
 * given as LAMMPS commands (the route of any potential), its recovery from a LAMMPS error, and the proximity guard.
 */
class WatchedRelaxerTest {

    @TempDir
    static Path dir;
    static Arena arena;
    static SmallGlass glass;
    static Reference lammpsRoute;

    @BeforeAll
    static void glass() throws Exception {
        arena = Arena.ofShared();
        glass = SmallGlass.harmonic(dir, 300, 5, 2, arena);
        PotentialFile f = PotentialFile.of(Path.of("harmonic.pot"), List.of("pair_style harmonic/contact",
                "pair_coeff 1 1 1.0 1.0"), 1, Map.of());
        Reference r = glass.reference();
        lammpsRoute = new Reference(r.structure(), new LammpsInteraction(f, 1, "harmonic.pot"), r.masses(), r.energy(),
                r.forceNorm(), r.lammpsVersion());
    }

    @AfterAll
    static void close() {
        arena.close();
    }

    private static MemorySegment kick(int k, double amplitude) {
        return glass.kick(k, amplitude, arena);
    }

    @Test
    void aWatchedRelaxationIsTheInProcessOneBitForBit() {
        var fire = glass.settings(true).fire();
        try (Relaxer here = Relaxer.open(lammpsRoute, fire, glass.thresholds(), dir.resolve("here.log"));
             WatchedRelaxer child = WatchedRelaxer.open(lammpsRoute, fire, glass.thresholds(), dir.resolve("child.log"))) {
            for (double a : new double[] {1e-3, 3e-2}) {
                for (boolean early : new boolean[] {true, false}) {
                    MemorySegment start = kick(1, a);
                    Relaxation x = here.relax(start, early);
                    ParticleVector keep = new ParticleVector(x.positions()).copy(arena);
                    Relaxation y = child.relax(start, early);
                    assertEquals(x.ending(), y.ending());
                    assertEquals(x.iterations(), y.iterations());
                    assertEquals(x.energy(), y.energy(), 0);
                    assertEquals(-1, keep.segment().mismatch(y.positions()), "A = " + a + ", early " + early);
                }
            }
            child.restartLog();
        }
        assertFalse(Files.exists(dir.resolve("child.log.stderr")), "an empty stderr file is not left behind");
    }

    @Test
    void aLammpsErrorInTheChildFailsThatRelaxationAndTheNextStartsAfresh() throws Exception {
        // harmonic contact as a LAMMPS table that starts at 0.9 of the closest approach in r0: r0 is inside it, a
        // pair pushed to 0.8 of it passes the guard (0.5) and LAMMPS ends the process at the first force
        Configuration c = lammpsRoute.structure();
        double d = ProximityGuard.of(c).closestApproach(1, 1);
        Path table = dir.resolve("harmonic.table");
        StringBuilder t = new StringBuilder("# harmonic contact from " + 0.9 * d + "\n\nH\nN 2000 R " + 0.9 * d
                + " 1.0\n\n");
        for (int i = 0; i < 2000; i++) {
            double r = 0.9 * d + (1.0 - 0.9 * d) * i / 1999;
            t.append(i + 1).append(' ').append(r).append(' ').append(0.5 * (1 - r) * (1 - r)).append(' ')
                    .append(1 - r).append('\n');
        }
        Files.writeString(table, t);
        PotentialFile f = PotentialFile.of(dir.resolve("t.pot"), List.of("pair_style table linear 2000",
                "pair_coeff 1 1 " + table + " H 1.0"), 1, Map.of());
        Reference ref = new Reference(c, new LammpsInteraction(f, 1, "t.pot"), lammpsRoute.masses(),
                lammpsRoute.energy(), lammpsRoute.forceNorm(), lammpsRoute.lammpsVersion());
        int[] pair = closestPair(c, d);
        ParticleVector pushed = new ParticleVector(c.positions()).copy(arena);
        for (int a = 0; a < 3; a++) {
            double towards = c.box().minimumImage(c.x(pair[1], a) - c.x(pair[0], a), a);
            pushed.set(pair[0], a, c.x(pair[0], a) + 0.2 * towards); // their distance becomes 0.8 d
        }
        assertFalse(ProximityGuard.of(c).check(c.withPositions(pushed.segment())).any(), "the guard lets it through");
        Path log = dir.resolve("w.log");
        try (WatchedRelaxer child = WatchedRelaxer.open(ref, glass.settings(true).fire(), glass.thresholds(), log)) {
            LammpsFailedException e = assertThrows(LammpsFailedException.class,
                    () -> child.relax(pushed.segment(), false));
            assertTrue(e.getMessage().startsWith("LAMMPS stopped relaxing a kicked state: ERROR on proc 0: Pair"
                    + " distance < table inner cutoff"), e.getMessage());
            assertTrue(Files.readString(dir.resolve("w-failed-1.log")).contains("table inner cutoff"));
            // the next call has a fresh child: a small kick relaxes back to r0 without error
            Relaxation r = child.relax(kick(1, 1e-4), false);
            assertEquals(Relaxation.Ending.CONVERGED, r.ending());
        }
    }

    /** The particles i, j (i &lt; j) at distance d (the closest pair). */
    private static int[] closestPair(Configuration c, double d) {
        int[] found = new int[2];
        org.modekick.system.CellList.forEachPair(c, 1.0, (i, j, dx, dy, dz, r2) -> {
            if (Math.sqrt(r2) == d) {
                found[0] = i;
                found[1] = j;
            }
        });
        return found;
    }

    @Test
    void theProximityGuardUsesEachTypePairsClosestApproach() {
        Configuration r0 = glass.reference().structure();
        ProximityGuard guard = ProximityGuard.of(r0);
        double d = guard.closestApproach(1, 1);
        assertTrue(d > 0.5 && d < 1.0, "harmonic spheres of diameter 1 overlap a little at phi = 0.73: " + d);
        assertFalse(guard.check(r0).any());
        // move particle 0 onto a point 0.4 d from particle 1: below half the closest approach
        ParticleVector x = new ParticleVector(r0.positions()).copy(arena);
        for (int a = 0; a < 3; a++) {
            x.set(0, a, r0.x(1, a) + (a == 0 ? 0.4 * d : 0));
        }
        Overlaps o = guard.check(r0.withPositions(x.segment()));
        assertTrue(o.any());
        assertEquals(1, o.closest().getFirst().firstId());
        assertEquals(2, o.closest().getFirst().secondId());
        assertEquals(0.4 * d, o.closest().getFirst().distance(), 1e-12);
    }
}
