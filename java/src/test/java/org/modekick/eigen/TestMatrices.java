package org.modekick.eigen;

import java.lang.foreign.SegmentAllocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.modekick.hessian.CsrMatrix;

/** Hessians with known spectra for the eigensolver tests. */
final class TestMatrices {

    private TestMatrices() {}

    /** Symmetric matrix assembled from (i, j, value) additions; both triangles stored. */
    static final class Builder {
        final int n;
        final List<TreeMap<Integer, Double>> rows = new ArrayList<>();

        Builder(int n) {
            this.n = n;
            for (int i = 0; i < n; i++) {
                rows.add(new TreeMap<>());
            }
        }

        void add(int i, int j, double v) {
            rows.get(i).merge(j, v, Double::sum);
        }

        /** Adds k (u_a - u_b)^T P (u_a - u_b) / 2 where P = e e^T (e unit, or identity if e == null). */
        void spring(int a, int b, double k, double[] e) {
            for (int p = 0; p < 3; p++) {
                for (int q = 0; q < 3; q++) {
                    double m = e == null ? (p == q ? k : 0) : k * e[p] * e[q];
                    if (m == 0) {
                        continue;
                    }
                    add(3 * a + p, 3 * a + q, m);
                    add(3 * b + p, 3 * b + q, m);
                    add(3 * a + p, 3 * b + q, -m);
                    add(3 * b + p, 3 * a + q, -m);
                }
            }
        }

        CsrMatrix build(SegmentAllocator allocator) {
            int[] rp = new int[n + 1];
            int nnz = 0;
            for (int i = 0; i < n; i++) {
                rp[i] = nnz;
                nnz += rows.get(i).size();
            }
            rp[n] = nnz;
            int[] ci = new int[nnz];
            double[] v = new double[nnz];
            int p = 0;
            for (int i = 0; i < n; i++) {
                for (var e : rows.get(i).entrySet()) {
                    ci[p] = e.getKey();
                    v[p++] = e.getValue();
                }
            }
            return CsrMatrix.copyOf(allocator, n, rp, ci, v);
        }

