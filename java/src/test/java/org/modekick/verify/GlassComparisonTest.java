package org.modekick.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.system.Configuration;
import org.modekick.testing.Glasses;

class GlassComparisonTest {

    private static final ForceField HARMONIC = ForceField.single(new HarmonicContact(1.0, 1.0));

    @Test
    void aGlassEqualsItselfAndAPeriodicImageOfItself() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration a = Glasses.randomAtPackingFraction(arena, 200, 0.7, 3);
            Configuration b = a.copy(arena);
            b.setX(5, 1, b.x(5, 1) + b.box().length(1)); // the same particle one box over
            GlassComparison c = GlassComparison.of(a, b, HARMONIC);
            assertEquals(0.0, c.relativeEnergyDifference(), 1e-15);
            assertEquals(0.0, c.maxDisplacement(), 1e-12);
            assertTrue(c.positionsAgree(0));
            assertTrue(c.forceNormA() > 0, "random positions overlap");
            assertTrue(c.report().contains("relative difference"), c.report());
        }
    }

    @Test
    void relabelledParticlesAreMatchedByPosition() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration a = Glasses.randomAtPackingFraction(arena, 200, 0.7, 3);
            Configuration b = a.copy(arena);
            for (int axis = 0; axis < 3; axis++) { // swap particles 10 and 20, and nudge one
                double x = b.x(10, axis);
                b.setX(10, axis, b.x(20, axis));
                b.setX(20, axis, x + (axis == 2 ? 1e-7 : 0));
            }
            GlassComparison c = GlassComparison.of(a, b, HARMONIC);
            assertEquals(0, c.unmatched());
            assertEquals(2, c.relabelled());
            assertEquals(1e-7, c.maxDisplacement(), 1e-12);
            assertTrue(c.positionsAgree(2e-7) && !c.positionsAgree(5e-8), c.report());
        }
    }

    @Test
    void aMovedParticleShowsInPositionsAndEnergy() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration a = Glasses.randomAtPackingFraction(arena, 200, 0.7, 3);
            Configuration b = a.copy(arena);
            b.setX(7, 0, b.x(7, 0) + 1e-3);
            b.setX(8, 1, b.x(8, 1) + 1.0); // beyond the matching radius: unmatched
            GlassComparison c = GlassComparison.of(a, b, HARMONIC);
            assertEquals(1, c.unmatched());
            assertEquals(1e-3, c.maxDisplacement(), 1e-12);
            assertEquals(1e-3 / Math.sqrt(199), c.rmsDisplacement(), 1e-12);
            assertTrue(!c.positionsAgree(1));
            assertTrue(c.relativeEnergyDifference() > 1e-8, c.report());
            Configuration smaller = Glasses.randomAtPackingFraction(arena, 100, 0.7, 3);
            assertThrows(IllegalArgumentException.class, () -> GlassComparison.of(a, smaller, HARMONIC));
        }
    }
}
