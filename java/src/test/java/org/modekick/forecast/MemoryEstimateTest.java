package org.modekick.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;
import org.modekick.modes.ModeSelection;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.system.Box;
import org.modekick.system.Configuration;

/** The memory model against the figures it was made from, and its parts where they can be counted. */
class MemoryEstimateTest {

    static final double MB = 1e6;

    @Test
    void theFactorIsMumpsMeasuredOneAtSixteenThousandAndGrowsAsNToThe139() {
        MemoryEstimate at16k = new MemoryEstimate(16_000, 100, MemoryEstimate.HARMONIC_NEIGHBOURS, 1, true);
        assertEquals(646, at16k.factorBytes() / MB, 1e-9, "INFOG(16) of the pivoting factorisation at N = 16,000");
        MemoryEstimate at32k = new MemoryEstimate(32_000, 100, MemoryEstimate.HARMONIC_NEIGHBOURS, 1, true);
        assertEquals(Math.pow(2, 1.39), at32k.factorBytes() / at16k.factorBytes(), 1e-12);
    }

    @Test
    void theHarmonicPeakAtThirtyTwoThousandAndAHundredModesIsTheMeasuredOne() {
        // measured peak resident size of modes --count 100 on the harmonic N = 32,000 glass: 2,320 (definite MUMPS)
        // and 2,467 MB (pivoting), z = 8.71 counted on that glass
        MemoryEstimate e = new MemoryEstimate(32_000, 100, 8.71, 2, true);
        double peak = e.peakBytes() / MB;
        assertTrue(peak > 0.9 * 2320 && peak < 1.1 * 2467, "estimated " + peak + " MB");
        assertEquals(e.eigensolverBytes(), e.peakBytes(), "the eigensolver, not excite, is the peak");
        // the Lanczos basis alone: 3N x ncv doubles, ncv = 2K
        double basis = 3.0 * 32_000 * 200 * 8;
        MemoryEstimate more = new MemoryEstimate(32_000, 101, 8.71, 2, true);
        assertEquals(basis / 100 + 2 * 3.0 * 32_000 * 8, more.eigensolverBytes() - e.eigensolverBytes(), 1e-3,
                "one mode more: two basis vectors and its eigenvector twice");
    }

    @Test
    void theLjPeakAtEightThousandAndSixtyModesIsTheMeasuredOne() {
        // measured: study --data lj-8000-1 --count 60 --workers 2 (modes, then excite), peak 1,638 MB; z = 62.1
        double peak = new MemoryEstimate(8000, 60, 62.1, 2, true).peakBytes() / MB;
        assertTrue(peak > 0.9 * 1638 && peak < 1.1 * 1638, "estimated " + peak + " MB");
    }

    @Test
    void anExciteRunGivenItsModesNeedsNoFactor() {
        MemoryEstimate e = new MemoryEstimate(32_000, 100, 8.71, 2, false);
        assertEquals(e.exciteBytes(), e.peakBytes());
        assertTrue(e.peakBytes() < 0.5 * new MemoryEstimate(32_000, 100, 8.71, 2, true).peakBytes());
        assertTrue(!e.describe().containsKey("factor_MB"));
        double perWorker = new MemoryEstimate(32_000, 100, 8.71, 3, false).exciteBytes() - e.exciteBytes();
        assertEquals(MemoryEstimate.WORKER_BYTES_PER_PARTICLE * 32_000, perWorker, 1e-3);
    }

    @Test
    void aSelectionByFrequencyIsEstimatedAsAFractionOfTheModes() {
        assertEquals(100, MemoryEstimate.modes(new ModeSelection.Lowest(100), 32_000));
        assertEquals(6720, MemoryEstimate.modes(new ModeSelection.BelowBosonPeak(), 32_000));
        assertEquals(20, MemoryEstimate.modes(new ModeSelection.BelowBosonPeak(), 50), "never fewer than 20");
    }

    @Test
    void neighboursCountEachPairWithinItsCutoffTwice() {
        // a simple cubic lattice of spacing 1: 6 neighbours within 1.2, 18 within 1.5
        try (Arena arena = Arena.ofConfined()) {
            int side = 6;
            Configuration c = Configuration.allocate(arena, Box.cube(side), 1, side * side * side);
            int i = 0;
            for (int x = 0; x < side; x++) {
                for (int y = 0; y < side; y++) {
                    for (int z = 0; z < side; z++, i++) {
                        c.setX(i, 0, x + 0.5);
                        c.setX(i, 1, y + 0.5);
                        c.setX(i, 2, z + 0.5);
                    }
                }
            }
            assertEquals(6, MemoryEstimate.neighbours(c, ForceField.single(new HarmonicContact(1, 1.2))), 1e-12);
            assertEquals(18, MemoryEstimate.neighbours(c, ForceField.single(new HarmonicContact(1, 1.5))), 1e-12);
        }
    }
}