        double[][] dense() {
            double[][] d = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (var e : rows.get(i).entrySet()) {
                    d[i][e.getKey()] = e.getValue();
                }
            }
            return d;
        }
    }

    /**
     * Simple cubic lattice L[0] x L[1] x L[2], periodic, nearest neighbours joined by springs that act on
     * polarisation a along bond direction d with stiffness k[d][a]: energy sum k[d][a] (u_ia - u_ja)^2 / 2.
     * H is block diagonal in the polarisation, each block a weighted lattice Laplacian.
     */
    static Builder springLattice(int[] L, double[][] k) {
        Builder b = new Builder(3 * L[0] * L[1] * L[2]);
        for (int x = 0; x < L[0]; x++) {
            for (int y = 0; y < L[1]; y++) {
                for (int z = 0; z < L[2]; z++) {
                    int i = (x * L[1] + y) * L[2] + z;
                    for (int d = 0; d < 3; d++) {
                        int[] c = {x, y, z};
                        c[d] = (c[d] + 1) % L[d];
                        int j = (c[0] * L[1] + c[1]) * L[2] + c[2];
                        for (int a = 0; a < 3; a++) {
                            double[] e = new double[3];
                            e[a] = 1;
                            b.spring(i, j, k[d][a], e);
                        }
                    }
                }
            }
        }
        return b;
    }

    /** All 3N eigenvalues of {@link #springLattice}, ascending: sum_d 2 k[d][a] (1 - cos(2 pi m_d / L_d)). */
    static double[] springLatticeSpectrum(int[] L, double[][] k) {
        double[] ev = new double[3 * L[0] * L[1] * L[2]];
        int p = 0;
        for (int a = 0; a < 3; a++) {
            for (int mx = 0; mx < L[0]; mx++) {
                for (int my = 0; my < L[1]; my++) {
                    for (int mz = 0; mz < L[2]; mz++) {
                        int[] m = {mx, my, mz};
                        double s = 0;
                        for (int d = 0; d < 3; d++) {
                            s += 2 * k[d][a] * (1 - Math.cos(2 * Math.PI * m[d] / L[d]));
                        }
                        ev[p++] = s;
                    }
                }
            }
        }
        Arrays.sort(ev);
        return ev;
    }

    /**
     * Random spring network: each particle joined to {@code bondsPerParticle} random others by springs
     * k (u_i - u_j).n_ij along random unit vectors n_ij, k in [0.5, 1.5). Translation invariant; with
     * enough bonds generically rigid, so its null space is exactly the 3 translations.
     */
    static Builder randomNetwork(int particles, int bondsPerParticle, long seed) {
        Random r = new Random(seed);
        Builder b = new Builder(3 * particles);
        for (int i = 0; i < particles; i++) {
            for (int s = 0; s < bondsPerParticle; s++) {
                int j;
                do {
                    j = r.nextInt(particles);
                } while (j == i);
                double[] e = {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
                double norm = Math.sqrt(e[0] * e[0] + e[1] * e[1] + e[2] * e[2]);
                for (int a = 0; a < 3; a++) {
                    e[a] /= norm;
                }
                b.spring(i, j, 0.5 + r.nextDouble(), e);
            }
        }
        return b;
    }

    /**
     * A spatially local spring network, like a glass Hessian: a simple cubic lattice of side {@code side}
     * (periodic, spacing 1) with each particle displaced by up to +-0.3 per axis, and a spring along the
     * actual bond vector (minimum image) between every pair closer than 1.5 (about 18 neighbours),
     * stiffness in [0.5, 1.5). Rigid, so its null space is the 3 translations.
     */
    static Builder localNetwork(int side, long seed) {
        Random r = new Random(seed);
        int particles = side * side * side;
        double[][] x = new double[particles][3];
        for (int i = 0; i < particles; i++) {
            int[] c = {i / (side * side), (i / side) % side, i % side};
            for (int a = 0; a < 3; a++) {
                x[i][a] = c[a] + 0.6 * (r.nextDouble() - 0.5);
            }
        }
        Builder b = new Builder(3 * particles);
        for (int i = 0; i < particles; i++) {
            int[] c = {i / (side * side), (i / side) % side, i % side};
            for (int dx = -2; dx <= 2; dx++) {
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dz = -2; dz <= 2; dz++) {
                        int j = Math.floorMod(c[0] + dx, side) * side * side + Math.floorMod(c[1] + dy, side) * side
                                + Math.floorMod(c[2] + dz, side);
                        if (j <= i) {
                            continue;
                        }
                        double[] d = new double[3];
                        double r2 = 0;
                        for (int a = 0; a < 3; a++) {
                            d[a] = x[j][a] - x[i][a];
                            d[a] -= side * Math.rint(d[a] / side);
                            r2 += d[a] * d[a];
                        }
                        if (r2 < 1.5 * 1.5) {
                            double len = Math.sqrt(r2);
                            for (int a = 0; a < 3; a++) {
                                d[a] /= len;
                            }
                            b.spring(i, j, 0.5 + r.nextDouble(), d);
                        }
                    }
                }
            }
        }
        return b;
    }

    /** Dense symmetric eigendecomposition (EJML): eigenvalues ascending, vectors[i] the i-th eigenvector. */
    record Dense(double[] values, double[][] vectors) {}

    static Dense dense(double[][] a) {
        int n = a.length;
        DMatrixRMaj m = new DMatrixRMaj(a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(m)) {
            throw new IllegalStateException("dense eigendecomposition failed");
        }
        Integer[] idx = new Integer[n];
        double[] vals = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            vals[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(idx, (x, y) -> Double.compare(vals[x], vals[y]));
        double[] sorted = new double[n];
        double[][] vecs = new double[n][];
        for (int i = 0; i < n; i++) {
            sorted[i] = vals[idx[i]];
            vecs[i] = eig.getEigenVector(idx[i]).getData().clone();
            double s = 0;
            for (double x : vecs[i]) {
                s += x * x;
            }
            s = Math.sqrt(s);
            for (int j = 0; j < n; j++) {
                vecs[i][j] /= s;
            }
        }
        return new Dense(sorted, vecs);
    }

    /** max over modes of ||H x - lambda x|| / |lambda|, computed here, independently of SLEPc. */
    static double residual(CsrMatrix h, EigenResult r) {
        double worst = 0;
        double[] y = new double[r.n()];
        for (int i = 0; i < r.count(); i++) {
            double[] x = r.eigenvectorArray(i);
            h.multiply(x, y);
            double s = 0;
            for (int j = 0; j < x.length; j++) {
                double d = y[j] - r.eigenvalue(i) * x[j];
                s += d * d;
            }
            worst = Math.max(worst, Math.sqrt(s) / Math.abs(r.eigenvalue(i)));
        }
        return worst;
    }

    /** max |X X^T - I| over the returned eigenvectors. */
    static double orthonormalityError(EigenResult r) {
        double worst = 0;
        double[][] x = new double[r.count()][];
        for (int i = 0; i < r.count(); i++) {
            x[i] = r.eigenvectorArray(i);
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j <= i; j++) {
                worst = Math.max(worst, Math.abs(dot(x[i], x[j]) - (i == j ? 1 : 0)));
            }
        }
        return worst;
    }

    static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
