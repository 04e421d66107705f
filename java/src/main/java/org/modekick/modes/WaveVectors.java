package org.modekick.modes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.modekick.system.Box;

/**
 * The wave vectors q = 2 pi (nx/Lx, ny/Ly, nz/Lz) allowed by the periodic box with 0 &lt; |q| &lt;= qMax,
 * one of each pair +-q (the half space nz &gt; 0, or nz = 0 and ny &gt; 0, or nz = ny = 0 and nx &gt; 0),
 * sorted by |q| (ties by nz, ny, nx), each with its polarisations s_L = q^, s_T1, s_T2 (Eq. (3)).
 *
 * <p>The transverse pair is fixed deterministically: with m the axis along which |q^_m| is smallest
 * (the lowest such axis on ties), s_T1 = q^ x e_m / |q^ x e_m| and s_T2 = q^ x s_T1. For -q the basis is
 * taken as the negative of that of q, so O^{-q,alpha} = O^{q,alpha} exactly for a real eigenvector (the
 * plane wave of -q is the complex conjugate of that of q): the half space suffices.
 */
public final class WaveVectors {

    private final int[] indices;     // nx, ny, nz per q
    private final double[] vectors;  // qx, qy, qz per q
    private final double[] magnitudes;
    private final double[] bases;    // L, T1, T2 (3 each) per q

    private WaveVectors(int[] indices, double[] vectors, double[] magnitudes, double[] bases) {
        this.indices = indices;
        this.vectors = vectors;
        this.magnitudes = magnitudes;
        this.bases = bases;
    }

    public static WaveVectors halfSpace(Box box, double qMax) {
        if (!(qMax >= 0) || Double.isInfinite(qMax)) {
            throw new IllegalArgumentException("qMax must be finite and >= 0: " + qMax);
        }
        double[] unit = {2 * Math.PI / box.lx(), 2 * Math.PI / box.ly(), 2 * Math.PI / box.lz()};
        int[] m = new int[3];
        for (int a = 0; a < 3; a++) {
            m[a] = (int) Math.floor(qMax / unit[a] * (1 + 1e-12));
        }
        double limit2 = qMax * qMax * (1 + 2e-12);
        List<int[]> found = new ArrayList<>();
        for (int nz = 0; nz <= m[2]; nz++) {
            for (int ny = -m[1]; ny <= m[1]; ny++) {
                for (int nx = -m[0]; nx <= m[0]; nx++) {
                    boolean upper = nz > 0 || (nz == 0 && (ny > 0 || (ny == 0 && nx > 0)));
                    double qx = nx * unit[0], qy = ny * unit[1], qz = nz * unit[2];
                    if (upper && qx * qx + qy * qy + qz * qz <= limit2) {
                        found.add(new int[] {nx, ny, nz});
                    }
                }
            }
        }
        Comparator<int[]> order = Comparator.comparingDouble((int[] n) -> magnitude2(n, unit))
                .thenComparingInt(n -> n[2]).thenComparingInt(n -> n[1]).thenComparingInt(n -> n[0]);
        found.sort(order);
        int count = found.size();
        int[] indices = new int[3 * count];
        double[] vectors = new double[3 * count];
        double[] magnitudes = new double[count];
        double[] bases = new double[9 * count];
        for (int j = 0; j < count; j++) {
            int[] n = found.get(j);
            double[] q = new double[3];
            for (int a = 0; a < 3; a++) {
                indices[3 * j + a] = n[a];
                q[a] = n[a] * unit[a];
                vectors[3 * j + a] = q[a];
            }
            magnitudes[j] = Math.sqrt(magnitude2(n, unit));
            polarisations(q, magnitudes[j], bases, 9 * j);
        }
        return new WaveVectors(indices, vectors, magnitudes, bases);
    }

    private static double magnitude2(int[] n, double[] unit) {
        double x = n[0] * unit[0], y = n[1] * unit[1], z = n[2] * unit[2];
        return x * x + y * y + z * z;
    }

    private static void polarisations(double[] q, double norm, double[] out, int offset) {
        double[] l = {q[0] / norm, q[1] / norm, q[2] / norm};
        int m = 0;
        for (int a = 1; a < 3; a++) {
            if (Math.abs(l[a]) < Math.abs(l[m])) {
                m = a;
            }
        }
        double[] axis = new double[3];
        axis[m] = 1;
        double[] t1 = cross(l, axis);
        double t1Norm = Math.sqrt(t1[0] * t1[0] + t1[1] * t1[1] + t1[2] * t1[2]);
        for (int a = 0; a < 3; a++) {
            t1[a] /= t1Norm;
        }
        double[] t2 = cross(l, t1);
        System.arraycopy(l, 0, out, offset, 3);
        System.arraycopy(t1, 0, out, offset + 3, 3);
        System.arraycopy(t2, 0, out, offset + 6, 3);
    }

    private static double[] cross(double[] u, double[] v) {
        return new double[] {u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]};
    }

    public int size() {
        return magnitudes.length;
    }

    /** (nx, ny, nz) of wave vector j. */
    public int index(int j, int axis) {
        return indices[3 * j + axis];
    }

    public double component(int j, int axis) {
        return vectors[3 * j + axis];
    }

    public double magnitude(int j) {
        return magnitudes[j];
    }

    /** Component {@code axis} of polarisation alpha (0 = L, 1 = T1, 2 = T2) of wave vector j. */
    public double polarisation(int j, int alpha, int axis) {
        return bases[9 * j + 3 * alpha + axis];
    }

    /** The largest |n_axis| among the wave vectors. */
    public int maxIndex(int axis) {
        int m = 0;
        for (int j = 0; j < size(); j++) {
            m = Math.max(m, Math.abs(indices[3 * j + axis]));
        }
        return m;
    }

    /** How many of the (sorted) wave vectors have |q| &lt;= qMax: they are the first ones. */
    public int countUpTo(double qMax) {
        double limit = qMax * (1 + 1e-12);
        int lo = 0, hi = magnitudes.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (magnitudes[mid] <= limit) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
