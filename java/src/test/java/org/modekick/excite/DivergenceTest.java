package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.lammps.FireSettings;
import org.modekick.modes.Mode;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.potential.LennardJonesSmoothLinear;
import org.modekick.potential.ModeExpansion;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/** Kicks that overlap LJ particles until the potential diverges are reported, never handed to LAMMPS. */
class DivergenceTest {

    @TempDir
    Path dir;

    @Test
    void divergenceDistanceOfTheTwoPotentials() {
        double lj = Divergence.of(ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5))).distance();
        LennardJonesSmoothLinear p = new LennardJonesSmoothLinear(1, 1, 2.5);
        assertEquals(Divergence.ENERGY, p.phi(lj), 1e-6 * Divergence.ENERGY);
        // 4 (x^2 - x) = E with x = r^-6, up to the small shift of the potential
        double x = (1 + Math.sqrt(1 + Divergence.ENERGY)) / 2;
        assertEquals(Math.pow(x, -1.0 / 6), lj, 1e-3);
        // the harmonic potential is bounded (eps / 2): only coincident particles count
        assertEquals(Divergence.COINCIDENT, Divergence.of(ForceField.single(new HarmonicContact(1, 1))).distance(), 0);
    }

    /**
     * Two neighbours of an LJ fcc crystal pushed at each other: every kick relaxes back to the lattice
     * until the pair comes within r_div, where the search stops with status diverged.
     */
    @Test
    void aPairPushedTogetherDivergesAndIsReportedAsSuch() {
        try (Arena arena = Arena.ofShared()) {
            ForceField ff = ForceField.single(new LennardJonesSmoothLinear(1, 1, 2.5));
            double nn = Math.pow(2, 1.0 / 6);
            Reference ref = Reference.of(CrystalTest.fcc(arena, 4, nn), ff, new double[] {1}, dir.resolve("ref.log"), arena);
            Configuration c = ref.structure();
            int n = c.size();
            int a = 0;
            int b = -1;
            double best = Double.MAX_VALUE;
            double[] d = new double[3];
            for (int j = 1; j < n; j++) {
                double s = 0;
                double[] v = new double[3];
                for (int k = 0; k < 3; k++) {
                    v[k] = c.box().minimumImage(c.x(j, k) - c.x(a, k), k);
                    s += v[k] * v[k];
                }
                if (s < best) {
                    best = s;
                    b = j;
                    d = v;
                }
            }
            // e: a and b towards each other, the rest still; unit length and no net translation
            ParticleVector e = ParticleVector.allocate(arena, n);
            double r = Math.sqrt(best);
            for (int k = 0; k < 3; k++) {
                e.set(3L * a + k, d[k] / r / Math.sqrt(2));
                e.set(3L * b + k, -d[k] / r / Math.sqrt(2));
            }
            double kappa = ModeExpansion.along(c, ff, e.segment()).kappa();
            Mode push = new Mode(kappa, e.segment());
            FireSettings fire = FireSettings.lennardJones().withMaxIterations(100_000);
            Thresholds t = Thresholds.derive(fire.forceTolerance(), ref.forceNorm(), 1.0, ref.energy());
            ExciteSettings s = new ExciteSettings(1e-5, 1, 10, 1e-2, fire, true);
            ModeResult result;
            try (Relaxer relaxer = Relaxer.open(ref, fire, t, dir.resolve("lj.log"));
                 ModeExcitation excitation = new ModeExcitation(relaxer, s, t);
                 Arena results = Arena.ofConfined()) {
                result = excitation.excite(1, push, 0, 0, 1, results).result();
            }
            assertEquals(Status.DIVERGED, result.status(), result.toString());
            assertTrue(result.reason().contains("diverge"), result.reason());
            double smallestDiverging = Double.POSITIVE_INFINITY;
            for (Trial trial : result.trials()) {
                if (trial.outcome() == Outcome.DIVERGED) {
                    smallestDiverging = Math.min(smallestDiverging, trial.amplitude());
                } else {
                    assertEquals(Outcome.RETURNED, trial.outcome(), trial.toString());
                }
            }
            // pushed together (tau < 0 as given), a and b close at sqrt(2) A sqrt(N); pulled apart (e flipped
            // to make tau < 0), each closes on its neighbour on the far side at A sqrt(N) / sqrt(2)
            double rate = result.flipped() ? 1 / Math.sqrt(2) : Math.sqrt(2);
            double rDiv = Divergence.of(ff).distance();
            assertTrue(r - rate * smallestDiverging * Math.sqrt(n) < rDiv, "diverging at " + smallestDiverging);
            assertTrue(r - rate * result.lowerAmplitude() * Math.sqrt(n) > rDiv, "returning at " + result.lowerAmplitude());
            assertTrue(smallestDiverging / result.lowerAmplitude() <= 1 + s.precision(), result.toString());
        }
    }
}
