package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;
import org.modekick.testing.Glasses;

class StructureMatchTest {

    private static final double TOL = 1e-6;

    /** A dense disordered structure: sites at least ~0.4 apart, so matching within TOL is unambiguous. */
    private static Configuration sites(Arena arena) {
        return Glasses.jitteredLattice(arena, 8, 0.997, 0.2, 17);
    }

    private static MemorySegment copy(Configuration c, Arena arena) {
        return new ParticleVector(c.positions()).copy(arena).segment();
    }

    private static void swap(MemorySegment positions, int a, int b) {
        ParticleVector x = new ParticleVector(positions);
        for (int c = 0; c < 3; c++) {
            double t = x.get(3L * a + c);
            x.set(3L * a + c, x.get(3L * b + c));
            x.set(3L * b + c, t);
        }
    }

    /** Adds {@code delta} to component {@code index} of {@code positions}. */
    private static void nudge(MemorySegment positions, long index, double delta) {
        ParticleVector x = new ParticleVector(positions);
        x.set(index, x.get(index) + delta);
    }

    private static void shift(MemorySegment positions, double dx, double dy, double dz, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] d = {dx, dy, dz};
        ParticleVector x = new ParticleVector(positions);
        for (long r = 0; r < x.length(); r++) {
            x.set(r, x.get(r) + d[(int) (r % 3)] + noise * (2 * random.nextDouble() - 1));
        }
    }

    @Test
    void twoSwappedParticlesAreTheSameStructure() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = sites(arena);
            MemorySegment b = copy(c, arena);
            swap(b, 10, 11); // neighbours on the lattice
            StructureMatch m = StructureMatch.compare(c.box(), c.positions(), b, TOL);
            assertEquals(StructureMatch.Kind.RELABELLED, m.kind());
            assertTrue(m.sameStructure());
            assertEquals(2, m.relabelled());
            assertTrue(m.distance() > 0.5, "labelled |dr| is of order the spacing: " + m.distance());
            assertTrue(m.matchedDistance() < 1e-12, "after matching the states coincide: " + m.matchedDistance());
        }
    }

    @Test
    void swapPlusTranslationPlusResidualIsStillTheSameStructure() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = sites(arena);
            MemorySegment b = copy(c, arena);
            swap(b, 3, 4);
            // a rigid shift that wraps particles across the box, and residual noise far below TOL
            shift(b, 0.37, -5.1, 0.02, 1e-9, 5);
            StructureMatch m = StructureMatch.compare(c.box(), c.positions(), b, TOL);
            assertEquals(StructureMatch.Kind.RELABELLED, m.kind());
            assertEquals(2, m.relabelled());
        }
    }

    @Test
    void aThreeCycleIsTheSameStructure() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = sites(arena);
            MemorySegment b = copy(c, arena);
            swap(b, 20, 21);
            swap(b, 21, 28);
            StructureMatch m = StructureMatch.compare(c.box(), c.positions(), b, TOL);
            assertEquals(StructureMatch.Kind.RELABELLED, m.kind());
            assertEquals(3, m.relabelled());
        }
    }

    /** Half an fcc crystal moved by +a/2, half by -a/2 along y: the lattice translated by a/2, relabelled. */
    @Test
    void aCrystalThatSlippedIntoItselfIsTheSameStructure() {
        try (Arena arena = Arena.ofConfined()) {
            double d = 0.98;
            Configuration c = CrystalTest.fcc(arena, 4, d);
            double half = d * Math.sqrt(2) / 2;
            MemorySegment b = copy(c, arena);
            for (int i = 0; i < c.size(); i++) {
                double shift = c.x(i, 0) < c.box().lx() / 2 ? half : -half;
                nudge(b, 3L * i + 1, shift + 1e-9 * (i % 7));
            }
            StructureMatch m = StructureMatch.compare(c.box(), c.positions(), b, TOL);
            assertEquals(StructureMatch.Kind.RELABELLED, m.kind());
            assertEquals(c.size() / 2, m.relabelled(), "translated by a/2, one half keeps its labels");
            assertEquals(half * Math.sqrt(c.size()), m.distance(), 1e-6, "labelled |dr|: every particle moved a/2");
        }
    }

    @Test
    void aTranslatedCopyIsIdentical() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = sites(arena);
            MemorySegment b = copy(c, arena);
            shift(b, 1.5, 2.25, -0.75, 0, 1);
            StructureMatch m = StructureMatch.compare(c.box(), c.positions(), b, TOL);
            assertEquals(StructureMatch.Kind.IDENTICAL, m.kind());
            assertEquals(0, m.distance(), 1e-12);
        }
    }

    @Test
    void aRearrangementOrASwapWithMovedNeighboursIsDifferent() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = sites(arena);
            MemorySegment moved = copy(c, arena);
            nudge(moved, 3L * 7, 0.05);
            StructureMatch m = StructureMatch.compare(c.box(), c.positions(), moved, TOL);
            assertEquals(StructureMatch.Kind.DIFFERENT, m.kind());
            assertFalse(m.sameStructure());
            assertEquals(0.05 * Math.sqrt(1 - 1.0 / c.size()), m.distance(), 1e-9, "|dr| without the translation");

            MemorySegment swapped = copy(c, arena);
            swap(swapped, 10, 11);
            nudge(swapped, 3L * 12 + 1, 1e-4); // beyond TOL
            assertEquals(StructureMatch.Kind.DIFFERENT,
                    StructureMatch.compare(c.box(), c.positions(), swapped, TOL).kind());
        }
    }
}
