package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.potential.PairForces;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;
import org.modekick.testing.Glasses;

class ObservablesTest {

    /** A random direction orthogonal to translations, unit length. */
    private static ParticleVector direction(Arena arena, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ParticleVector e = ParticleVector.allocate(arena, n);
        double[] mean = new double[3];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double v = random.nextGaussian();
                e.set(3L * i + a, v);
                mean[a] += v / n;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                e.set(3L * i + a, e.get(3L * i + a) - mean[a]);
            }
        }
        double norm = e.norm();
        for (long r = 0; r < 3L * n; r++) {
            e.set(r, e.get(r) / norm);
        }
        return e;
    }

    private static DisplacementField field(Configuration c, ParticleVector d, Arena arena) {
        ParticleVector r1 = ParticleVector.allocate(arena, c.size());
        r1.setSum(new ParticleVector(c.positions()), 1, d);
        return DisplacementField.between(c.box(), c.positions(), r1.segment(), arena);
    }

    /** Eq. (10): I = 1 when the rearrangement is along the mode, whatever its sign and length. */
    @Test
    void overlapIsOneAlongTheModeAndZeroAcrossIt() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 300, 0.5, 2);
            ParticleVector e = direction(arena, 300, 3);
            for (double s : new double[] {0.3, -0.02}) {
                ParticleVector d = ParticleVector.allocate(arena, 300);
                d.setSum(d, s, e);
                assertEquals(1.0, Observables.overlap(field(c, d, arena), e.segment()), 1e-12);
            }
            // a direction orthogonal to e
            ParticleVector f = direction(arena, 300, 4);
            f.setSum(f, -f.dot(e), e);
            assertEquals(0.0, Observables.overlap(field(c, f, arena), e.segment()), 1e-12);
        }
    }

    /** Eq. (9): m particles moved equally give N_rearr = m. */
    @Test
    void rearrangingCountsEquallyMovedParticles() {
        try (Arena arena = Arena.ofConfined()) {
            int n = 1000;
            Configuration c = Glasses.randomAtPackingFraction(arena, n, 0.5, 5);
            for (int m : new int[] {2, 8, 40}) {
                ParticleVector d = ParticleVector.allocate(arena, n);
                for (int i = 0; i < m; i++) {
                    // alternate signs so that the mean (the removed translation) vanishes
                    d.set(3L * i, (i % 2 == 0 ? 1 : -1) * 0.01);
                }
                DisplacementField f = field(c, d, arena);
                assertEquals(m, Observables.rearranging(f), 1e-9 * m);
                assertEquals(0.01 * Math.sqrt(m), f.norm(), 1e-15);
            }
            ParticleVector one = ParticleVector.allocate(arena, n);
            one.set(3L * 5 + 1, 0.2);
            assertEquals(1.0, Observables.rearranging(field(c, one, arena)), 0.01);
        }
    }

    @Test
    void aRigidTranslationIsNoDisplacement() {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.randomAtPackingFraction(arena, 200, 0.5, 6);
            ParticleVector d = ParticleVector.allocate(arena, 200);
            for (int i = 0; i < 200; i++) {
                d.set(3L * i, 0.3);
                d.set(3L * i + 2, -c.box().lz()); // a full box length: the same positions
            }
            DisplacementField f = field(c, d, arena);
            assertEquals(0, f.norm(), 1e-12);
            assertEquals(0.3, f.translation()[0], 1e-12);
        }
    }

    /** The pairwise sum equals the difference of totals, for the harmonic and the LJ potential. */
    @Test
    void energyChangeEqualsTheDifferenceOfTotalEnergies() {
        try (Arena arena = Arena.ofConfined()) {
            Object[][] systems = {
                {Glasses.randomAtPackingFraction(arena, 400, 0.73, 7), ForceField.single(new HarmonicContact(1, 1))},
                {Glasses.jitteredLattice(arena, 7, 0.997, 0.1, 8), ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5))},
            };
            for (Object[] s : systems) {
                Configuration c = (Configuration) s[0];
                ForceField ff = (ForceField) s[1];
                ParticleVector d = direction(arena, c.size(), 9);
                for (double scale : new double[] {1e-4, 0.05, 0.5}) {
                    ParticleVector ds = ParticleVector.allocate(arena, c.size());
                    ds.setSum(ds, scale, d);
                    ParticleVector moved = ParticleVector.allocate(arena, c.size());
                    moved.setSum(new ParticleVector(c.positions()), 1, ds);
                    double totals = PairForces.energy(c.withPositions(moved.segment()), ff) - PairForces.energy(c, ff);
                    double pairwise = EnergyChange.of(c, ff, ds.segment());
                    double scaleE = Math.abs(PairForces.energy(c, ff));
                    assertEquals(totals, pairwise, 1e-12 * scaleE + 1e-9 * Math.abs(totals), ff + " scale " + scale);
                }
            }
        }
    }

    /** Fig. 9(b): a synthetic field |dr_i| = r^-3 around one particle gives a = 3. */
    @Test
    void decayExponentOfAPowerLawField() {
        try (Arena arena = Arena.ofConfined()) {
            int m = 16;
            Configuration c = Glasses.jitteredLattice(arena, m, 1.0, 0.0, 1);
            Box box = c.box();
            int centre = 0;
            double[] r = DecayFit.distances(box, c.positions(), centre);
            ParticleVector d = ParticleVector.allocate(arena, c.size());
            for (int i = 0; i < c.size(); i++) {
                // radial, alternating so that the mean displacement stays negligible
                double amp = i == centre ? 10 : Math.pow(r[i], -3);
                d.set(3L * i + (i % 3), (i % 2 == 0 ? 1 : -1) * amp);
            }
            DisplacementField f = field(c, d, arena);
            DecayFit fit = DecayFit.fit(box, c.positions(), f);
            assertTrue(fit.bins() >= 3, "bins " + fit.bins());
            assertEquals(3.0, fit.exponent(), 0.05, "a of r^-3: " + fit);
            assertEquals(2.0, fit.rMin(), 1e-9);
            assertEquals(m / 2.0, fit.rMax(), 1e-9);
        }
    }
}
