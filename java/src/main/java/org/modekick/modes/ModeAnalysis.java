package org.modekick.modes;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.modekick.eigen.DeflationSpace;
import org.modekick.eigen.EigenResult;
import org.modekick.eigen.EigenSolver;
import org.modekick.hessian.CsrMatrix;
import org.modekick.hessian.HessianBuilder;
import org.modekick.hessian.HessianSource;
import org.modekick.hessian.IsolatedParticles;
import org.modekick.hessian.MassWeighting;
import org.modekick.mpi.Agreement;
import org.modekick.mpi.BlockSplit;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.ReduceOp;
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
 * only the new slice (w_old, w] is solved. The first window holds the lowest {@link #firstWindow} modes (at least
 * 200, for a histogram of some 14 bins; 0.1% of 3N at large N, where the modes below omega_BP are 0.07% (harmonic,
 * N = 32,000) to 0.2% (LJ) of 3N), solved as the lowest K: its end, between two of their eigenvalues, grows with
 * the density of states, not with N. (A tenth of the Gershgorin bound on omega, the first window before, held 204
 * pairs at N = 2000 and some 3,300 at N = 32,000, whose slicing did not finish in 48 minutes.)
 * <p>Isolated particles (rattlers without a single contact, which large harmonic glasses have) add
 * three exact zero modes each, which shift-and-invert near zero cannot tell from vibrations. Their rows
 * of H are zero and decoupled from the rest, so their diagonal is set above the whole spectrum (twice
 * the Gershgorin bound): their modes leave the low-frequency window, every other eigenpair is unchanged,
 * and the translations deflated are those of the remaining particles, which stay exact null vectors.
 * <p>Unequal masses ({@link MassWeighting}): the modes are those of the dynamical matrix D = M^-1/2 H M^-1/2,
 * whose null vectors are the mass-weighted translations M^1/2 t, deflated instead of t; omega^2 is D's eigenvalue,
 * P_k and O_k are computed from D's unit eigenvectors e_k. When every mass is 1 neither H nor the translations are
 * touched (the modes of H, bit for bit).
 */
public final class ModeAnalysis {

    /** How much each window below the boson peak extends the last in omega. */
    public static final double GROWTH = 1.5;
    private static final double PEAK_INSIDE = 0.7;
    private static final int FIRST_WINDOW_MIN = 200;
    /** The first window's end lies in the widest gap between its last this many eigenvalues. */
    private static final int EDGE_CANDIDATES = 10;

    private final Configuration inherent;
    private final HessianSource hessian;
    private final EigenSolver solver;
    private final int phononNm;
    private final MassWeighting masses; // null: every mass 1, the modes of H
    private final int firstWindowMin;
    private final Consumer<String> progress; // on rank 0: a line per window below the boson peak

    public ModeAnalysis(Configuration inherent, ForceField field, EigenSolver solver, int phononNm) {
        this(inherent, new HessianBuilder(inherent, field), solver, phononNm);
    }

    /** The modes of the Hessian {@code hessian} of {@code inherent}. */
    public ModeAnalysis(Configuration inherent, HessianSource hessian, EigenSolver solver, int phononNm) {
        this(inherent, hessian, null, solver, phononNm);
    }

    /**
     * The modes of the dynamical matrix of {@code inherent} with Hessian {@code hessian} and the per-type masses
     * {@code typeMasses} (index t - 1 = type t); those of H itself when every mass is 1.
     */
    public ModeAnalysis(Configuration inherent, HessianSource hessian, double[] typeMasses, EigenSolver solver,
                        int phononNm) {
        this.inherent = inherent;
        this.masses = typeMasses == null || MassWeighting.unit(typeMasses) ? null
                : MassWeighting.of(inherent, typeMasses);
        this.hessian = masses == null ? hessian : masses.dynamical(hessian);
        this.solver = solver;
        this.phononNm = phononNm;
        this.firstWindowMin = FIRST_WINDOW_MIN;
        this.progress = line -> { };
    }

    private ModeAnalysis(ModeAnalysis a, int firstWindowMin, Consumer<String> progress) {
        this.inherent = a.inherent;
        this.masses = a.masses;
        this.hessian = a.hessian;
        this.solver = a.solver;
        this.phononNm = a.phononNm;
        this.firstWindowMin = firstWindowMin;
        this.progress = progress;
    }

