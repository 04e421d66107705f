package org.modekick.verify;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.Locale;
import org.modekick.potential.ForceField;
import org.modekick.potential.PairForces;
import org.modekick.system.CellList;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * Two inherent structures of the same system side by side: energies per particle and residual force norms
 * (computed here, by the same code for both, so that only the configurations differ), and how far the
 * particles are from their counterparts. Particles of one type are identical, and LAMMPS numbers atoms
 * made by {@code create_atoms random} processor by processor, so a run on another number of ranks can hold
 * the same structure under other atom IDs: each particle of A is matched with the nearest particle of B of
 * its type (minimum image, within a quarter of the mean spacing), and the distances are those of the match.
 *
 * @param particles       N
 * @param energyA         Phi / N of A
 * @param energyB         Phi / N of B
 * @param forceNormA      global 2-norm of the forces of A
 * @param forceNormB      the same for B
 * @param unmatched       particles of A with no particle of B (of their type) within the matching radius, or
 *                        whose nearest one is nearest to another particle of A too
 * @param relabelled      matched particles whose counterpart has another atom ID
 * @param maxDisplacement largest distance of a matched pair
 * @param rmsDisplacement root mean square distance of the matched pairs
 */
public record GlassComparison(int particles, double energyA, double energyB, double forceNormA, double forceNormB,
                              int unmatched, int relabelled, double maxDisplacement, double rmsDisplacement) {

    public static GlassComparison of(Configuration a, Configuration b, ForceField field) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("the glasses have " + a.size() + " and " + b.size() + " particles");
        }
        for (int axis = 0; axis < 3; axis++) {
            if (a.box().length(axis) != b.box().length(axis) || a.box().lo(axis) != b.box().lo(axis)) {
                throw new IllegalArgumentException("the boxes differ: " + a.box() + " and " + b.box());
            }
        }
        int n = a.size();
        double radius = 0.25 * Math.cbrt(a.box().volume() / n);
        int[] match = new int[n];
        double[] distance = new double[n];
        Arrays.fill(match, -1);
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        int[] claims = new int[n];
        try (Arena arena = Arena.ofConfined()) {
            // A and B in one configuration: the cell list finds every close pair, of which the A-B ones count
            Configuration both = Configuration.allocate(arena, a.box(), Math.max(a.atomTypes(), b.atomTypes()), 2 * n);
            for (int i = 0; i < n; i++) {
                for (int axis = 0; axis < 3; axis++) {
                    both.setX(i, axis, a.x(i, axis));
                    both.setX(n + i, axis, b.x(i, axis));
                }
            }
            CellList.forEachPair(both, radius, (i, j, dx, dy, dz, r2) -> {
                if (i < n && j >= n && a.type(i) == b.type(j - n)) {
                    double r = Math.sqrt(r2);
                    if (r < distance[i]) {
                        distance[i] = r;
                        match[i] = j - n;
                    }
                }
            });
            for (int i = 0; i < n; i++) {
                if (match[i] >= 0) {
                    claims[match[i]]++;
                }
            }
            int unmatched = 0;
            int relabelled = 0;
            double max = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (match[i] < 0 || claims[match[i]] > 1) {
                    unmatched++;
                    continue;
                }
                if (match[i] != i) {
                    relabelled++;
                }
                max = Math.max(max, distance[i]);
                sum += distance[i] * distance[i];
            }
            ParticleVector fa = ParticleVector.allocate(arena, n);
            ParticleVector fb = ParticleVector.allocate(arena, n);
            double ea = PairForces.compute(a, field, fa.segment()).energy() / n;
            double eb = PairForces.compute(b, field, fb.segment()).energy() / n;
            int matched = n - unmatched;
            return new GlassComparison(n, ea, eb, fa.norm(), fb.norm(), unmatched, relabelled,
                    matched > 0 ? max : Double.NaN, matched > 0 ? Math.sqrt(sum / matched) : Double.NaN);
        }
    }

    /** |e_A - e_B| / |e_A|. */
    public double relativeEnergyDifference() {
        return Math.abs(energyA - energyB) / Math.abs(energyA);
    }

    /** Every particle matched, and no matched pair farther apart than {@code tolerance}. */
    public boolean positionsAgree(double tolerance) {
        return unmatched == 0 && maxDisplacement <= tolerance;
    }

    public String report() {
        return String.format(Locale.ROOT, """
                N = %d
                  energy per particle  A %.15e  B %.15e  relative difference %.2e
                  force norm |F|       A %.3e  B %.3e
                  positions            %d of %d particles matched (%d under another atom ID); distance max %.3e, \
                rms %.3e
                """, particles, energyA, energyB, relativeEnergyDifference(), forceNormA, forceNormB,
                particles - unmatched, particles, relabelled, maxDisplacement, rmsDisplacement);
    }
}
