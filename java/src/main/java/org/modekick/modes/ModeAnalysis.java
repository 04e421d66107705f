package org.modekick.modes;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import org.modekick.eigen.CsrMatrix;
import org.modekick.eigen.DeflationSpace;
import org.modekick.eigen.EigenResult;
import org.modekick.eigen.EigenSolver;
import org.modekick.hessian.HessianBuilder;
import org.modekick.modes.VibrationalDos.BosonPeak;
import org.modekick.potential.ForceField;
import org.modekick.system.Configuration;

/**
 * The harmonic analysis of section II.B: Hessian, eigenpairs by SLEPc, P_k, O_k and the vDOS.
 *
 * <p>Below the boson peak: omega_BP is where g/omega^2 is largest, so it can only be found from a vDOS
 * that extends beyond it. All modes up to a trial frequency w are computed by spectrum slicing; the
 * reduced vDOS of those modes is binned (about sqrt(count) bins) and its maximum located, ignoring
 * frequencies below twice the lowest mode, where a finite box's discrete phonon shells make spikes.
 * While that maximum lies in the top 30% of [0, w] the peak may be beyond w, so w grows by half and
 * only the new slice (w_old, w] is solved. The first w is a tenth of the Gershgorin bound on omega.
 *
 * <p>Isolated particles (rattlers without a single contact, which large harmonic glasses have) add
 * three exact zero modes each, which shift-and-invert near zero cannot tell from vibrations. Their rows
 * of H are zero and decoupled from the rest, so their diagonal is set above the whole spectrum (twice
 * the Gershgorin bound): their modes leave the low-frequency window, every other eigenpair is unchanged,
 * and the translations deflated are those of the remaining particles, which stay exact null vectors.
 */
public final class ModeAnalysis {

    private static final double GROWTH = 1.5;
    private static final double PEAK_INSIDE = 0.7;

    private final Configuration inherent;
    private final ForceField field;
    private final EigenSolver solver;
    private final int phononNm;

    public ModeAnalysis(Configuration inherent, ForceField field, EigenSolver solver, int phononNm) {
        this.inherent = inherent;
        this.field = field;
        this.solver = solver;
        this.phononNm = phononNm;
    }

    /** Computes the selected modes; eigenvectors are allocated in {@code arena}. */
    public ModeAnalysisResult compute(ModeSelection selection, Arena arena) {
        int n = inherent.size();
        long t0 = System.nanoTime();
        org.modekick.hessian.CsrMatrix built = new HessianBuilder(inherent, field).build(arena);
        // the solver reads the same native CSR arrays: no copy
        CsrMatrix h = new CsrMatrix(built.rows(), built.rowPointers(), built.columnIndices(), built.values());
        boolean[] isolated = isolatedParticles(h, n);
        int isolatedCount = pinAbove(h, isolated, 2 * gershgorin(h));
        long t1 = System.nanoTime();
        List<Mode> eigenpairs = new ArrayList<>();
        List<Double> residuals = new ArrayList<>();
        String method;
        BosonPeak peak = null;
        VibrationalDos dos;
        switch (selection) {
            case ModeSelection.Lowest lowest -> {
                if (lowest.count() > 3 * n - 3) {
                    throw new IllegalArgumentException("asked for " + lowest.count() + " modes, but N = " + n
                            + " particles have only " + (3 * n - 3));
                }
                if (lowest.count() > 3 * (n - isolatedCount) - 3) {
                    throw new IllegalArgumentException("asked for " + lowest.count() + " modes, but the "
                            + (n - isolatedCount) + " particles with contacts have only " + (3 * (n - isolatedCount) - 3));
                }
                EigenResult r = solver.lowest(h, lowest.count(), translationsOf(arena, isolated), arena);
                add(r, eigenpairs, residuals, Double.NEGATIVE_INFINITY);
                method = r.diagnostics().method();
                dos = histogram(eigenpairs, n);
            }
            case ModeSelection.BelowFrequency below -> {
                EigenResult r = solver.belowFrequency(h, below.omegaMax(), arena);
                add(r, eigenpairs, residuals, Double.NEGATIVE_INFINITY);
                method = r.diagnostics().method();
                if (eigenpairs.isEmpty()) {
                    throw new IllegalArgumentException("no modes at or below omega = " + below.omegaMax());
                }
                dos = histogram(eigenpairs, n);
            }
            case ModeSelection.BelowBosonPeak ignored -> {
                double top = Math.sqrt(gershgorin(h));
                double w = 0.1 * top;
                EigenResult first = solver.belowFrequency(h, w, arena);
                add(first, eigenpairs, residuals, Double.NEGATIVE_INFINITY);
                method = first.diagnostics().method() + " in growing windows";
                while (true) {
                    if (eigenpairs.size() >= 8) {
                        dos = histogram(eigenpairs, n);
                        BosonPeak candidate = dos.bosonPeak(2 * eigenpairs.get(0).omega());
                        if (candidate.omega() < PEAK_INSIDE * w) {
                            peak = candidate;
                            break;
                        }
                    }
                    if (w >= top) {
                        throw new IllegalStateException("the reduced vDOS has no maximum below the top of the"
                                + " spectrum (omega = " + top + "); use --omega-max or --count instead");
                    }
                    double next = Math.min(top, GROWTH * w);
                    EigenResult slice = solver.inInterval(h, w * w, next * next, arena);
                    add(slice, eigenpairs, residuals, w * w);
                    w = next;
                }
                double omegaBp = peak.omega();
                int keep = 0;
                while (keep < eigenpairs.size() && eigenpairs.get(keep).omega() <= omegaBp) {
                    keep++;
                }
                eigenpairs = new ArrayList<>(eigenpairs.subList(0, keep));
                residuals = new ArrayList<>(residuals.subList(0, keep));
            }
        }
        long t2 = System.nanoTime();
        Modes modes = Modes.withoutTranslations(eigenpairs);
        if (modes.size() != eigenpairs.size()) {
            throw new IllegalStateException("a translation survived deflation: " + (eigenpairs.size() - modes.size()));
        }
        double[] participation = new double[modes.size()];
        for (int k = 1; k <= modes.size(); k++) {
            participation[k - 1] = ParticipationRatio.of(modes.mode(k).vector());
        }
        double[] order = new PhononOrderParameter(inherent, phononNm, PhononOrderParameter.DEFAULT_SAFETY).of(modes);
        DebyeFit fit = null;
        if (peak != null) {
            fit = DebyeFit.fit(dos, modes.mode(1).omega(), peak.omega());
        }
        long t3 = System.nanoTime();
        double[] res = residuals.stream().mapToDouble(Double::doubleValue).toArray();
        return new ModeAnalysisResult(modes, res, participation, order, dos, peak, fit, method, isolatedCount,
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9, (t3 - t2) * 1e-9);
    }