    /** This analysis with a first window below the boson peak of at least {@code modes} (tests: windows that grow). */
    ModeAnalysis withFirstWindow(int modes) {
        return new ModeAnalysis(this, modes, progress);
    }

    /**
     * This analysis telling {@code progress} (on rank 0) of each window below the boson peak as it is solved: at
     * N = 32,000 one can take many minutes.
     */
    public ModeAnalysis withProgress(Consumer<String> progress) {
        return new ModeAnalysis(this, firstWindowMin, progress);
    }

    /**
     * Computes the selected modes on one rank (or rank 0 of a parallel solver, whose other ranks must call
     * {@link #computeParallel} at the same time); eigenvectors are allocated in {@code arena}.
     */
    public ModeAnalysisResult compute(ModeSelection selection, Arena arena) {
        return computeParallel(selection, arena).orElseThrow(() -> new IllegalStateException(
                "only rank 0 of the solver's communicator gets the modes: call computeParallel on every rank"));
    }

    /**
     * Computes the selected modes on the solver's communicator; every rank of it calls this. Each rank builds
     * the Hessian rows of its own contiguous, balanced range of particles ({@link BlockSplit}), the solver
     * gathers the eigenvectors on rank 0, and rank 0 alone computes the observables and gets the result;
     * the other ranks get an empty Optional. Decisions that steer the solves (the boson-peak windows) use
     * only eigenvalues, which every rank has, so every rank takes the same path.
     */
    public Optional<ModeAnalysisResult> computeParallel(ModeSelection selection, Arena arena) {
        int n = inherent.size();
        Communicator communicator = solver.communicator();
        BlockSplit split = new BlockSplit(n, communicator.size());
        int rank = communicator.rank();
        boolean root = rank == 0;
        long t0 = System.nanoTime();
        CsrMatrix h = Agreement.run(communicator, "building its rows of the Hessian",
                () -> hessian.rowRange(split.first(rank), split.end(rank), arena));
        double bound = communicator.allreduce(h.gershgorinBound(), ReduceOp.MAX);
        boolean[] isolated = IsolatedParticles.of(h);
        int isolatedCount = communicator.allreduce(IsolatedParticles.pinAbove(h, isolated, 2 * bound), ReduceOp.SUM);
        long t1 = System.nanoTime();
        Spectrum spectrum = new Spectrum();
        String method;
        EigenResult.Phases phases = EigenResult.Phases.NONE; // of the lowest-K solve; slicing has none worth naming
        BosonPeak peak = null;
        VibrationalDos dos;
        switch (selection) {
            case ModeSelection.Lowest lowest -> {
                if (lowest.count() > 3 * n - 3) {
                    throw new ModeSelection.Unsatisfiable("asked for " + lowest.count() + " modes, but N = " + n
                            + " particles have only " + (3 * n - 3));
                }
                if (lowest.count() > 3 * (n - isolatedCount) - 3) {
                    throw new ModeSelection.Unsatisfiable("asked for " + lowest.count() + " modes, but the "
                            + (n - isolatedCount) + " particles with contacts have only " + (3 * (n - isolatedCount) - 3));
                }
                EigenResult r = solver.lowest(h, lowest.count(),
                        nullSpace(arena, isolated, isolatedCount, split.first(rank)), arena);
                spectrum.add(r, Double.NEGATIVE_INFINITY);
                method = r.diagnostics().method();
                phases = r.diagnostics().phases();
                dos = spectrum.histogram(n);
            }
            case ModeSelection.BelowFrequency below -> {
                EigenResult r = solver.belowFrequency(h, below.omegaMax(), arena);
                spectrum.add(r, Double.NEGATIVE_INFINITY);
                method = r.diagnostics().method();
                if (spectrum.size() == 0) {
                    throw new ModeSelection.Unsatisfiable("no modes at or below omega = " + below.omegaMax());
                }
                dos = spectrum.histogram(n);
            }
            case ModeSelection.BelowBosonPeak ignored -> {
                double top = Math.sqrt(bound);
                int available = 3 * (n - isolatedCount) - 3;
                int count = Math.min(available, firstWindow(n, firstWindowMin));
                EigenResult first = solver.lowest(h, count, nullSpace(arena, isolated, isolatedCount,
                        split.first(rank)), arena);
                spectrum.add(first, Double.NEGATIVE_INFINITY);
                double w = top;
                if (count < available) {
                    w = Math.sqrt(edge(first.eigenvalues()));
                    spectrum.keepUpTo(w);
                }
                List<String> ends = new ArrayList<>(List.of(String.format(Locale.ROOT, "%.4g (%d pairs)", w,
                        spectrum.size())));
                if (root) {
                    progress.accept(String.format(Locale.ROOT, "window 1: the lowest %d modes, up to omega = %.4g, %.0f s",
                            count, w, (System.nanoTime() - t1) * 1e-9));
                }
                while (true) {
                    if (spectrum.size() >= 8) {
                        dos = spectrum.histogram(n);
                        BosonPeak candidate = dos.bosonPeak(2 * spectrum.omega(0));
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
                    if (root) {
                        progress.accept(String.format(Locale.ROOT, "window %d: omega %.4g to %.4g (the reduced vDOS"
                                + " of the %d modes so far has no maximum in their lower 70%%)", ends.size() + 1, w,
                                next, spectrum.size()));
                    }
                    long started = System.nanoTime();
                    EigenResult slice = solver.inInterval(h, w * w, next * next, arena);
                    spectrum.add(slice, w * w);
                    w = next;
                    ends.add(String.format(Locale.ROOT, "%.4g (%d)", w, spectrum.size()));
                    if (root) {
                        progress.accept(String.format(Locale.ROOT, "window %d: %d pairs, %.0f s", ends.size(),
                                slice.count(), (System.nanoTime() - started) * 1e-9));
                    }
                }
                // which windows ran, for summary.json: their ends in omega and the pairs held by then
                method = first.diagnostics().method() + " up to omega = " + ends.get(0) + (ends.size() == 1 ? ""
                        : ", then slicing up to " + String.join(", ", ends.subList(1, ends.size())));
                spectrum.keepUpTo(peak.omega());
            }
        }
        long t2 = System.nanoTime();
        if (!root) {
            return Optional.empty();
        }
        List<Mode> eigenpairs = spectrum.modes();
        Modes modes = masses == null ? Modes.withoutTranslations(eigenpairs)
                : Modes.withoutTranslations(eigenpairs, rootMasses(n));
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
        return Optional.of(new ModeAnalysisResult(modes, spectrum.residuals(), participation, order, dos, peak, fit,
                method, isolatedCount, (t1 - t0) * 1e-9, (t2 - t1) * 1e-9, (t3 - t2) * 1e-9, phases));
    }

    /**
     * The eigenpairs found so far, ascending: eigenvalues and residuals on every rank, eigenvectors (views
     * into the solver's results) where the solver returned them, i.e. on rank 0.
     */
    private static final class Spectrum {
        private final List<Double> lambdas = new ArrayList<>();
        private final List<Double> residuals = new ArrayList<>();
        private final List<MemorySegment> vectors = new ArrayList<>();

        /** Appends the pairs of r with eigenvalue above {@code above} (a slice's lower end, already covered). */
        void add(EigenResult r, double above) {
            for (int i = 0; i < r.count(); i++) {
                if (r.eigenvalue(i) > above) {
                    lambdas.add(r.eigenvalue(i));
                    residuals.add(r.residuals()[i]);
                    if (r.hasEigenvectors()) {
                        vectors.add(r.eigenvector(i));
                    }
                }
            }
        }

        int size() {
            return lambdas.size();
        }

        /** omega of pair i, negative for a negative eigenvalue as in {@link Mode#omega()}. */
        double omega(int i) {
            double lambda = lambdas.get(i);
            return lambda >= 0 ? Math.sqrt(lambda) : -Math.sqrt(-lambda);
        }

        void keepUpTo(double omegaMax) {
            int keep = 0;
            while (keep < size() && omega(keep) <= omegaMax) {
                keep++;
            }
            lambdas.subList(keep, lambdas.size()).clear();
            residuals.subList(keep, residuals.size()).clear();
            if (!vectors.isEmpty()) {
                vectors.subList(keep, vectors.size()).clear();
            }
        }

        /** A histogram of the computed frequencies: about sqrt(count) bins, 5 to 60, up to the highest. */
        VibrationalDos histogram(int n) {
            double highest = omega(size() - 1);
            int bins = (int) Math.max(5, Math.min(60, Math.round(Math.sqrt(size()))));
            double[] omegas = new double[size()];
            for (int i = 0; i < size(); i++) {
                omegas[i] = omega(i);
            }
            return VibrationalDos.histogram(omegas, n, highest / bins, highest);
        }

        double[] residuals() {
            return residuals.stream().mapToDouble(Double::doubleValue).toArray();
        }

        /** The pairs as modes; needs the eigenvectors (rank 0). */
        List<Mode> modes() {
            List<Mode> modes = new ArrayList<>();
            for (int i = 0; i < size(); i++) {
                modes.add(new Mode(lambdas.get(i), vectors.get(i)));
            }
            return modes;
        }
    }

    /** How many of the lowest modes the first window below the boson peak holds, for N particles. */
    public static int firstWindow(int n) {
        return firstWindow(n, FIRST_WINDOW_MIN);
    }

    private static int firstWindow(int n, int least) {
        return Math.max(least, 3 * n / 1000);
    }

    /**
     * The end (an eigenvalue) of the first window, the lowest K eigenvalues {@code lambdas} (ascending): halfway across the widest gap between
     * its last {@link #EDGE_CANDIDATES} eigenvalues, so that the next slice, which starts there, starts between two
     * eigenvalues (its factorisation is not singular) and no near-degenerate pair is split across the two.
     */
    static double edge(double[] lambdas) {
        int last = lambdas.length - 1;
        int best = last - 1;
        for (int j = last - 1; j >= Math.max(0, last - EDGE_CANDIDATES); j--) {
            if (lambdas[j + 1] - lambdas[j] > lambdas[best + 1] - lambdas[best]) {
                best = j;
            }
        }
        return 0.5 * (lambdas[best] + lambdas[best + 1]);
    }

    /**
     * The null vectors to deflate from this rank's rows (particles from {@code first} on): the translations of the
     * particles that are not isolated, mass-weighted for the dynamical matrix.
     */
    private DeflationSpace nullSpace(Arena arena, boolean[] isolated, int isolatedCount, int first) {
        return masses == null ? translationsOf(arena, isolated, inherent.size() - isolatedCount)
                : weightedTranslationsOf(arena, isolated, first, solver.communicator());
    }

    /** sqrt(m_i) of every particle, the weights of D's null vectors M^1/2 t. */
    private double[] rootMasses(int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.sqrt(masses.mass(i));
        }
        return w;
    }

