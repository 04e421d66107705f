package org.modekick.modes;

import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.stream.IntStream;
import org.modekick.system.Box;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * The phonon order parameter, Eq. (3): with plane waves u_i^{q,alpha} = s_alpha(q^) exp(i q.r0_i)/sqrt(N)
 * on the inherent structure r0, O^{q,alpha} = |sum_i u_i^{q,alpha} . e_i|^2 (e normalised to 1) and
 * O = sum of the O^{q,alpha} &gt;= N_m/(3N - 3), over the box's allowed q != 0 and alpha = L, T1, T2
 * ({@link WaveVectors} fixes the transverse pair). Both q and -q count (they give equal values), so an
 * ideal standing wave, cos or sin, has O = 1.
 *
 * <p><b>Which q.</b> A plane-wave component can reach the threshold only near the mode's own frequency,
 * and at a given frequency the transverse branch has the largest |q|. If the k lowest non-zero modes
 * include every transverse phonon with wave number below q_T(omega_k) (2 polarisations, V q^3/(6 pi^2)
 * states each), then V q_T^3/(3 pi^2) &lt;= k, i.e. q_T &lt;= (3 pi^2 k / V)^{1/3}; quasi-localised modes
 * below omega_k only make k larger, so the bound stays safe. Mode k therefore uses
 * <pre>  |q| &lt;= qMax(k) = safety * max(2 pi / L_max, (3 pi^2 k / V)^{1/3}),</pre>
 * with safety = 1.5 by default for dispersion and for components on neighbouring shells; the floor
 * 2 pi / L_max keeps the first shell for the very lowest modes. O_k does not depend on how many other
 * modes were computed, and the work is about N k safety^3 / 4 per mode instead of N^2.
 *
 * <p>For a disordered structure the plane waves are only nearly orthonormal, so sum_{q,alpha} O^{q,alpha}
 * (and in principle O) can exceed 1 by O(N^{-1/2}); on a lattice they are exactly orthonormal.
 *
 * <p><b>Cost.</b> exp(i q.r) is the product of per-axis powers of exp(2 pi i x_a / L_a), so no
 * trigonometry per (q, particle); modes are processed in groups that share the phases of a chunk of
 * particles, and groups run in parallel when the vectors' memory is shared (a confined arena's segments
 * are processed on the calling thread).
 */
public final class PhononOrderParameter {

    public static final int PAPER_NM = 100;
    public static final double DEFAULT_SAFETY = 1.5;

    private static final int CHUNK = 256;
    private static final int GROUP = 16;

    private final Box box;
    private final int n;
    private final int nm;
    private final double safety;
    /** cos and sin of 2 pi (x_a - lo_a)/L_a, per particle and axis: 6 per particle. */
    private final double[] unitPhases;

