package org.modekick.cli;

import java.io.PrintStream;
import java.lang.foreign.Arena;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.FiniteDifferenceHessian;
import org.modekick.potential.Interaction;
import org.modekick.system.Configuration;

/**
 * {@code bench hessian}: the coloured finite-difference Hessian of a glass through LAMMPS (for any interaction,
 * the analytic styles included), with the figures that say whether it scales: colours and force evaluations (which
 * must not grow with N), seconds in all and per evaluation, stored entries, and the peak memory (the process's
 * resident peak, the Java heap's peak and the native CSR segments). With {@code --plan-only} only the colouring and
 * the pattern's size, without a force evaluation: how a large glass would fare, in seconds.
 */
final class HessianBenchmark {

    private static final double MB = 1e6;

    private HessianBenchmark() {}

    static void run(Configuration glass, Interaction interaction, double[] masses, Path log, boolean planOnly,
            PrintStream out) {
        FiniteDifferenceHessian fd = new FiniteDifferenceHessian(glass, interaction, masses, log);
        out.printf(Locale.ROOT, "bench hessian: %s, N = %d, %s%s%n", interaction.label(), glass.size(),
                interaction.manyBody() ? "many-body (footprint 2 x cutoff)" : "pairwise (footprint = cutoff)",
                planOnly ? ", plan only (no force evaluations)" : "");
        if (planOnly) {
            FiniteDifferenceHessian.Plan p = fd.plan();
            counts(out, p.cutoff(), p.footprint(), p.step(), p.colours(), p.forceEvaluations(), p.particles());
            out.printf(Locale.ROOT, "  colouring %.2f s, pattern %.2f s: %d entries (%.1f per row), CSR %.0f MB"
                    + " native%n", p.colouringSeconds(), p.patternSeconds(), p.entries(),
                    p.entries() / (3.0 * p.particles()), p.nativeBytes() / MB);
            memory(out);
            // the assembly holds what this plan held (LAMMPS, the glass, the colouring) and the CSR besides
            out.printf(Locale.ROOT, "  projected peak of the assembly: about %.0f MB (this resident peak + the CSR)%n",
                    ModesBenchmark.peakResidentMegabytes() + p.nativeBytes() / MB);
            return;
        }
        try (Arena arena = Arena.ofConfined()) {
            CsrMatrix h = fd.rowRange(0, glass.size(), arena);
            FiniteDifferenceHessian.Statistics s = fd.statistics();
            counts(out, s.cutoff(), s.footprint(), s.step(), s.colours(), s.forceEvaluations(), s.particles());
            out.printf(Locale.ROOT, "  %.2f s (colouring %.2f s), %.2f ms per evaluation, %d stored entries (%.1f per"
                    + " row), leakage %.1e%n", s.seconds(), s.colouringSeconds(),
                    1e3 * s.seconds() / s.forceEvaluations(), h.nonZeros(), h.nonZeros() / (3.0 * s.particles()),
                    s.leakage());
            out.printf(Locale.ROOT, "  CSR %.0f MB native (the pattern's segments)%n", s.nativeBytes() / MB);
            out.printf(Locale.ROOT, "  digest %016x (of the structure and the values' bits: equal digests, the same"
                    + " Hessian)%n", digest(h));
            memory(out);
        }
    }

    /** The lines a plan and a run share: the footprint, the step and what the colouring costs in force calls. */
    private static void counts(PrintStream out, double cutoff, double footprint, double step, int colours,
            long evaluations, int particles) {
        out.printf(Locale.ROOT, "  cutoff %.6g, footprint %.6g, step h %.3g%n", cutoff, footprint, step);
        out.printf(Locale.ROOT, "  colours %d, force evaluations %d (per-atom differences: %d)%n", colours, evaluations,
                6L * particles);
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

    /** The process's resident peak (native, LAMMPS and heap together) and the Java heap's peak. */
    private static void memory(PrintStream out) {
        long heapPeak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                heapPeak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "  peak memory: resident %.0f MB (VmHWM: native + heap + LAMMPS), Java heap %.0f MB"
                + " (sum of the pools' peaks)%n", ModesBenchmark.peakResidentMegabytes(), heapPeak / MB);
    }
}
