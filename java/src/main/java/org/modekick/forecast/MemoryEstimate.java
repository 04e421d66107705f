package org.modekick.forecast;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.modekick.modes.ModeSelection;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;

/**
 * The memory a run will need, from N, the number of modes K, the neighbours per particle z of the Hessian and the
 * excite workers, before anything is computed. The modes step and the excite step run one after the other, so the
 * run's peak is the larger of the two.
 *
 * <p><b>Modes.</b> The peak is MUMPS's factorisation of the shifted Hessian. Measured on harmonic glasses (PORD
 * ordering): INFOG(16) = 646 MB for the pivoting LDL^T of N = 16,000 (the count check's, the larger of the two
 * factorisations, which run one after the other), factor entries growing as N^1.39. A wider interaction adds
 * neighbours and fill: the factor is scaled by (z / z_harmonic)^0.8, the exponent fitted to the LJ glass of N = 8000
 * (z = 62.1; 1,638 MB peak for K = 60; nested dissection's thicker separators alone would give 2/3). Beside it: the
 * Lanczos basis, 3N ncv doubles with SLEPc's default ncv = max(2K, K + 15); the K eigenvectors twice (SLEPc's and
 * ours); the CSR Hessian (9 (1 + z) N entries of 8 + 4 bytes) three times (ours, the shifted copy, the
 * preconditioner's); and the process itself (JVM, PETSc, MUMPS, LAMMPS), 250 MB measured at N = 2000. At
 * N = 32,000, K = 100 this gives 2,351 MB against 2,320-2,467 MB measured peak resident size.
 *
 * <p><b>Excite.</b> The process, the K eigenvectors twice (the modes read back and the plan's copy), and per worker
 * a LAMMPS instance and the worker's Java states: {@link #WORKER_BYTES_PER_PARTICLE} bytes a particle (per-atom
 * arrays and neighbour list in LAMMPS, some tens of 3N-double states in Java).
 *
 * @param particles N
 * @param modes K (for a selection by frequency, the estimate {@link #modesBelowBosonPeak})
 * @param neighbours z, pairs within the interaction's cutoff per particle, times two
 * @param workers excite's LAMMPS instances in this process
 * @param solves whether this process runs the eigensolver (an excite run given its modes does not)
 */
public record MemoryEstimate(int particles, int modes, double neighbours, int workers, boolean solves) {

    /** MUMPS's pivoting factorisation of the N = 16,000 harmonic glass, bytes (INFOG(16) = 646 MB). */
    static final double FACTOR_BYTES_16K = 646e6;
    static final double FACTOR_EXPONENT = 1.39;
    /** z of the harmonic glasses: contacts per particle, 8.69-8.72 at N = 2000, 16,000 and 32,000. */
    static final double HARMONIC_NEIGHBOURS = 8.72;
    /** How the factor grows with z beyond the harmonic glasses' (fitted on LJ, N = 8000). */
    static final double WIDER_EXPONENT = 0.8;
    static final double PROCESS_BYTES = 250e6;
    static final double WORKER_BYTES_PER_PARTICLE = 4096;

    public MemoryEstimate {
        if (particles < 1 || modes < 1 || !(neighbours >= 0) || workers < 1) {
            throw new IllegalArgumentException("memory estimate for N = " + particles + ", K = " + modes + ", z = "
                    + neighbours + ", " + workers + " workers");
        }
    }

    /**
     * The estimate for glass {@code c}: z counted for the styles with Java formulas; for any other interaction (whose
     * range Java does not know) that of the harmonic glasses, so the factor is then a lower bound for a longer range.
     */
    public static MemoryEstimate of(Configuration c, Interaction interaction, int modes, int workers, boolean solves) {
        double z = interaction.analytic().map(f -> neighbours(c, f)).orElse(HARMONIC_NEIGHBOURS);
        return new MemoryEstimate(c.size(), modes, z, workers, solves);
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
     * The eigenpairs a selection by frequency holds, for the memory: the spectrum slicing keeps every pair of its
     * windows, which run past the boson peak to find it; at N = 2000 they held 204 (harmonic) and 389 (LJ) pairs of
     * the 6000, for 4 and 12 modes below omega_BP.
     */
    public static int modesBelowBosonPeak(int particles) {
        return (int) Math.max(20, Math.round(BOSON_PEAK_FRACTION * 3 * particles));
    }

    static final double BOSON_PEAK_FRACTION = 0.07;

    /** K of a selection: its count, or for a selection by frequency {@link #modesBelowBosonPeak}. */
    public static int modes(ModeSelection selection, int particles) {
        return selection instanceof ModeSelection.Lowest l ? l.count() : modesBelowBosonPeak(particles);
    }

    /** MUMPS's factor and work space, bytes. */
    public double factorBytes() {
        double wider = Math.max(1, neighbours / HARMONIC_NEIGHBOURS);
        return FACTOR_BYTES_16K * Math.pow(particles / 16000.0, FACTOR_EXPONENT) * Math.pow(wider, WIDER_EXPONENT);
    }

    public double eigensolverBytes() {
        double dof = 3.0 * particles;
        int ncv = Math.max(2 * modes, modes + 15);
        double basis = dof * ncv * 8;
        double vectors = 2 * modes * dof * 8;
        double csr = 3 * 9 * (1 + neighbours) * particles * 12.0;
        return PROCESS_BYTES + factorBytes() + basis + vectors + csr;
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
            m.put("factor_MB", mb(factorBytes()));
        }
        m.put("excite_MB", mb(exciteBytes()));
        m.put("peak_MB", mb(peakBytes()));
        return m;
    }

    public String line() {
        String eigen = solves ? String.format(Locale.ROOT, "eigensolver %s (MUMPS factor %s), ",
                text(eigensolverBytes()), text(factorBytes())) : "";
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
