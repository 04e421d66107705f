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
            assertTrue(c.forceNormA() > 0, "random positions overlap");
            assertTrue(c.report().contains("relative difference"), c.report());
        }
    }

    @Test
    void aMovedParticleShowsInPositionsAndEnergy() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration a = Glasses.randomAtPackingFraction(arena, 200, 0.7, 3);
            Configuration b = a.copy(arena);
            b.setX(7, 0, b.x(7, 0) + 1e-3);
            GlassComparison c = GlassComparison.of(a, b, HARMONIC);
            assertEquals(1e-3, c.maxDisplacement(), 1e-12);
            assertEquals(1e-3 / Math.sqrt(200), c.rmsDisplacement(), 1e-12);
            assertTrue(c.relativeEnergyDifference() > 1e-8, c.report());
            Configuration smaller = Glasses.randomAtPackingFraction(arena, 100, 0.7, 3);
            assertThrows(IllegalArgumentException.class, () -> GlassComparison.of(a, smaller, HARMONIC));
        }
    }
}
