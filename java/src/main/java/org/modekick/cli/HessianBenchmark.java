package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.FiniteDifferenceHessian;
import org.modekick.potential.Interaction;
import org.modekick.system.Configuration;

/**
 * {@code bench hessian}: the coloured finite-difference Hessian of a glass through LAMMPS (for any interaction,
 * the analytic styles included), with the figures that say whether it scales: colours and force evaluations (which
 * must not grow with N), seconds in all and per evaluation, stored entries.
 */
final class HessianBenchmark {

    private HessianBenchmark() {}

    static void run(Configuration glass, Interaction interaction, double[] masses, Path log, PrintStream out) {
        try (Arena arena = Arena.ofConfined()) {
            FiniteDifferenceHessian fd = new FiniteDifferenceHessian(glass, interaction, masses, log);
            CsrMatrix h = fd.rowRange(0, glass.size(), arena);
            FiniteDifferenceHessian.Statistics s = fd.statistics();
            out.printf("bench hessian: %s, N = %d, %s%n", interaction.label(), s.particles(),
                    interaction.manyBody() ? "many-body (footprint 2 x cutoff)" : "pairwise (footprint = cutoff)");
            out.printf("  cutoff %.6g, footprint %.6g, step h %.3g%n", s.cutoff(), s.footprint(), s.step());
            out.printf("  colours %d, force evaluations %d (per-atom differences: %d)%n", s.colours(),
                    s.forceEvaluations(), 6L * s.particles());
            out.printf("  %.2f s, %.2f ms per evaluation, %d stored entries (%.1f per row), leakage %.1e%n",
                    s.seconds(), 1e3 * s.seconds() / s.forceEvaluations(), h.nonZeros(),
                    h.nonZeros() / (3.0 * s.particles()), s.leakage());
            out.printf("  digest %016x (of the structure and the values' bits: equal digests, the same Hessian)%n",
                    digest(h));
        }
    }

    /** A 64-bit FNV-1a hash of every row pointer, column index and value (as its bits). */
    static long digest(CsrMatrix h) {
        long d = 0xcbf29ce484222325L;
        for (int r = 0; r <= h.rows(); r++) {
            d = mix(d, h.rowStart(r));
        }
        for (int e = 0; e < h.nonZeros(); e++) {
            d = mix(d, h.column(e));
            d = mix(d, Double.doubleToRawLongBits(h.value(e)));
        }
        return d;
    }

    private static long mix(long d, long v) {
        for (int k = 0; k < 8; k++) {
            d ^= (v >>> (8 * k)) & 0xff;
            d *= 0x100000001b3L;
        }
        return d;
    }
}
