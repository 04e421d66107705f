package org.modekick.forecast;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.modekick.eigen.EigenSolver;
import org.modekick.modes.ModeAnalysis;
import org.modekick.modes.ModeSelection;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

/**
 * The memory a run will need, from N, the number of modes K, the neighbours per particle z of the Hessian, the excite
 * workers and the package that will factorise, before anything is computed. The modes step and the excite step run
 * one after the other, so the run's peak is the larger of the two.
 *
 * <p><b>Modes by MUMPS</b> (several ranks, a selection by frequency, or no CHOLMOD: {@link Factoriser#of}). The peak
 * is MUMPS's factorisation of the shifted Hessian. Measured on harmonic glasses (PORD ordering): INFOG(16) = 646 MB
 * for the pivoting LDL^T of N = 16,000, factor entries growing as N^1.39. A wider interaction adds neighbours and
 * fill: the factor is scaled by (z / z_harmonic)^0.8, the exponent fitted to the LJ glass of N = 8000 (z = 62.1;
 * 1,638 MB peak for K = 60; nested dissection's thicker separators alone would give 2/3). Beside it: the Lanczos
 * basis, 3N ncv doubles with SLEPc's default ncv = max(2K, K + 15); the K eigenvectors twice (SLEPc's and ours); the
 * CSR Hessian (9 (1 + z) N entries of 8 + 4 bytes) three times (ours, the shifted copy, the preconditioner's); and
 * the process itself (JVM, PETSc, MUMPS, LAMMPS), 250 MB measured at N = 2000. At N = 32,000, K = 100 this gives
 * 2,351 MB against 2,384-2,418 MB (2,274-2,306 MiB) measured with MUMPS forced.
 *
 * <p><b>Modes by CHOLMOD</b> (the lowest K on one rank). Two factorisations run one after the other, so the peak is
 * the larger of: CHOLMOD's supernodal Cholesky of H - target I (METIS ordering) beside the Lanczos basis, the
 * eigenvectors and the CSR copies; and the count check's MUMPS factorisation with its factors discarded
 * (ICNTL(31) = 1), beside the eigenvectors and the CSR. The CHOLMOD factor is CHOLMOD's own peak
 * (Common.memory_usage, printed by {@code -eps_view}): {@link #CHOLMOD_BYTES_32K} at harmonic N = 32,000, growing
 * as N^{@value #CHOLMOD_EXPONENT} and as (z / z_harmonic)^{@value #CHOLMOD_WIDER_EXPONENT}; the process beside it,
 * {@link #CHOLMOD_PROCESS_BYTES}, is what the measured peaks (VmHWM) leave over. At harmonic N = 32,000, K = 100 this
 * gives 2,038 MB against 2,089-2,137 MB (1,992-2,038 MiB) measured, at N = 128,000 11,863 against 11,546 MB.
 * For the LJ glasses, K = 100: 1,477 against 1,526 MB (1,455 MiB) at N = 8000, 687 against 758-769 MB at N = 4000
 * (whose process, 246 MB, took some 80 MB more than any other run's).
 *
 * <p><b>Excite.</b> The process, the K eigenvectors twice (the modes read back and the plan's copy), and per worker
 * a LAMMPS instance and the worker's Java states: {@link #WORKER_BYTES_PER_PARTICLE} bytes a particle (per-atom
 * arrays and neighbour list in LAMMPS, some tens of 3N-double states in Java).
 *
 * @param particles N
 * @param modes K (for a selection by frequency, the estimate {@link #modes})
 * @param neighbours z, pairs within the interaction's cutoff per particle, times two
 * @param workers excite's LAMMPS instances in this process
 * @param solves whether this process runs the eigensolver (an excite run given its modes does not)
 * @param factoriser the package that will factorise the shifted Hessian (read only when {@code solves})
 */