    public PhononOrderParameter(Configuration inherent, int nm, double safety) {
        if (nm < 0) {
            throw new IllegalArgumentException("N_m must be >= 0: " + nm);
        }
        if (!(safety >= 1)) {
            throw new IllegalArgumentException("safety factor must be >= 1: " + safety);
        }
        if (inherent.size() < 2) {
            throw new IllegalArgumentException("need at least 2 particles");
        }
        this.box = inherent.box();
        this.n = inherent.size();
        this.nm = nm;
        this.safety = safety;
        this.unitPhases = new double[6 * n];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double theta = 2 * Math.PI * (inherent.x(i, a) - box.lo(a)) / box.length(a);
                unitPhases[6 * i + 2 * a] = Math.cos(theta);
                unitPhases[6 * i + 2 * a + 1] = Math.sin(theta);
            }
        }
    }

    /** The paper's choice: N_m = 100, and the default safety factor. */
    public PhononOrderParameter(Configuration inherent) {
        this(inherent, PAPER_NM, DEFAULT_SAFETY);
    }

    /** N_m/(3N - 3): a component counts when it is at least this. */
    public double threshold() {
        return nm / (3.0 * n - 3);
    }

    /** The wave-number cutoff of mode k (1-based, k = 1 the lowest non-zero mode). */
    public double qMax(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("mode index is 1-based: " + k);
        }
        double lMax = Math.max(box.lx(), Math.max(box.ly(), box.lz()));
        double debye = Math.cbrt(3 * Math.PI * Math.PI * k / box.volume());
        return safety * Math.max(2 * Math.PI / lMax, debye);
    }

    /** O_k of each mode, mode k using {@link #qMax(int) qMax(k)}. */
    public double[] of(Modes modes) {
        double[] qMax = new double[modes.size()];
        for (int k = 1; k <= modes.size(); k++) {
            qMax[k - 1] = qMax(k);
        }
        return of(modes.modes().stream().map(Mode::vector).toList(), qMax);
    }

    /** O of one vector (need not be normalised) over 0 &lt; |q| &lt;= qMax. */
    public double of(MemorySegment e, double qMax) {
        return of(List.of(e), new double[] {qMax})[0];
    }

    /** O of each vector, vector m over 0 &lt; |q| &lt;= qMax[m]. */
    public double[] of(List<MemorySegment> vectors, double[] qMax) {
        if (vectors.size() != qMax.length) {
            throw new IllegalArgumentException(vectors.size() + " vectors but " + qMax.length + " cutoffs");
        }
        for (MemorySegment e : vectors) {
            ParticleVector.of(e, n, "a mode");
        }
        double largest = 0;
        for (double q : qMax) {
            largest = Math.max(largest, q);
        }
        WaveVectors waves = WaveVectors.halfSpace(box, largest);
        int[] qCount = new int[qMax.length];
        for (int m = 0; m < qMax.length; m++) {
            qCount[m] = waves.countUpTo(qMax[m]);
        }
        double[] result = new double[vectors.size()];
        int groups = (vectors.size() + GROUP - 1) / GROUP;
        // Segments of a confined arena can only be read by their owner thread.
        Thread other = Thread.ofVirtual().unstarted(() -> { });
        boolean shared = vectors.stream().allMatch(v -> v.isAccessibleBy(other));
        IntStream range = IntStream.range(0, groups);
        (shared ? range.parallel() : range).forEach(g -> {
            int from = g * GROUP;
            int to = Math.min(vectors.size(), from + GROUP);
            double[][] amplitudes = amplitudes(waves, vectors.subList(from, to), qCount, from);
            for (int m = from; m < to; m++) {
                result[m] = sumAboveThreshold(waves, amplitudes[m - from], qCount[m], vectors.get(m));
            }
        });
        return result;
    }

    /**
     * E_a(q) = sum_i e_i,a exp(i q.r0_i) for each vector of a group and each of its wave vectors: 6
     * numbers (Re, Im per axis) per q.
     */
    private double[][] amplitudes(WaveVectors waves, List<MemorySegment> group, int[] qCount, int first) {
        int size = group.size();
        int qGroup = 0;
        double[][] acc = new double[size][];
        for (int m = 0; m < size; m++) {
            acc[m] = new double[6 * qCount[first + m]];
            qGroup = Math.max(qGroup, qCount[first + m]);
        }
        int[] span = {waves.maxIndex(0), waves.maxIndex(1), waves.maxIndex(2)};
        // powers[a][(k + span[a]) * CHUNK + p] = exp(2 pi i k x_a,p / L_a), k = -span..span
        double[][] powRe = new double[3][];
        double[][] powIm = new double[3][];
        for (int a = 0; a < 3; a++) {
            powRe[a] = new double[(2 * span[a] + 1) * CHUNK];
            powIm[a] = new double[(2 * span[a] + 1) * CHUNK];
        }
        double[][] ex = new double[size][CHUNK];
        double[][] ey = new double[size][CHUNK];
        double[][] ez = new double[size][CHUNK];
        double[] phaseRe = new double[CHUNK];
        double[] phaseIm = new double[CHUNK];
        for (int p0 = 0; p0 < n; p0 += CHUNK) {
            int len = Math.min(CHUNK, n - p0);
            for (int a = 0; a < 3; a++) {
                fillPowers(powRe[a], powIm[a], span[a], a, p0, len);
            }
            for (int m = 0; m < size; m++) {
                MemorySegment e = group.get(m);
                for (int p = 0; p < len; p++) {
                    long base = 3L * (p0 + p);
                    ex[m][p] = e.getAtIndex(Mode.DOUBLE, base);
                    ey[m][p] = e.getAtIndex(Mode.DOUBLE, base + 1);
                    ez[m][p] = e.getAtIndex(Mode.DOUBLE, base + 2);
                }
            }
            for (int j = 0; j < qGroup; j++) {
                int ox = (waves.index(j, 0) + span[0]) * CHUNK;
                int oy = (waves.index(j, 1) + span[1]) * CHUNK;
                int oz = (waves.index(j, 2) + span[2]) * CHUNK;
                for (int p = 0; p < len; p++) {
                    double xr = powRe[0][ox + p], xi = powIm[0][ox + p];
                    double yr = powRe[1][oy + p], yi = powIm[1][oy + p];
                    double zr = powRe[2][oz + p], zi = powIm[2][oz + p];
                    double xyr = xr * yr - xi * yi;
                    double xyi = xr * yi + xi * yr;
                    phaseRe[p] = xyr * zr - xyi * zi;
                    phaseIm[p] = xyr * zi + xyi * zr;
                }
                // Two modes per pass share each phase load; modes are in ascending cutoff order in
                // practice, but any order is handled.
                int m = 0;
                while (m < size) {
                    if (j >= qCount[first + m]) {
                        m++;
                        continue;
                    }
                    int m2 = m + 1;
                    while (m2 < size && j >= qCount[first + m2]) {
                        m2++;
                    }
                    if (m2 < size) {
                        dot2(ex[m], ey[m], ez[m], ex[m2], ey[m2], ez[m2], phaseRe, phaseIm, len, acc[m], acc[m2], 6 * j);
                        m = m2 + 1;
                    } else {
                        dot1(ex[m], ey[m], ez[m], phaseRe, phaseIm, len, acc[m], 6 * j);
                        m = m2;
                    }
                }
            }
        }
        return acc;
    }

    private static void dot1(double[] x, double[] y, double[] z, double[] cr, double[] ci, int len, double[] out,
            int at) {
        double sxr = 0, sxi = 0, syr = 0, syi = 0, szr = 0, szi = 0;
        for (int p = 0; p < len; p++) {
            double c = cr[p], s = ci[p];
            sxr += x[p] * c;
            sxi += x[p] * s;
            syr += y[p] * c;
            syi += y[p] * s;
            szr += z[p] * c;
            szi += z[p] * s;
        }
        out[at] += sxr;
        out[at + 1] += sxi;
        out[at + 2] += syr;
        out[at + 3] += syi;
        out[at + 4] += szr;
        out[at + 5] += szi;
    }

    private static void dot2(double[] x, double[] y, double[] z, double[] u, double[] v, double[] w, double[] cr,
            double[] ci, int len, double[] out, double[] out2, int at) {
        double sxr = 0, sxi = 0, syr = 0, syi = 0, szr = 0, szi = 0;
        double tur = 0, tui = 0, tvr = 0, tvi = 0, twr = 0, twi = 0;
        for (int p = 0; p < len; p++) {
            double c = cr[p], s = ci[p];
            sxr += x[p] * c;
            sxi += x[p] * s;
            syr += y[p] * c;
            syi += y[p] * s;
            szr += z[p] * c;
            szi += z[p] * s;
            tur += u[p] * c;
            tui += u[p] * s;
            tvr += v[p] * c;
            tvi += v[p] * s;
            twr += w[p] * c;
            twi += w[p] * s;
        }
        out[at] += sxr;
        out[at + 1] += sxi;
        out[at + 2] += syr;
        out[at + 3] += syi;
        out[at + 4] += szr;
        out[at + 5] += szi;
        out2[at] += tur;
        out2[at + 1] += tui;
        out2[at + 2] += tvr;
        out2[at + 3] += tvi;
        out2[at + 4] += twr;
        out2[at + 5] += twi;
    }

    /** exp(2 pi i k x / L) for k = -span..span by repeated multiplication (error ~ k ulp). */
    private void fillPowers(double[] re, double[] im, int span, int axis, int p0, int len) {
        int zero = span * CHUNK;
        for (int p = 0; p < len; p++) {
            double c = unitPhases[6 * (p0 + p) + 2 * axis];
            double s = unitPhases[6 * (p0 + p) + 2 * axis + 1];
            double r = 1, i = 0;
            re[zero + p] = 1;
            im[zero + p] = 0;
            for (int k = 1; k <= span; k++) {
                double nr = r * c - i * s;
                i = r * s + i * c;
                r = nr;
                re[zero + k * CHUNK + p] = r;
                im[zero + k * CHUNK + p] = i;
                re[zero - k * CHUNK + p] = r;
                im[zero - k * CHUNK + p] = -i;
            }
        }
    }

    private double sumAboveThreshold(WaveVectors waves, double[] amplitude, int qCount, MemorySegment e) {
        double norm = new ParticleVector(e).normSquared();
        if (!(norm > 0)) {
            throw new IllegalArgumentException("zero vector has no phonon order parameter");
        }
        double threshold = threshold();
        double total = 0;
        for (int j = 0; j < qCount; j++) {
            for (int alpha = 0; alpha < 3; alpha++) {
                double re = 0, im = 0;
                for (int a = 0; a < 3; a++) {
                    double s = waves.polarisation(j, alpha, a);
                    re += s * amplitude[6 * j + 2 * a];
                    im += s * amplitude[6 * j + 2 * a + 1];
                }
                double o = (re * re + im * im) / (n * norm);
                if (o >= threshold) {
                    total += 2 * o; // q and -q
                }
            }
        }
        return total;
    }
}
