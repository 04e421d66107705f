package org.modekick.excite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.lammps.FireSettings;
import org.modekick.lammps.LammpsSession;
import org.modekick.modes.Mode;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.ForceField;
import org.modekick.potential.ModeExpansion;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;
import org.modekick.testing.SmallGlass;

/**
 * The search against the plainest possible protocol: a fine scan of A upwards, every kick relaxed to
 * convergence in a plain LAMMPS session (no early stops, no reuse tricks), "left" meaning |dr| &gt; delta.
 */
class BruteForceScanTest {

    @TempDir
    static Path dir;
    static Arena arena;
    static SmallGlass glass;

    @BeforeAll
    static void glass() throws Exception {
        arena = Arena.ofShared();
        glass = SmallGlass.harmonic(dir, 500, 3, 3, arena);
    }

    @AfterAll
    static void close() {
        arena.close();
    }

    /** The mode as excite orients it: unit length, tau <= 0. */
    private static MemorySegment oriented(Mode mode) {
        ParticleVector e = new ParticleVector(mode.vector()).copy(arena);
        double norm = e.norm();
        Reference ref = glass.reference();
        double tau = ModeExpansion.along(ref.structure(), ref.forceField(), e.segment()).tau();
        double s = (tau > 0 ? -1 : 1) / norm;
        for (long r = 0; r < e.length(); r++) {
            e.set(r, s * e.get(r));
        }
        return e.segment();
    }

    /** Plain protocol: fresh kick, full FIRE, |dr| after removing the translation. */
    private static final class PlainScan implements AutoCloseable {
        final LammpsSession lammps;
        final ParticleVector e;
        final ParticleVector x = ParticleVector.allocate(arena, glass.reference().particles());
        final FireSettings fire = glass.settings(false).fire();

        PlainScan(MemorySegment e, String log) {
            Reference ref = glass.reference();
            this.e = new ParticleVector(e);
            this.lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve(log));
            lammps.define(ref.structure(), ref.forceField(), ref.masses());
        }

        double distance(double amplitude) {
            Reference ref = glass.reference();
            x.setSum(new ParticleVector(ref.positions()), amplitude * Math.sqrt(ref.particles()), e);
            lammps.command("set group all image 0 0 0");
            lammps.scatterPositions(x.segment());
            lammps.minimize(fire).requireConverged("brute-force kick at A = " + amplitude);
            lammps.gatherPositions(x.segment());
            try (Arena temp = Arena.ofConfined()) {
                return DisplacementField.between(ref.structure().box(), ref.positions(), x.segment(), temp).norm();
            }
        }

        /** Phi(r0 + A sqrt(N) e) - Phi0 by LAMMPS: Eq. (8) computed independently of excite's pairwise sum. */
        double barrier(double amplitude) {
            Reference ref = glass.reference();
            x.setSum(new ParticleVector(ref.positions()), amplitude * Math.sqrt(ref.particles()), e);
            lammps.scatterPositions(x.segment());
            lammps.evaluate();
            double kicked = lammps.potentialEnergy();
            lammps.scatterPositions(ref.positions());
            lammps.evaluate();
            return kicked - lammps.potentialEnergy();
        }

        boolean left(double amplitude) {
            return distance(amplitude) > glass.thresholds().returned();
        }

        /** The first A of the grid a_min * ratio^j that leaves r0, searched from {@code from}. */
        double firstLeaving(double from, double ratio, double to) {
            for (double a = from; a <= to * ratio; a *= ratio) {
                if (left(a)) {
                    return a;
                }
            }
            return Double.NaN;
        }

