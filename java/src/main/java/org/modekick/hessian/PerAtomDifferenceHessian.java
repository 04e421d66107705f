package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.Interaction;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * The Hessian of any interaction LAMMPS computes, one coordinate at a time: H e_(j,a) = -(F(r0 + h e_(j,a)) -
 * F(r0 - h e_(j,a))) / 2h, central differences of LAMMPS's forces, 6N force evaluations of O(N) each, then
 * symmetrised, H = (C + C^T) / 2. The sparsity comes from LAMMPS itself: an atom beyond the force footprint of the
 * displaced one (the cutoff, twice it for many-body styles) sums the very same numbers in the same order, so its
 * difference is exactly zero and is not stored.
 *
 * <p>The step h is {@link #STEP} mean spacings: the truncation error of the central difference goes as h^2 phi'''',
 * the round-off as eps |F| / h with eps = 1.1e-16, which balance near h ~ 1e-5 for forces of order one (LJ units) and
 * leave both near 1e-10 relative. This is the plain reference; a coloured scheme that displaces many atoms at once
 * needs far fewer force evaluations at large N.
 *
 * <p>Every rank of an MPI job computes every column in its own LAMMPS instance (the differences need the whole
 * system) and keeps its own rows.
 */
public final class PerAtomDifferenceHessian implements HessianSource {

    /** The step h in mean particle spacings. */
    public static final double STEP = 1e-5;

    private final Configuration r0;
    private final Interaction interaction;
    private final double[] masses;
    private final Path log;
    private double[][] blocks; // per particle i: (j, 3x3 block) sorted by j, row-major a, b
    private int[][] neighbours;
    private long forceEvaluations;

    public PerAtomDifferenceHessian(Configuration r0, Interaction interaction, double[] masses, Path log) {
        this.r0 = r0;
        this.interaction = interaction;
        this.masses = masses.clone();
        this.log = log;
    }

    /** How many force evaluations the last assembly took (6N). */
    public long forceEvaluations() {
        return forceEvaluations;
    }

    @Override
    public CsrMatrix rowRange(int first, int end, Arena arena) {
        if (blocks == null) {
            assemble();
        }
        return new BlockRows(neighbours, blocks).rowRange(first, end, arena);
    }

    /** Every column by central differences, then the symmetric blocks of every particle. */
    private void assemble() {
        int n = r0.size();
        double h = STEP * Math.cbrt(r0.box().volume() / n);
        // column blocks C[i][j] (d F_i / d x_j), kept per displaced particle j: (i, 3x3) with [a_i][b_j]
        List<TreeMap<Integer, double[]>> byRow = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byRow.add(new TreeMap<>());
        }
        forceEvaluations = 0;
        try (Arena arena = Arena.ofConfined();
             LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
            lammps.define(r0, interaction, masses);
            ParticleVector x = new ParticleVector(r0.positions()).copy(arena);
            ParticleVector plus = ParticleVector.allocate(arena, n);
            ParticleVector minus = ParticleVector.allocate(arena, n);
            for (int j = 0; j < n; j++) {
                for (int b = 0; b < 3; b++) {
                    double x0 = x.get(j, b);
                    forces(lammps, x, j, b, x0 + h, plus);
                    forces(lammps, x, j, b, x0 - h, minus);
                    x.set(j, b, x0);
                    for (int i = 0; i < n; i++) {
                        for (int a = 0; a < 3; a++) {
                            double d = plus.get(i, a) - minus.get(i, a);
                            if (d != 0) {
                                // H_(i,a),(j,b) = -dF_(i,a)/dx_(j,b)
                                byRow.get(i).computeIfAbsent(j, k -> new double[9])[3 * a + b] = -d / (2 * h);
                            }
                        }
                    }
                }
            }
        }
        // symmetrise: H_ij = (C_ij + C_ji^T) / 2 on the union of the patterns
        blocks = new double[n][];
        neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, double[]> row = byRow.get(i);
            for (int j : new ArrayList<>(row.keySet())) {
                byRow.get(j).computeIfAbsent(i, k -> new double[9]);
            }
        }
        for (int i = 0; i < n; i++) {
            TreeMap<Integer, double[]> row = byRow.get(i);
            int[] js = row.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] values = new double[9 * js.length];
            for (int m = 0; m < js.length; m++) {
                double[] cij = row.get(js[m]);
                double[] cji = byRow.get(js[m]).get(i);
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        values[9 * m + 3 * a + b] = 0.5 * (cij[3 * a + b] + cji[3 * b + a]);
                    }
                }
            }
            neighbours[i] = js;
            blocks[i] = values;
        }
    }

    /** LAMMPS's forces with coordinate (j, b) at {@code value}. */
    private void forces(LammpsSession lammps, ParticleVector x, int j, int b, double value, ParticleVector out) {
        x.set(j, b, value);
        lammps.scatterPositions(x.segment());
        lammps.reevaluate(); // only positions change between these calls: LAMMPS's set-up is skipped
        lammps.gatherForces(out.segment());
        forceEvaluations++;
    }
}
