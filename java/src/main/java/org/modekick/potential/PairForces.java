package org.modekick.potential;

import java.lang.foreign.MemorySegment;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * The potential energy Phi = sum_{i&lt;j} phi(r_ij) of a configuration, the forces and the pair virial,
 * computed in Java in O(N) with a cell list: the reference that LAMMPS's numbers are checked against,
 * and what the method needs where no LAMMPS instance is at hand.
 *
 * <p>Exactly coincident particles (r = 0) have no force direction and give NaN (LJ also infinity);
 * check {@link Overlaps} first.
 */
public final class PairForces {

    private PairForces() {}

    /**
     * Energy, virial and pressure at T = 0.
     *
     * @param energy Phi = sum over pairs of phi(r_ij)
     * @param virial W = sum over pairs of r_ij . f_ij, with r_ij = r_i - r_j and f_ij the force on i
     *     from j, i.e. W = -sum phi'(r_ij) r_ij
     * @param pressure W / (3V): LAMMPS's {@code pressure} (N k_B T / V + W / (3V)) with T = 0
     */
    public record Result(double energy, double virial, double pressure) {}

    /** Phi alone. */
    public static double energy(Configuration c, ForceField ff) {
        return compute(c, ff, null).energy();
    }

    /**
     * Computes Phi and the virial, and, when {@code forces} is not null, writes the force on each
     * particle (-dPhi/dr_i, interleaved x y z, 3N doubles) into it, overwriting what was there.
     */
    public static Result compute(Configuration c, ForceField ff, MemorySegment forces) {
        int n = c.size();
        if (forces != null) {
            ParticleVector.of(forces, n, "forces");
        }
        PairPotential[][] table = table(c, ff);
        double[] f = forces == null ? null : new double[3 * n];
        double[] sums = new double[2]; // energy, virial
        CellList.forEachPair(c, ff.maxCutoff(), (i, j, dx, dy, dz, r2) -> {
            PairPotential p = table[c.type(i)][c.type(j)];
            double r = Math.sqrt(r2);
            if (!(r < p.cutoff())) {
                return;
            }
            double dphi = p.dphi(r);
            sums[0] += p.phi(r);
            sums[1] -= dphi * r;
            if (f != null) {
                // force on i: -phi'(r) (r_i - r_j)/r; on j the opposite
                double s = -dphi / r;
                f[3 * i] += s * dx;
                f[3 * i + 1] += s * dy;
                f[3 * i + 2] += s * dz;
                f[3 * j] -= s * dx;
                f[3 * j + 1] -= s * dy;
                f[3 * j + 2] -= s * dz;
            }
        });
        if (f != null) {
            MemorySegment.copy(f, 0, forces, Configuration.DOUBLE, 0, f.length);
        }
        return new Result(sums[0], sums[1], sums[1] / (3 * c.box().volume()));
    }

    /** The potential of each type pair, indexed by the 1-based types, for O(1) lookup in the pair loop. */
    public static PairPotential[][] table(Configuration c, ForceField ff) {
        if (c.atomTypes() > ff.atomTypes()) {
            throw new IllegalArgumentException("the configuration has " + c.atomTypes()
                    + " atom types but the force field only " + ff.atomTypes());
        }
        int t = c.atomTypes();
        PairPotential[][] table = new PairPotential[t + 1][t + 1];
        for (int a = 1; a <= t; a++) {
            for (int b = 1; b <= t; b++) {
                table[a][b] = ff.pair(a, b);
            }
        }
        return table;
    }
}
