package org.modekick.excite;

import java.lang.foreign.MemorySegment;
import org.modekick.potential.ForceField;
import org.modekick.potential.PairForces;
import org.modekick.potential.PairPotential;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * Phi(r0 + d) - Phi(r0) summed pair by pair, phi(|r_ij + d_i - d_j|) - phi(|r_ij|), rather than as the
 * difference of two totals: the barrier of Eq. (8) at A_c ~ 1e-5 is ~1e-10 of the total energy of the
 * harmonic glass, and for LJ the total is ~ -6 N, so differencing totals would lose digits. Pairs are
 * found at r0 within the largest cutoff plus twice the largest |d_i|, which includes every pair within
 * its cutoff in either configuration; when that radius does not fit the box the two totals are
 * differenced instead.
 */
public final class EnergyChange {

    private EnergyChange() {}

    public static double of(Configuration r0, ForceField ff, MemorySegment displacement) {
        int n = r0.size();
        ParticleVector d = ParticleVector.of(displacement, n, "a displacement");
        double dmax = 0;
        for (int i = 0; i < n; i++) {
            dmax = Math.max(dmax, d.particleNorm(i));
        }
        double radius = ff.maxCutoff() + 2 * dmax;
        double shortest = Math.min(r0.box().lx(), Math.min(r0.box().ly(), r0.box().lz()));
        if (!(2 * radius < shortest)) {
            return byTotals(r0, ff, d);
        }
        PairPotential[][] table = PairForces.table(r0, ff);
        double[] sum = new double[2]; // Neumaier-compensated sum and its correction
        CellList.forEachPair(r0, radius, (i, j, dx, dy, dz, r2) -> {
            PairPotential p = table[r0.type(i)][r0.type(j)];
            double ex = dx + d.get(i, 0) - d.get(j, 0);
            double ey = dy + d.get(i, 1) - d.get(j, 1);
            double ez = dz + d.get(i, 2) - d.get(j, 2);
            double r = Math.sqrt(r2);
            double s = Math.sqrt(ex * ex + ey * ey + ez * ez);
            double before = r < p.cutoff() ? p.phi(r) : 0;
            double after = s < p.cutoff() ? p.phi(s) : 0;
            add(sum, after - before);
        });
        return sum[0] + sum[1];
    }

    private static void add(double[] sum, double x) {
        double t = sum[0] + x;
        sum[1] += Math.abs(sum[0]) >= Math.abs(x) ? (sum[0] - t) + x : (x - t) + sum[0];
        sum[0] = t;
    }

    private static double byTotals(Configuration r0, ForceField ff, ParticleVector d) {
        try (var arena = java.lang.foreign.Arena.ofConfined()) {
            ParticleVector moved = ParticleVector.allocate(arena, r0.size());
            moved.setSum(new ParticleVector(r0.positions()), 1, d);
            return PairForces.energy(r0.withPositions(moved.segment()), ff) - PairForces.energy(r0, ff);
        }
    }
}
