package org.modekick.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modekick.modes.Mode;
import org.modekick.modes.Modes;

class ModeComparisonTest {

    /** Unit vector along coordinates a and b: cos(t) e_a + sin(t) e_b, in 3N = 6 dimensions. */
    private static MemorySegment vector(Arena arena, int a, int b, double t) {
        MemorySegment v = arena.allocate(ValueLayout.JAVA_DOUBLE, 6);
        v.setAtIndex(ValueLayout.JAVA_DOUBLE, a, Math.cos(t));
        v.setAtIndex(ValueLayout.JAVA_DOUBLE, b, v.getAtIndex(ValueLayout.JAVA_DOUBLE, b) + Math.sin(t));
        return v;
    }

    private static Modes modes(double[] lambdas, MemorySegment... vectors) {
        List<Mode> list = new ArrayList<>();
        for (int i = 0; i < lambdas.length; i++) {
            list.add(new Mode(lambdas[i], vectors[i]));
        }
        return new Modes(2, list);
    }

    @Test
    void signsDoNotMatterAndSmallChangesAreMeasured() {
        try (Arena arena = Arena.ofConfined()) {
            Modes a = modes(new double[] {1, 2, 3}, vector(arena, 0, 1, 0), vector(arena, 1, 0, 0),
                    vector(arena, 2, 3, 0));
            Modes b = modes(new double[] {1, 2 * (1 + 3e-11), 3}, vector(arena, 0, 1, Math.PI),
                    vector(arena, 1, 0, 0), vector(arena, 2, 3, 1e-4));
            ModeComparison c = ModeComparison.of(a, b, 1e-6);
            assertEquals(3e-11, c.maxEigenvalueDifference(), 1e-15);
            assertEquals(2, c.worstEigenvalueMode());
            assertEquals(1e-4, c.maxVectorDeviation(), 1e-9);
            assertEquals(3, c.worstVectorMode());
            assertEquals(0, c.grouped());
            assertTrue(c.sameCount());
        }
    }

    @Test
    void vectorsMayRotateWithinADegenerateLevel() {
        try (Arena arena = Arena.ofConfined()) {
            Modes a = modes(new double[] {1, 5, 5 * (1 + 1e-7)}, vector(arena, 0, 1, 0), vector(arena, 2, 3, 0),
                    vector(arena, 3, 2, 0));
            Modes b = modes(new double[] {1, 5, 5 * (1 + 1e-7)}, vector(arena, 0, 1, 0), vector(arena, 2, 3, 0.7),
                    vector(arena, 3, 2, -0.7));
            ModeComparison c = ModeComparison.of(a, b, 1e-6);
            assertTrue(c.maxVectorDeviation() < 1e-7, c.report(1e-6));
            assertEquals(2, c.grouped());
            // with a window narrower than the splitting each is judged alone, and the rotation shows
            assertEquals(Math.sin(0.7), ModeComparison.of(a, b, 1e-8).maxVectorDeviation(), 1e-12);
        }
    }

    @Test
    void aMissingModeIsADifferentCount() {
        try (Arena arena = Arena.ofConfined()) {
            Modes a = modes(new double[] {1, 2}, vector(arena, 0, 1, 0), vector(arena, 1, 0, 0));
            Modes b = modes(new double[] {1}, vector(arena, 0, 1, 0));
            assertFalse(ModeComparison.of(a, b, 1e-6).sameCount());
        }
    }
}