    /**
     * This rank's part (particles from {@code first} on) of the null vectors of D: the translations in mass-weighted
     * coordinates, M^1/2 t / |M^1/2 t| over the particles that are not isolated (zero on the isolated ones).
     */
    private DeflationSpace weightedTranslationsOf(Arena arena, boolean[] isolated, int first, Communicator comm) {
        int n = isolated.length;
        double local = 0;
        for (int i = 0; i < n; i++) {
            if (!isolated[i]) {
                local += masses.mass(first + i);
            }
        }
        double norm = Math.sqrt(comm.allreduce(local, ReduceOp.SUM));
        MemorySegment v = arena.allocate(ValueLayout.JAVA_DOUBLE, Math.max(1L, 9L * n));
        v.fill((byte) 0);
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                if (!isolated[i]) {
                    v.setAtIndex(ValueLayout.JAVA_DOUBLE, (long) a * 3 * n + 3L * i + a,
                            Math.sqrt(masses.mass(first + i)) / norm);
                }
            }
        }
        return new DeflationSpace(3, 3 * n, v);
    }

    /**
     * This rank's part of the uniform translations of the particles that are not isolated (zero on the
     * isolated ones), normalised over all {@code moving} such particles.
     */
    private static DeflationSpace translationsOf(Arena arena, boolean[] isolated, int moving) {
        int n = isolated.length;
        MemorySegment v = arena.allocate(ValueLayout.JAVA_DOUBLE, Math.max(1L, 9L * n));
        v.fill((byte) 0);
        double c = 1.0 / Math.sqrt(moving);
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                if (!isolated[i]) {
                    v.setAtIndex(ValueLayout.JAVA_DOUBLE, (long) a * 3 * n + 3L * i + a, c);
                }
            }
        }
        return new DeflationSpace(3, 3 * n, v);
    }
}
