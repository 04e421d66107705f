package org.modekick.eigen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Timings on a local spring network of 16^3 = 4096 particles (n = 12288); run with
 * {@code -Dmodekick.test.argLine="--enable-native-access=ALL-UNNAMED -Dmodekick.eigen.timing=true"}.
 */
@EnabledIfSystemProperty(named = "modekick.eigen.timing", matches = "true")
class EigenTimingTest {

    @Test
    void localSpringNetwork() {
        int side = Integer.getInteger("modekick.eigen.side", 16); // 16^3 = 4096 particles, n = 12288
        int particles = side * side * side;
        try (Arena arena = Arena.ofConfined()) {
            long t0 = System.nanoTime();
            CsrMatrix h = TestMatrices.localNetwork(side, 7).build(arena);
            System.out.printf(Locale.ROOT, "built n=%d in %.2f s%n", h.rows(), (System.nanoTime() - t0) * 1e-9);
            DeflationSpace t = DeflationSpace.translations(arena, particles);
            String[] variants = Boolean.getBoolean("modekick.eigen.sliceOnly") ? new String[0]
                    : new String[] {"-eps_tol 1e-10", ""};
            for (String opts : variants) {
                for (boolean verify : new boolean[] {false, true}) {
                    EigenSolver s = new EigenSolver(EigenSolver.Options.defaults().withPetscOptions(opts)
                            .withVerifyCount(verify));
                    EigenResult r = s.lowest(h, 50, t, arena);
                    assertEquals(50, r.count());
                    System.out.printf(Locale.ROOT, "n=%d nnz=%d lowest 50 [%s] verify=%b: %.2f s, %d its, max residual "
                                    + "%.1e, lambda 1..50 = %.4e..%.4e%n", h.rows(), h.nnz(), opts, verify,
                            r.diagnostics().seconds(), r.diagnostics().iterations(), r.maxResidual(), r.eigenvalue(0),
                            r.eigenvalue(49));
                }
            }
            EigenResult first = new EigenSolver().lowest(h, 50, t, arena);
            double omega = Math.sqrt(first.eigenvalue(49) * 1.0001);
            EigenSolver.Options o = EigenSolver.Options.defaults()
                    .withPetscOptions(System.getProperty("modekick.eigen.sliceOptions", ""));
            String lb = System.getProperty("modekick.eigen.lowerBound");
            if (lb != null) {
                o = o.withLowerBound(Double.parseDouble(lb) * h.maxAbsDiagonal());
            }
            EigenResult r = new EigenSolver(o).belowFrequency(h, omega, arena);
            System.out.printf(Locale.ROOT, "n=%d slicing omega <= %.4f: %d modes, %.2f s, max residual %.1e%n",
                    h.rows(), omega, r.count(), r.diagnostics().seconds(), r.maxResidual());
        }
    }
}
