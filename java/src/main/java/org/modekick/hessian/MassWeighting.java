package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.modekick.system.Configuration;

/**
 * Unequal masses: the vibrational modes are those of the dynamical matrix D = M^-1/2 H M^-1/2, omega^2 its
 * eigenvalues and e_k (unit, mass-weighted coordinates q = M^1/2 u) its eigenvectors. What modekick does with them:
 *
 * <ul>
 * <li>omega_k^2 = the eigenvalue of D (lambda_k of the paper when every mass is 1);
 * <li>the kick of Eq. (5) is a displacement of the positions, r = r0 + A d_k with d_k = M^-1/2 e_k / |M^-1/2 e_k|,
 *     the mode's displacement pattern made a unit vector in positions, so that A stays a length;
 * <li>P_k (Eq. 3) and O_k (Eq. 4) are computed from e_k, the eigenvector of D (the usual convention for the
 *     vibrational density of states: sum_i |e_k,i|^2 = 1 counts kinetic energy per particle);
 * <li>|dr| and I of the rearrangement are computed from positions, as before.
 * </ul>
 *
 * With every mass equal to m, D = H / m, e_k = d_k and omega^2 = lambda / m: the paper's definitions (m = 1).
 */
public final class MassWeighting {

    /** What summary.json says of the convention (key {@value #CONVENTION_KEY}). */
    public static final String CONVENTION = "modes: eigenpairs (omega^2, e) of D = M^-1/2 H M^-1/2; kick: r0 + A sqrt(N) d"
            + " with d = M^-1/2 e / |M^-1/2 e| (unit in positions, A a length); curvature along the kick kappa = d.H.d;"
            + " P, O from e; |dr|, N_rearr, I from positions (I against d); equal masses m: D = H / m, lambda = m"
            + " omega^2, d = e, kappa = m omega^2; every mass 1: the paper's definitions";
    public static final String CONVENTION_KEY = "mass_convention";

    private final double[] mass; // per particle
    private final double[] inverseRoot; // per particle: m_i^-1/2
    private final boolean uniform;

    private MassWeighting(double[] mass, double[] inverseRoot, boolean uniform) {
        this.mass = mass;
        this.inverseRoot = inverseRoot;
        this.uniform = uniform;
    }

    /**
     * Whether every per-type mass is exactly 1: then D = H, and modekick computes and kicks the modes of H as the
     * paper does, without a single multiplication by 1.
     */
    public static boolean unit(double[] typeMasses) {
        for (double m : typeMasses) {
            if (m != 1) {
                return false;
            }
        }
        return true;
    }

    /** Per-particle masses from per-type ones (index t - 1 = type t). */
    public static MassWeighting of(Configuration c, double[] typeMasses) {
        double[] w = new double[c.size()];
        double[] masses = new double[c.size()];
        boolean uniform = true;
        for (int i = 0; i < w.length; i++) {
            double m = typeMasses[c.type(i) - 1];
            if (!(m > 0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("mass of type " + c.type(i) + " must be positive: " + m);
            }
            masses[i] = m;
            w[i] = 1 / Math.sqrt(m);
            uniform &= m == typeMasses[c.type(0) - 1];
        }
        return new MassWeighting(masses, w, uniform);
    }

    /** True when every particle has the same mass (the dynamical matrix is then H / m). */
    public boolean uniform() {
        return uniform;
    }

    /** The mass of particle i. */
    public double mass(int particle) {
        return mass[particle];
    }

    /** The smallest mass of a particle. */
    public double lightest() {
        double m = Double.POSITIVE_INFINITY;
        for (double x : mass) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** m_i^-1/2 of particle i. */
    public double inverseRootMass(int particle) {
        return inverseRoot[particle];
    }

    /** D = M^-1/2 H M^-1/2 row by row: a copy of {@code h} (rows of particles from h's first row on). */
    public CsrMatrix dynamical(CsrMatrix h, Arena arena) {
        int rows = h.rows();
        long nnz = h.nonZeros();
        MemorySegment pointers = arena.allocate(ValueLayout.JAVA_INT, rows + 1L);
        MemorySegment columns = arena.allocate(ValueLayout.JAVA_INT, Math.max(nnz, 1));
        MemorySegment values = arena.allocate(ValueLayout.JAVA_DOUBLE, Math.max(nnz, 1));
        for (int r = 0; r <= rows; r++) {
            pointers.setAtIndex(ValueLayout.JAVA_INT, r, h.rowStart(r));
        }
        for (int r = 0; r < rows; r++) {
            double wi = inverseRoot[(h.firstRow() + r) / 3];
            for (int e = h.rowStart(r); e < h.rowStart(r + 1); e++) {
                int col = h.column(e);
                columns.setAtIndex(ValueLayout.JAVA_INT, e, col);
                values.setAtIndex(ValueLayout.JAVA_DOUBLE, e, wi * h.value(e) * inverseRoot[col / 3]);
            }
        }
        return new CsrMatrix(h.firstRow(), rows, h.columns(), pointers, columns, values);
    }

    /** A source of D's rows from a source of H's. */
    public HessianSource dynamical(HessianSource h) {
        return (first, end, arena) -> dynamical(h.rowRange(first, end, arena), arena);
    }

    /**
     * The kick direction d = M^-1/2 e / |M^-1/2 e| of an eigenvector e of D (3N doubles, x y z per particle),
     * written into {@code out} (which may be e itself); returns |M^-1/2 e|.
     */
    public double displacement(MemorySegment e, MemorySegment out) {
        double sum = 0;
        int n = inverseRoot.length;
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < 3; a++) {
                double u = inverseRoot[i] * e.getAtIndex(ValueLayout.JAVA_DOUBLE, 3L * i + a);
                out.setAtIndex(ValueLayout.JAVA_DOUBLE, 3L * i + a, u);
                sum += u * u;
            }
        }
        double norm = Math.sqrt(sum);
        for (long k = 0; k < 3L * n; k++) {
            out.setAtIndex(ValueLayout.JAVA_DOUBLE, k, out.getAtIndex(ValueLayout.JAVA_DOUBLE, k) / norm);
        }
        return norm;
    }
}
