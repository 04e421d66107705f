package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modekick.lammps.LammpsSession;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * The coloured finite-difference assembly as main had it before {@link CsrBlockStore} (commit 66ea769): one Java array
 * per displaced particle's column, then symmetrised into Java arrays per row, then copied into CSR. Kept as the
 * bit-for-bit reference of {@link FiniteDifferenceHessian}: the same colouring (greedy, its own cell grid with cells
 * of a footprint, no candidate test) and the same force evaluations, so the same numbers.
 */
final class ColumnArrayHessian {

    private ColumnArrayHessian() {}

    /** Rows [3 first, 3 end) of the Hessian on a session defined on r0, as main computed them. */
    static CsrMatrix assemble(LammpsSession lammps, Configuration r0, boolean manyBody, int first, int end,
            Arena arena) {
        int n = r0.size();
        double h = FiniteDifferenceHessian.STEP * Math.cbrt(r0.box().volume() / n);
        double cutoff = lammps.pairCutoff();
        double footprint = (manyBody ? 2 : 1) * cutoff * (1 + 1e-9) + 2 * h;
        CellGrid grid = new CellGrid(r0, footprint);
        int[] colour = colour(r0, grid, 2 * footprint);
        int colours = Arrays.stream(colour).max().orElse(-1) + 1;
        List<List<Integer>> members = new ArrayList<>(colours);
        for (int k = 0; k < colours; k++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            members.get(colour[i]).add(i);
        }
        int[][] footprintOf = new int[n][];
        double[][] column = new double[n][];
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        try (Arena scratch = Arena.ofConfined()) {
            ParticleVector x = new ParticleVector(r0.positions()).copy(scratch);
            ParticleVector plus = ParticleVector.allocate(scratch, n);
            ParticleVector minus = ParticleVector.allocate(scratch, n);
            int[] slot = new int[n];
            for (List<Integer> js : members) {
                for (int j : js) {
                    List<Integer> near = new ArrayList<>();
                    grid.forEachWithin(j, footprint, near::add);
                    int[] f = near.stream().mapToInt(Integer::intValue).sorted().toArray();
                    footprintOf[j] = f;
                    column[j] = new double[9 * f.length];
                    for (int m = 0; m < f.length; m++) {
                        owner[f[m]] = j;
                        slot[f[m]] = m;
                    }
                }
                for (int b = 0; b < 3; b++) {
                    for (int j : js) {
                        x.set(j, b, x.get(j, b) + h);
                    }
                    forces(lammps, x, plus);
                    for (int j : js) {
                        x.set(j, b, x.get(j, b) - 2 * h);
                    }
                    forces(lammps, x, minus);
                    for (int j : js) {
                        x.set(j, b, r0.x(j, b));
                    }
                    for (int i = 0; i < n; i++) {
                        for (int a = 0; a < 3; a++) {
                            double d = -(plus.get(i, a) - minus.get(i, a)) / (2 * h);
                            if (owner[i] >= 0) {
                                column[owner[i]][9 * slot[i] + 3 * a + b] = d;
                            }
                        }
                    }
                }
                for (int j : js) {
                    for (int i : footprintOf[j]) {
                        owner[i] = -1;
                    }
                }
            }
        }
        int[][] neighbours = new int[n][];
        double[][] blocks = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] js = footprintOf[i];
            double[] values = new double[9 * js.length];
            int kept = 0;
            int[] keptJ = new int[js.length];
            for (int m = 0; m < js.length; m++) {
                int j = js[m];
                int mi = Arrays.binarySearch(footprintOf[j], i);
                boolean zero = true;
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        double v = 0.5 * (column[j][9 * mi + 3 * a + b] + column[i][9 * m + 3 * b + a]);
                        values[9 * kept + 3 * a + b] = v;
                        zero &= v == 0;
                    }
                }
                if (!zero || i == j) {
                    keptJ[kept++] = j;
                }
            }
            neighbours[i] = Arrays.copyOf(keptJ, kept);
            blocks[i] = Arrays.copyOf(values, 9 * kept);
        }
        return new BlockRows(neighbours, blocks).rowRange(first, end, arena);
    }

    private static int[] colour(Configuration c, CellGrid grid, double separation) {
        int n = c.size();
        int[] colour = new int[n];
        Arrays.fill(colour, -1);
        boolean[] used = new boolean[n + 1];
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            grid.forEachWithin(i, separation, j -> {
                int k = colour[j];
                if (k >= 0 && !used[k]) {
                    used[k] = true;
                    marked.add(k);
                }
            });
            int k = 0;
            while (used[k]) {
                k++;
            }
            colour[i] = k;
            for (int m : marked) {
                used[m] = false;
            }
            marked.clear();
        }
        return colour;
    }

    private static void forces(LammpsSession lammps, ParticleVector x, ParticleVector out) {
        lammps.scatterPositions(x.segment());
        lammps.evaluate();
        lammps.gatherForces(out.segment());
    }
}