public record MemoryEstimate(int particles, int modes, double neighbours, int workers, boolean solves,
                             Factoriser factoriser) {

    /** MUMPS's pivoting factorisation of the N = 16,000 harmonic glass, bytes (INFOG(16) = 646 MB). */
    static final double FACTOR_BYTES_16K = 646e6;
    static final double FACTOR_EXPONENT = 1.39;
    /** z of the harmonic glasses: contacts per particle, 8.69-8.72 at N = 2000, 16,000 and 32,000. */
    static final double HARMONIC_NEIGHBOURS = 8.72;
    /** How the factor grows with z beyond the harmonic glasses' (fitted on LJ, N = 8000). */
    static final double WIDER_EXPONENT = 0.8;
    static final double PROCESS_BYTES = 250e6;
    static final double WORKER_BYTES_PER_PARTICLE = 4096;

    /**
     * CHOLMOD's peak at harmonic N = 32,000, bytes, and its growth with N: a least-squares power law through
     * Common.memory_usage at N = 4000, 8000, 16,000 and 32,000 (81.5, 216, 571 and 1,559 MB) and the factor the
     * N = 128,000 peak leaves (9,754 MB: 11,546 MB less the parts counted). The local exponent falls from 1.41-1.45
     * below 32,000 to 1.32 above, as nested dissection's fill approaches N^(4/3).
     */
    static final double CHOLMOD_BYTES_32K = 1480e6;
    static final double CHOLMOD_EXPONENT = 1.384;
    /**
     * CHOLMOD's peak against z: the mean of the exponents Common.memory_usage gives for the LJ glasses (z = 62.1)
     * against the harmonic ones of the same N, 0.80 at N = 4000 (392 against 81.5 MB) and 0.84 at 8000 (1,119
     * against 216 MB).
     */
    static final double CHOLMOD_WIDER_EXPONENT = 0.82;
    /**
     * The process beside CHOLMOD's factor (JVM, PETSc, CHOLMOD's copy of H, LAMMPS): what the measured peaks leave
     * once the factor (Common.memory_usage) and the parts counted are taken off, 122-170 MB at harmonic N = 4000 to
     * 32,000 without a trend (less than {@link #PROCESS_BYTES}, which was measured with MUMPS).
     */
    static final double CHOLMOD_PROCESS_BYTES = 150e6;
    /**
     * The count check's MUMPS factorisation with ICNTL(31) = 1 against the full one: 806 against 1,515 MB at harmonic
     * N = 32,000 ({@code CountCheck.DISCARD_FACTORS}).
     */
    static final double DISCARDED_FRACTION = 806.0 / 1515.0;

    /** The package that factorises the shifted Hessian of the modes step: which memory model applies. */
    public enum Factoriser {
        CHOLMOD, MUMPS;

        /** By the package's PETSc name ("cholmod"); any package other than CHOLMOD gets MUMPS's model. */
        public static Factoriser named(String solverPackage) {
            return "cholmod".equalsIgnoreCase(solverPackage) ? CHOLMOD : MUMPS;
        }

        /**
         * The one a solve of {@code selection} with {@code options} on {@code ranks} ranks will use
         * ({@link EigenSolver#factorPackage}: CHOLMOD for the lowest K on one rank where PETSc has it).
         */
        public static Factoriser of(ModeSelection selection, EigenSolver.Options options, int ranks) {
            return named(EigenSolver.factorPackage(options, selection instanceof ModeSelection.Lowest, ranks));
        }

        /** As summary.json names it. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MemoryEstimate {
        Objects.requireNonNull(factoriser, "factoriser");
        if (particles < 1 || modes < 1 || !(neighbours >= 0) || workers < 1) {
            throw new IllegalArgumentException("memory estimate for N = " + particles + ", K = " + modes + ", z = "
                    + neighbours + ", " + workers + " workers");
        }
    }

    /**
     * The estimate for glass {@code c}: z counted for the styles with Java formulas; for any other interaction (whose
     * range Java does not know) that of the harmonic glasses, so the factor is then a lower bound for a longer range.
     */
    public static MemoryEstimate of(Configuration c, Interaction interaction, int modes, int workers, boolean solves,
                                    Factoriser factoriser) {
        double z = interaction.analytic().map(f -> neighbours(c, f)).orElse(HARMONIC_NEIGHBOURS);
        return new MemoryEstimate(c.size(), modes, z, workers, solves, factoriser);
    }

    /** z of {@code c}: pairs within the cutoff of their types (minimum image), times two, per particle. */
    public static double neighbours(Configuration c, ForceField field) {
        long[] pairs = new long[1];
        CellList.forEachPair(c, field.maxCutoff(), (i, j, dx, dy, dz, r2) -> {
            double rc = field.pair(c.type(i), c.type(j)).cutoff();
            if (r2 < rc * rc) {
                pairs[0]++;
            }
        });
        return 2.0 * pairs[0] / c.size();
    }

    /**
     * The eigenpairs the windows below the boson peak hold ({@link ModeAnalysis}): the lowest max(200, 0.1% of 3N)
     * modes, then slices growing by half in omega until the peak lies in the lower 70% of the last. Measured, the
     * first window held the peak at harmonic N = 2000 and 32,000 and at LJ N = 2000 (200 pairs each); one growth is
     * allowed for, 1.5^3 = 3.4 times the pairs where g(omega) grows as omega^2.
     */
    public static int modesBelowBosonPeak(int particles) {
        return atMostAll(particles, Math.round(ONE_GROWTH * ModeAnalysis.firstWindow(particles)));
    }

    static final double ONE_GROWTH = Math.pow(ModeAnalysis.GROWTH, 3);

    /**
     * The eigenpairs below a frequency, a guess (the count is known only once H is factorised): 7% of 3N, what
     * windows from a tenth of the Gershgorin bound held at N = 2000 (204 harmonic, 389 LJ pairs of 6000).
     */
    public static int modesBelowFrequency(int particles) {
        return atMostAll(particles, Math.max(20, Math.round(BELOW_FREQUENCY_FRACTION * 3 * particles)));
    }

    /** {@code pairs}, but no more than the 3N - 3 non-zero modes there are (and at least one). */
    private static int atMostAll(int particles, long pairs) {
        return (int) Math.max(1, Math.min(3L * particles - 3, pairs));
    }

    static final double BELOW_FREQUENCY_FRACTION = 0.07;

    /** K of a selection: its count, or for a selection by frequency an estimate of the pairs it will hold. */
    public static int modes(ModeSelection selection, int particles) {
        return switch (selection) {
            case ModeSelection.Lowest l -> l.count();
            case ModeSelection.BelowBosonPeak b -> modesBelowBosonPeak(particles);
            case ModeSelection.BelowFrequency f -> modesBelowFrequency(particles);
        };
    }

    /** The factor of the package that will run ({@link #factoriser}), bytes. */
    public double factorBytes() {
        return factoriser == Factoriser.CHOLMOD ? cholmodFactorBytes() : mumpsFactorBytes();
    }

    /** MUMPS's pivoting factor and work space, bytes. */
    double mumpsFactorBytes() {
        return FACTOR_BYTES_16K * Math.pow(particles / 16000.0, FACTOR_EXPONENT) * Math.pow(wider(), WIDER_EXPONENT);
    }

    /** CHOLMOD's peak (Common.memory_usage), bytes. */
    double cholmodFactorBytes() {
        return CHOLMOD_BYTES_32K * Math.pow(particles / 32000.0, CHOLMOD_EXPONENT)
                * Math.pow(wider(), CHOLMOD_WIDER_EXPONENT);
    }

    private double wider() {
        return Math.max(1, neighbours / HARMONIC_NEIGHBOURS);
    }

    public double eigensolverBytes() {
        double dof = 3.0 * particles;
        int ncv = Math.max(2 * modes, modes + 15);
        double basis = dof * ncv * 8;
        double vectors = 2 * modes * dof * 8;
        double csr = 3 * 9 * (1 + neighbours) * particles * 12.0;
        if (factoriser == Factoriser.MUMPS) {
            return PROCESS_BYTES + mumpsFactorBytes() + basis + vectors + csr;
        }
        double process = CHOLMOD_PROCESS_BYTES;
        double solve = process + cholmodFactorBytes() + basis + vectors + csr;
        // the count check runs after the solve's run (basis and factor) is freed
        double count = process + DISCARDED_FRACTION * mumpsFactorBytes() + vectors / 2 + csr; // ours only
        return Math.max(solve, count);
    }

    public double exciteBytes() {
        return PROCESS_BYTES + 2 * modes * 3.0 * particles * 8 + workers * WORKER_BYTES_PER_PARTICLE * particles;
    }

    public double peakBytes() {
        return solves ? Math.max(eigensolverBytes(), exciteBytes()) : exciteBytes();
    }

    /** For summary.json and run.json: megabytes (10^6 bytes) of each part. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("N", particles);
        m.put("modes", modes);
        m.put("neighbours_per_particle", neighbours);
        m.put("workers", workers);
        if (solves) {
            m.put("eigensolver_MB", mb(eigensolverBytes()));
            m.put("factor_package", factoriser.key());
            m.put("factor_MB", mb(factorBytes()));
        }
        m.put("excite_MB", mb(exciteBytes()));
        m.put("peak_MB", mb(peakBytes()));
        return m;
    }

    public String line() {
        String eigen = solves ? String.format(Locale.ROOT, "eigensolver %s (%s factor %s), ",
                text(eigensolverBytes()), factoriser, text(factorBytes())) : "";
        return String.format(Locale.ROOT,
                "memory estimate: N = %d, K = %d, z = %.1f, %d worker%s: %sexcite %s; peak %s",
                particles, modes, neighbours, workers, workers == 1 ? "" : "s", eigen, text(exciteBytes()),
                text(peakBytes()));
    }

    static long mb(double bytes) {
        return Math.round(bytes / 1e6);
    }

    static String text(double bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9) : mb(bytes) + " MB";
    }
}