    /** Appends the pairs of r with eigenvalue above {@code above} (a slice's lower end, already covered). */
    private static void add(EigenResult r, List<Mode> modes, List<Double> residuals, double above) {
        for (int i = 0; i < r.count(); i++) {
            if (r.eigenvalue(i) > above) {
                MemorySegment v = r.eigenvector(i);
                modes.add(new Mode(r.eigenvalue(i), v));
                residuals.add(r.residuals()[i]);
            }
        }
    }

    /** A histogram of the computed frequencies: about sqrt(count) bins, 5 to 60, up to the highest. */
    private static VibrationalDos histogram(List<Mode> modes, int n) {
        double highest = modes.get(modes.size() - 1).omega();
        int bins = (int) Math.max(5, Math.min(60, Math.round(Math.sqrt(modes.size()))));
        double[] omegas = modes.stream().mapToDouble(Mode::omega).toArray();
        return VibrationalDos.histogram(omegas, n, highest / bins, highest);
    }

    /** Particles whose three rows of H are all zero: no contact at all. */
    private static boolean[] isolatedParticles(CsrMatrix h, int n) {
        boolean[] isolated = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean zero = true;
            for (int row = 3 * i; row < 3 * i + 3 && zero; row++) {
                for (int e = h.rowStart(row); e < h.rowStart(row + 1); e++) {
                    if (h.value(e) != 0) {
                        zero = false;
                        break;
                    }
                }
            }
            isolated[i] = zero;
        }
        return isolated;
    }

    /** Sets the (stored) diagonal of isolated particles' rows to {@code value}; returns how many. */
    private static int pinAbove(CsrMatrix h, boolean[] isolated, double value) {
        int count = 0;
        for (int i = 0; i < isolated.length; i++) {
            if (!isolated[i]) {
                continue;
            }
            count++;
            for (int row = 3 * i; row < 3 * i + 3; row++) {
                boolean stored = false;
                for (int e = h.rowStart(row); e < h.rowStart(row + 1); e++) {
                    if (h.column(e) == row) {
                        h.values().setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, e, value);
                        stored = true;
                    }
                }
                if (!stored) {
                    throw new IllegalStateException("the Hessian stores no diagonal entry in row " + row);
                }
            }
        }
        return count;
    }

    /** Uniform translations of the particles that are not isolated (zero on the isolated ones). */
    private static DeflationSpace translationsOf(Arena arena, boolean[] isolated) {
        int n = isolated.length;
        int moving = 0;
        for (boolean b : isolated) {
            moving += b ? 0 : 1;
        }
        MemorySegment v = arena.allocate(java.lang.foreign.ValueLayout.JAVA_DOUBLE, 9L * n);
        v.fill((byte) 0);
        double c = 1.0 / Math.sqrt(moving);
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                if (!isolated[i]) {
                    v.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, (long) a * 3 * n + 3L * i + a, c);
                }
            }
        }
        return new DeflationSpace(3, 3 * n, v);
    }

    /** max_i sum_j |H_ij| bounds every eigenvalue. */
    private static double gershgorin(CsrMatrix h) {
        double bound = 0;
        for (int row = 0; row < h.rows(); row++) {
            double sum = 0;
            for (int e = h.rowStart(row); e < h.rowStart(row + 1); e++) {
                sum += Math.abs(h.value(e));
            }
            bound = Math.max(bound, sum);
        }
        return bound;
    }
}
