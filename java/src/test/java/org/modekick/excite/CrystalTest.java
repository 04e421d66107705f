package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.modekick.modes.Mode;
import org.modekick.potential.ModeExpansion;
import org.modekick.potential.ForceField;
import org.modekick.potential.HarmonicContact;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * A perfect crystal never rearranges under a kick along one of its modes below its mechanical limit
 * (section II.C: anharmonicities in crystals do not change the inherent structure).
 */
class CrystalTest {

    @TempDir
    Path dir;

    /** fcc, cells^3 conventional cells, nearest neighbours at distance d (d &lt; sigma = 1: compressed contacts). */
    static Configuration fcc(Arena arena, int cells, double d) {
        double a = d * Math.sqrt(2);
        Configuration c = Configuration.allocate(arena, Box.cube(cells * a), 1, 4 * cells * cells * cells);
        double[][] basis = {{0.25, 0.25, 0.25}, {0.75, 0.75, 0.25}, {0.75, 0.25, 0.75}, {0.25, 0.75, 0.75}};
        int i = 0;
        for (int x = 0; x < cells; x++) {
            for (int y = 0; y < cells; y++) {
                for (int z = 0; z < cells; z++) {
                    int[] cell = {x, y, z};
                    for (double[] b : basis) {
                        for (int k = 0; k < 3; k++) {
                            c.setX(i, k, (cell[k] + b[k]) * a);
                        }
                        i++;
                    }
                }
            }
        }
        return c;
    }

    /**
     * A plane wave e_i = s cos(q . r_i) (or sin), normalised, q = 2 pi n / L: an exact eigenvector of a
     * Bravais lattice's Hessian when the polarisation s is one of D(q)'s, which symmetry fixes along the
     * cubic axes, the face diagonals and the body diagonal.
     */
    static Mode planeWave(Arena arena, Configuration c, ForceField ff, int[] n, double[] s, boolean sine) {
        ParticleVector e = ParticleVector.allocate(arena, c.size());
        double sn = Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]);
        for (int i = 0; i < c.size(); i++) {
            double phase = 0;
            for (int a = 0; a < 3; a++) {
                phase += 2 * Math.PI * n[a] / c.box().length(a) * c.x(i, a);
            }
            double f = sine ? Math.sin(phase) : Math.cos(phase);
            for (int a = 0; a < 3; a++) {
                e.set(3L * i + a, s[a] / sn * f);
            }
        }
        double norm = e.norm();
        for (long r = 0; r < 3L * c.size(); r++) {
            e.set(r, e.get(r) / norm);
        }
        double lambda = ModeExpansion.along(c, ff, e.segment()).kappa();
        ParticleVector he = ParticleVector.allocate(arena, c.size());
        ModeExpansion.hessianTimes(c, ff, e.segment(), he.segment());
        he.setSum(he, -lambda, e);
        assertTrue(he.norm() < 1e-12 * lambda, "not an eigenvector: |He - lambda e| = " + he.norm());
        return new Mode(lambda, e.segment());
    }

    /** The paper's harmonic contacts, fcc with nearest neighbours at 0.98 sigma (compressed contacts). */
    private record Crystal(Reference reference, List<Mode> modes, Thresholds thresholds) {

        static Crystal make(Arena arena, Path dir) {
            ForceField ff = ForceField.single(new HarmonicContact(1, 1));
            Reference ref = Reference.of(fcc(arena, 4, 0.98), ff, new double[] {1}, dir.resolve("ref.log"), arena);
            assertTrue(ref.forceNorm() < 1e-12, "a perfect lattice is at rest: |F| = " + ref.forceNorm());
            Configuration c = ref.structure();
            List<Mode> modes = List.of(
                    planeWave(arena, c, ff, new int[] {1, 0, 0}, new double[] {0, 1, 0}, false), // T [100]
                    planeWave(arena, c, ff, new int[] {0, 1, 0}, new double[] {0, 1, 0}, true), // L [010]
                    planeWave(arena, c, ff, new int[] {1, 1, 0}, new double[] {1, -1, 0}, false), // T1 [110]
                    planeWave(arena, c, ff, new int[] {1, 1, 0}, new double[] {0, 0, 1}, true), // T2 [110]
                    planeWave(arena, c, ff, new int[] {1, 1, 0}, new double[] {1, 1, 0}, false), // L [110]
                    planeWave(arena, c, ff, new int[] {1, 1, 1}, new double[] {1, 1, 1}, true), // L [111]
                    planeWave(arena, c, ff, new int[] {0, 0, 2}, new double[] {1, 0, 0}, false)); // T [002]
            // the lowest of these bounds the softest mode from above: delta errs on the strict side
            double lambdaMin = modes.stream().mapToDouble(Mode::lambda).min().orElseThrow();
            return new Crystal(ref, modes, Thresholds.derive(1e-10, ref.forceNorm(), lambdaMin, ref.energy()));
        }

        ModeResult excite(int k, double aMax, Path log) {
            // the scan from a_min: every grid point is kicked, which is what the tests below look at
            ExciteSettings s = new ExciteSettings(1e-6, aMax, 10, 1e-2,
                    ModelSystem.HARMONIC.fireSettings().withMaxIterations(100_000), true)
                    .withScanStart(ExciteSettings.ScanStart.A_MIN);
            try (Relaxer relaxer = Relaxer.open(reference, s.fire(), thresholds, log);
                 ModeExcitation excitation = new ModeExcitation(relaxer, s, thresholds);
                 Arena results = Arena.ofConfined()) {
                return excitation.excite(k, modes.get(k - 1), 0, 0, 1, results).result();
            }
        }
    }

    /**
     * Below the mechanical limit (here A ~ 0.35: beyond it the lattice slips, see the next test) every
     * kick of every mode relaxes back to the perfect lattice.
     */
    @Test
    void compressedHarmonicFccNeverTransitionsBelowItsMechanicalLimit() {
        try (Arena arena = Arena.ofShared()) {
            Crystal crystal = Crystal.make(arena, dir);
            for (int k = 1; k <= crystal.modes().size(); k++) {
                ModeResult r = crystal.excite(k, 0.2, dir.resolve("fcc-" + k + ".log"));
                assertEquals(Status.NO_TRANSITION, r.status(), "mode " + k + ": " + r);
                assertEquals(7, r.trials().size(), "kicks 1e-6, 1e-5, ..., 1e-1 and 0.2");
                for (Trial trial : r.trials()) {
                    assertEquals(Outcome.RETURNED, trial.outcome(), trial.toString());
                }
            }
        }
    }

    /**
     * Beyond the limit the T [100] wave shears the lattice into itself: halves of the crystal move by
     * +-a/2, which is the lattice translated by a/2 with one half relabelled, the same structure (an
     * exchange), not a transition, although every particle moved and |dr| of Eq. (6) is 11.
     */
    @Test
    void beyondItTheLatticeSlipsIntoItselfWhichIsNoTransition() {
        try (Arena arena = Arena.ofShared()) {
            Crystal crystal = Crystal.make(arena, dir);
            ModeResult r = crystal.excite(1, 1.0, dir.resolve("slip.log"));
            assertEquals(Status.EXCHANGE, r.status(), r.toString());
            assertTrue(r.relabelled() >= crystal.reference().particles() / 4, "a collective slip: " + r.relabelled());
            assertTrue(r.criticalAmplitude() > 0.2 && r.criticalAmplitude() < 1.0, r.toString());
        }
    }
}
