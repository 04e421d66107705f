package org.modekick.hessian;

import org.modekick.potential.PairPotential;

/**
 * The 3x3 off-diagonal Hessian block of one pair. For Phi = phi(|r_i - r_j|), with r = |r_i - r_j| and
 * n = (r_i - r_j)/r,
 * <pre>  K_ij = d^2 Phi / dr_i dr_j = -[phi''(r) n n^T + (phi'(r)/r)(I - n n^T)],</pre>
 * which is symmetric and the same for both orders of the pair. The diagonal blocks follow from
 * translation invariance: H_ii = -sum_j K_ij.
 */
final class PairBlock {

    /** Number of independent entries of a symmetric 3x3 block, stored as xx, yy, zz, xy, xz, yz. */
    static final int SIZE = 6;

    private PairBlock() {}

    /** Writes K_ij into {@code out[offset .. offset + 6)} for separation (dx, dy, dz) of length r. */
    static void write(PairPotential p, double dx, double dy, double dz, double r, double[] out, int offset) {
        double nx = dx / r, ny = dy / r, nz = dz / r;
        double stiffness = p.d2phi(r);
        double tension = p.dphi(r) / r;
        double c = stiffness - tension; // K = -[(phi'' - phi'/r) n n^T + (phi'/r) I]
        out[offset] = -(c * nx * nx + tension);
        out[offset + 1] = -(c * ny * ny + tension);
        out[offset + 2] = -(c * nz * nz + tension);
        out[offset + 3] = -c * nx * ny;
        out[offset + 4] = -c * nx * nz;
        out[offset + 5] = -c * ny * nz;
    }

    /** Entry (a, b) of a symmetric block stored from {@code offset}. */
    static double entry(double[] block, int offset, int a, int b) {
        if (a == b) {
            return block[offset + a];
        }
        int s = a + b; // (0,1) -> 1, (0,2) -> 2, (1,2) -> 3
        return block[offset + 2 + s];
    }
}