        @Override
        public void close() {
            lammps.close();
        }
    }

    /** A_c of the search equals the fine scan's first leaving A within the precision, mode by mode. */
    @Test
    void searchEqualsAFineScanOfA() {
        ExciteSettings settings = glass.settings(true);
        List<String> report = new ArrayList<>();
        int compared = 0;
        try (Relaxer relaxer = Relaxer.open(glass.reference(), settings.fire(), glass.thresholds(), dir.resolve("search.log"));
             ModeExcitation excitation = new ModeExcitation(relaxer, settings, glass.thresholds())) {
            for (int k = 1; k <= 3; k++) {
                Mode mode = glass.modes().modes().mode(k);
                ModeResult r;
                try (Arena results = Arena.ofConfined()) {
                    r = excitation.excite(k, mode, 0, 0, 1, results).result();
                }
                try (PlainScan scan = new PlainScan(oriented(mode), "plain-" + k + ".log")) {
                    // coarse (ratio 1.1) from a_min, then fine (ratio 1.002) over the last coarse step
                    double coarse = scan.firstLeaving(settings.aMin(), 1.1, settings.aMax());
                    if (Double.isNaN(coarse)) {
                        assertEquals(Status.NO_TRANSITION, r.status(), "mode " + k);
                        continue;
                    }
                    double fine = scan.firstLeaving(coarse / 1.1, 1.002, coarse);
                    report.add("mode " + k + ": search A_c " + r.criticalAmplitude() + " (" + r.status() + ", "
                            + r.trials().size() + " kicks), fine scan " + fine);
                    assertTrue(r.status() == Status.TRANSITIONED || r.status() == Status.EXCHANGE, r.toString());
                    // monotone outcome: A* in (fine / 1.002, fine] and in (lo, hi], hi <= 1.01 lo
                    assertTrue(r.criticalAmplitude() > fine / 1.002 && r.criticalAmplitude() < fine * 1.01,
                            report.get(report.size() - 1));
                    // Eq. (8) at A_c against LAMMPS's energies
                    assertEquals(scan.barrier(r.criticalAmplitude()), r.barrier(), 1e-12 * Math.abs(glass.reference().energy()),
                            "barrier of mode " + k);
                    // the values at A_c are those of a fully relaxed kick at A_c itself
                    assertEquals(scan.distance(r.criticalAmplitude()), r.distance(), glass.thresholds().same(),
                            "|dr| at A_c, mode " + k);
                    compared++;
                }
            }
        }
        report.forEach(System.out::println);
        assertTrue(compared >= 2, "too few modes transitioned in range to compare: " + report);
    }

    /** Started below the anharmonic onset, the search finds the A_c of the scan from a_min, bit for bit, in fewer kicks. */
    @Test
    void scanFromTheOnsetFindsTheSameAc() {
        ExciteSettings onset = glass.settings(true);
        ExciteSettings aMin = onset.withScanStart(ExciteSettings.ScanStart.A_MIN);
        int saved = 0;
        try (Relaxer relaxer = Relaxer.open(glass.reference(), onset.fire(), glass.thresholds(), dir.resolve("onset.log"));
             ModeExcitation fromOnset = new ModeExcitation(relaxer, onset, glass.thresholds());
             ModeExcitation fromAMin = new ModeExcitation(relaxer, aMin, glass.thresholds())) {
            for (int k = 1; k <= 3; k++) {
                Mode mode = glass.modes().modes().mode(k);
                ModeResult a;
                ModeResult b;
                try (Arena results = Arena.ofConfined()) {
                    a = fromAMin.excite(k, mode, 0, 0, 1, results).result();
                    b = fromOnset.excite(k, mode, 0, 0, 1, results).result();
                }
                assertEquals(a.status(), b.status(), "mode " + k);
                assertEquals(a.criticalAmplitude(), b.criticalAmplitude(), 0, "A_c of mode " + k);
                assertEquals(a.lowerAmplitude(), b.lowerAmplitude(), 0, "lo of mode " + k);
                assertTrue(b.trials().size() <= a.trials().size(), "mode " + k + ": " + b.trials().size() + " kicks"
                        + " from the onset, " + a.trials().size() + " from a_min");
                saved += a.trials().size() - b.trials().size();
            }
        }
        assertTrue(saved > 0, "the onset saved no kick on 3 modes");
    }

    /** Verified, A_c is still a leaving kick with a returning one within the precision below, at or below the search's. */
    @Test
    void verifiedAcIsAtOrBelowTheSearchesWithItsBracket() {
        ExciteSettings settings = glass.settings(true).withVerifyBelow(1.1);
        try (Relaxer relaxer = Relaxer.open(glass.reference(), settings.fire(), glass.thresholds(), dir.resolve("verify.log"));
             ModeExcitation excitation = new ModeExcitation(relaxer, settings, glass.thresholds())) {
            for (int k = 1; k <= 2; k++) {
                ModeResult r;
                try (Arena results = Arena.ofConfined()) {
                    r = excitation.excite(k, glass.modes().modes().mode(k), 0, 0, 1, results).result();
                }
                assertTrue(r.status() == Status.TRANSITIONED || r.status() == Status.EXCHANGE, r.toString());
                assertTrue(r.criticalAmplitude() <= r.unverifiedAmplitude(), r.toString());
                assertTrue(r.criticalAmplitude() / r.lowerAmplitude() <= 1.01 + 1e-12, r.toString());
                Trial at = r.trials().stream().filter(t -> t.amplitude() == r.criticalAmplitude()).findFirst().orElseThrow();
                Trial below = r.trials().stream().filter(t -> t.amplitude() == r.lowerAmplitude()).findFirst().orElseThrow();
                assertTrue(at.outcome().left() && below.outcome() == Outcome.RETURNED, at + " / " + below);
                // the fine scan: kicks from A_c / 1.1 up to below the search's lower end
                long fine = r.trials().stream().filter(t -> t.amplitude() < r.unverifiedAmplitude() / 1.01 - 1e-18
                        && t.amplitude() >= r.unverifiedAmplitude() / 1.1 * (1 - 1e-12)).count();
                assertTrue(fine >= 8, "fine-scan kicks " + fine + " in " + r.trials());
            }
        }
    }

    /**
     * Eq. (A3) from the analytic tau: tau equals the third derivative of the frozen-pair energy along the
     * oriented mode (a finite difference of Eq. (1) written out, Richardson-extrapolated), and
     * A_c_A3 = -2 kappa / (tau sqrt N) with kappa = omega^2.
     */
    @Test
    void eqA3TauEqualsAFiniteDifferenceAlongTheOrientedMode() {
        ExciteSettings settings = glass.settings(true).withEarlyStop(true);
        Reference ref = glass.reference();
        int n = ref.particles();
        try (Relaxer relaxer = Relaxer.open(ref, settings.fire(), glass.thresholds(), dir.resolve("a3.log"));
             ModeExcitation excitation = new ModeExcitation(relaxer, new ExciteSettings(1e-5, 2e-5, 10, 1e-2,
                     settings.fire(), true), glass.thresholds())) {
            for (int k = 1; k <= 3; k++) {
                Mode mode = glass.modes().modes().mode(k);
                MemorySegment e = oriented(mode);
                double tauFd = frozenThirdDerivative(ref.structure(), ref.forceField(), e);
                ModeResult r;
                try (Arena results = Arena.ofConfined()) {
                    r = excitation.excite(k, mode, 0, 0, 1, results).result();
                }
                assertTrue(r.tau() < 0, "oriented so that tau < 0: " + r.tau());
                assertEquals(tauFd, r.tau(), 1e-7 * Math.abs(r.tau()), "tau of mode " + k);
                assertEquals(mode.lambda(), r.kappa(), 1e-6 * mode.lambda(), "kappa = omega^2");
                assertEquals(-2 * r.kappa() / (r.tau() * Math.sqrt(n)), r.a3Amplitude(), 1e-14 * r.a3Amplitude());
            }
        }
    }

    /**
     * d^3/ds^3 of the frozen-pair energy sum over the pairs within the cutoff at s = 0 of
     * phi(|r_ij + s u_ij|), u = e_i - e_j, with phi = (1 - r)^2 / 2 of Eq. (1) written out and not cut
     * off: the frozen pairs then give a smooth function (a near-contact pair would otherwise limit the step
     * to a fraction of its gap, and rounding would swamp the difference). Taken pair by pair
     * (differentiation is linear), each with a step of 0.5% of its length.
     */
    private static double frozenThirdDerivative(Configuration c, ForceField ff, MemorySegment mode) {
        ParticleVector e = new ParticleVector(mode);
        double[] sum = {0};
        CellList.forEachPair(c, ff.maxCutoff(), (i, j, dx, dy, dz, r2) -> {
            double r = Math.sqrt(r2);
            if (r >= 1) {
                return;
            }
            double ux = e.get(i, 0) - e.get(j, 0);
            double uy = e.get(i, 1) - e.get(j, 1);
            double uz = e.get(i, 2) - e.get(j, 2);
            double un = Math.sqrt(ux * ux + uy * uy + uz * uz);
            if (!(un > 0)) {
                return;
            }
            java.util.function.DoubleUnaryOperator f = t -> {
                double x = dx + t * ux, y = dy + t * uy, z = dz + t * uz;
                double g = 1 - Math.sqrt(x * x + y * y + z * z);
                return 0.5 * (g * g - (1 - r) * (1 - r));
            };
            double h = 0.005 * r / un;
            // central third differences at h and h/2, Richardson-extrapolated to O(h^4)
            java.util.function.DoubleUnaryOperator d3 = t -> (f.applyAsDouble(2 * t) - 2 * f.applyAsDouble(t)
                    + 2 * f.applyAsDouble(-t) - f.applyAsDouble(-2 * t)) / (2 * t * t * t);
            sum[0] += (4 * d3.applyAsDouble(h / 2) - d3.applyAsDouble(h)) / 3;
        });
        return sum[0];
    }
}
