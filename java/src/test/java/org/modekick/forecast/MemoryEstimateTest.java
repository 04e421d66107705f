package org.modekick.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.modekick.forecast.MemoryEstimate.Factoriser.CHOLMOD;
import static org.modekick.forecast.MemoryEstimate.Factoriser.MUMPS;

import java.lang.foreign.Arena;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.modekick.eigen.EigenSolver;
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
        MemoryEstimate at16k = new MemoryEstimate(16_000, 100, MemoryEstimate.HARMONIC_NEIGHBOURS, 1, true, MUMPS);
        assertEquals(646, at16k.factorBytes() / MB, 1e-9, "INFOG(16) of the pivoting factorisation at N = 16,000");
        MemoryEstimate at32k = new MemoryEstimate(32_000, 100, MemoryEstimate.HARMONIC_NEIGHBOURS, 1, true, MUMPS);
        assertEquals(Math.pow(2, 1.39), at32k.factorBytes() / at16k.factorBytes(), 1e-12);
    }

    @Test
    void theHarmonicPeakAtThirtyTwoThousandAndAHundredModesIsTheMeasuredOne() {
        // measured peak resident size of modes --count 100 on the harmonic N = 32,000 glass: 2,320 (definite MUMPS)
        // and 2,467 MB (pivoting) before the count check discarded its factors, 2,384-2,418 MB (2,274-2,306 MiB)
        // after; z = 8.71 counted on that glass
        MemoryEstimate e = new MemoryEstimate(32_000, 100, 8.71, 2, true, MUMPS);
        double peak = e.peakBytes() / MB;
        assertTrue(peak > 0.9 * 2320 && peak < 1.1 * 2467, "estimated " + peak + " MB");
        assertEquals(e.eigensolverBytes(), e.peakBytes(), "the eigensolver, not excite, is the peak");
        // the Lanczos basis alone: 3N x ncv doubles, ncv = 2K
        double basis = 3.0 * 32_000 * 200 * 8;
        MemoryEstimate more = new MemoryEstimate(32_000, 101, 8.71, 2, true, MUMPS);
        assertEquals(basis / 100 + 2 * 3.0 * 32_000 * 8, more.eigensolverBytes() - e.eigensolverBytes(), 1e-3,
                "one mode more: two basis vectors and its eigenvector twice");
    }

    /** MB (10^6 bytes) of a peak_mb of bench modes, which is VmHWM in MiB. */
    static double fromMib(double mib) {
        return mib * 1024 * 1024 / MB;
    }

    static void assertWithin(double fraction, double measured, double estimated, String what) {
        assertTrue(Math.abs(estimated / measured - 1) <= fraction, what + ": estimated " + estimated + " MB, measured "
                + measured + " MB");
    }

    @Test
    void theCholmodPeakFollowsTheMeasuredOnesFromFourToOneHundredAndTwentyEightThousand() {
        // bench modes --count 100, harmonic glasses of seed 1, default options (CHOLMOD, count check by MUMPS with
        // ICNTL(31) = 1): peak_mb (VmHWM, MiB) of each run; at 32,000 three runs, at 16,000 an earlier one too
        double[][] measured = {{4000, 274}, {8000, 457}, {16_000, 900}, {16_000, 1001}, {32_000, 1992},
            {32_000, 2005}, {32_000, 2038}, {128_000, 11_011}};
        for (double[] m : measured) {
            MemoryEstimate e = new MemoryEstimate((int) m[0], 100, 8.71, 1, true, CHOLMOD);
            assertWithin(0.15, fromMib(m[1]), e.peakBytes() / MB, "N = " + (int) m[0]);
        }
        // CHOLMOD's own peak, Common.memory_usage of -eps_view: 1,559 MB at 32,000, 571 MB at 16,000
        assertWithin(0.1, 1559, new MemoryEstimate(32_000, 100, 8.71, 1, true, CHOLMOD).factorBytes() / MB,
                "CHOLMOD's factor at 32,000");
        assertWithin(0.1, 571, new MemoryEstimate(16_000, 100, 8.71, 1, true, CHOLMOD).factorBytes() / MB,
                "CHOLMOD's factor at 16,000");
    }

    @Test
    void cholmodAndMumpsGetTheirOwnEstimatesEachNearItsMeasuredPeak() {
        MemoryEstimate cholmod = new MemoryEstimate(32_000, 100, 8.71, 1, true, CHOLMOD);
        MemoryEstimate mumps = new MemoryEstimate(32_000, 100, 8.71, 1, true, MUMPS);
        // measured at 32,000 on the same glass and build: CHOLMOD 1,992-2,038 MiB, MUMPS forced 2,274-2,306 MiB
        assertWithin(0.15, fromMib(2005), cholmod.peakBytes() / MB, "CHOLMOD");
        assertWithin(0.15, fromMib(2290), mumps.peakBytes() / MB, "MUMPS");
        assertTrue(cholmod.peakBytes() < 0.92 * mumps.peakBytes(), cholmod.line() + " vs " + mumps.line());
        assertTrue(cholmod.factorBytes() < mumps.factorBytes());
        // N = 16,000: CHOLMOD 900-1,001 MiB, MUMPS 1,060 MiB
        assertWithin(0.15, fromMib(1060), new MemoryEstimate(16_000, 100, 8.71, 1, true, MUMPS).peakBytes() / MB,
                "MUMPS at 16,000");
        // the count check's MUMPS with its factors discarded never sets the peak for harmonic glasses
        assertTrue(MemoryEstimate.DISCARDED_FRACTION * mumps.factorBytes() < cholmod.factorBytes());
        assertEquals(cholmod.eigensolverBytes(), cholmod.peakBytes(), "the eigensolver, not excite, is the peak");
    }

    @Test
    void theLineAndSummaryNameThePackage() {
        MemoryEstimate cholmod = new MemoryEstimate(32_000, 100, 8.71, 1, true, CHOLMOD);
        assertTrue(cholmod.line().contains("(CHOLMOD factor 1.5 GB)"), cholmod.line());
        Map<String, Object> d = cholmod.describe();
        assertEquals("cholmod", d.get("factor_package"));
        assertEquals(MemoryEstimate.mb(cholmod.factorBytes()), d.get("factor_MB"));
        MemoryEstimate mumps = new MemoryEstimate(32_000, 100, 8.71, 4, true, MUMPS);
        assertTrue(mumps.line().contains("(MUMPS factor 1.7 GB)"), mumps.line());
        assertEquals("mumps", mumps.describe().get("factor_package"));
        assertTrue(!new MemoryEstimate(32_000, 100, 8.71, 2, false, MUMPS).describe().containsKey("factor_package"));
    }

    @Test
    void theFactoriserIsThePackageTheSolveWillUse() {
        EigenSolver.Options defaults = EigenSolver.Options.defaults();
        ModeSelection lowest = new ModeSelection.Lowest(100);
        // this PETSc has CHOLMOD (the eigen tests need it too)
        assertEquals(CHOLMOD, MemoryEstimate.Factoriser.of(lowest, defaults, 1));
        assertEquals(MUMPS, MemoryEstimate.Factoriser.of(lowest, defaults, 2), "CHOLMOD is sequential");
        assertEquals(MUMPS, MemoryEstimate.Factoriser.of(new ModeSelection.BelowBosonPeak(), defaults, 1),
                "slicing needs the inertia");
        assertEquals(MUMPS, MemoryEstimate.Factoriser.of(lowest,
                defaults.withPetscOptions("-eps_tol 1e-10 -st_pc_factor_mat_solver_type mumps"), 1), "the user's");
        assertEquals(CHOLMOD, MemoryEstimate.Factoriser.of(lowest,
                defaults.withPetscOptions("-st_pc_factor_mat_solver_type mumps -st_pc_factor_mat_solver_type cholmod"),
                2), "the user's, the last given");
        assertEquals(MUMPS, MemoryEstimate.Factoriser.named("superlu_dist"), "no model of its own");
    }

    @Test
    void theCholmodPeakOfLjGlassesIsTheMeasuredOne() {
        // modes / bench modes --count 100 on LJ glasses of seed 1 (z = 62.1 counted), CHOLMOD: VmHWM 1,455 MiB at
        // N = 8000, 723-734 MiB at 4000; CHOLMOD's own peak 1,119 MB at 8000
        MemoryEstimate at8k = new MemoryEstimate(8000, 100, 62.1, 1, true, CHOLMOD);
        assertWithin(0.15, fromMib(1455), at8k.peakBytes() / MB, "N = 8000");
        assertWithin(0.1, 1119, at8k.factorBytes() / MB, "CHOLMOD's factor at 8000");
        MemoryEstimate at4k = new MemoryEstimate(4000, 100, 62.1, 1, true, CHOLMOD);
        assertWithin(0.15, fromMib(723), at4k.peakBytes() / MB, "N = 4000, bench modes");
        assertWithin(0.15, fromMib(734), at4k.peakBytes() / MB, "N = 4000, modes");
        // MUMPS forced at 4000: 775 MiB
        assertWithin(0.15, fromMib(775), new MemoryEstimate(4000, 100, 62.1, 1, true, MUMPS).peakBytes() / MB,
                "MUMPS at N = 4000");
    }

    @Test
    void theLjPeakAtEightThousandAndSixtyModesIsTheMeasuredOne() {
        // measured: study --data lj-8000-1 --count 60 --workers 2 (modes, then excite), peak 1,638 MB; z = 62.1
        double peak = new MemoryEstimate(8000, 60, 62.1, 2, true, MUMPS).peakBytes() / MB;
        assertTrue(peak > 0.9 * 1638 && peak < 1.1 * 1638, "estimated " + peak + " MB");
    }

    @Test
    void anExciteRunGivenItsModesNeedsNoFactor() {
        MemoryEstimate e = new MemoryEstimate(32_000, 100, 8.71, 2, false, MUMPS);
        assertEquals(e.exciteBytes(), e.peakBytes());
        assertTrue(e.peakBytes() < 0.5 * new MemoryEstimate(32_000, 100, 8.71, 2, true, MUMPS).peakBytes());
        assertTrue(!e.describe().containsKey("factor_MB"));
        double perWorker = new MemoryEstimate(32_000, 100, 8.71, 3, false, MUMPS).exciteBytes() - e.exciteBytes();
        assertEquals(MemoryEstimate.WORKER_BYTES_PER_PARTICLE * 32_000, perWorker, 1e-3);
    }

    @Test
    void aSelectionByFrequencyIsEstimatedAsAFractionOfTheModes() {
        assertEquals(100, MemoryEstimate.modes(new ModeSelection.Lowest(100), 32_000));
        assertEquals(675, MemoryEstimate.modes(new ModeSelection.BelowBosonPeak(), 32_000), "200 modes, one growth");
        assertEquals(5184, MemoryEstimate.modes(new ModeSelection.BelowBosonPeak(), 512_000), "0.1% of 3N, one growth");
        assertEquals(147, MemoryEstimate.modes(new ModeSelection.BelowBosonPeak(), 50), "no more than 3N - 3");
        assertEquals(6720, MemoryEstimate.modes(new ModeSelection.BelowFrequency(0.1), 32_000), "a guess: 7% of 3N");
        assertEquals(20, MemoryEstimate.modes(new ModeSelection.BelowFrequency(0.1), 50), "never fewer than 20");
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
