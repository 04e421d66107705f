package org.modekick.hessian;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.Interaction;
import org.modekick.system.Configuration;
import org.modekick.system.ParticleVector;

/**
 * The Hessian of any interaction LAMMPS computes, from central differences of LAMMPS's forces with many particles
 * displaced at once.
 *
 * <p>Displacing particle j changes the forces only within its footprint: LAMMPS's pair cutoff r_c for a pairwise
 * style, 2 r_c for a many-body one (EAM, SW, Tersoff: F_i depends on the environment of i's neighbours). Particles
 * are coloured greedily so that two of one colour are at least two footprints apart (minimum image); then every
 * particle i lies in the footprint of at most one displaced particle of a colour, and displacing the whole colour
 * along axis b by +-h gives column (j, b) of every block H_ij = -dF_i/dr_j at once: 6 force evaluations per colour,
 * whose number depends on the density and the range but not on N. A force change outside every footprint means
 * the range is wrong and is refused.
 *
 * <p>The step: a central difference errs by h^2 |F'''| / 6 (truncation) plus about eps |F| / h (round-off of the
 * forces, eps = 1.1e-16, |F| the sum of the pair forces of a particle), which balance at h ~ (3 eps |F| / |F'''|)^(1/3),
 * i.e. eps^(1/3) = 5e-6 times the length over which the forces vary; {@link #STEP} = 1e-5 mean spacings. Then H is
 * symmetrised, H = (C + C^T) / 2, on LAMMPS's own sparsity (exactly zero blocks are not stored).
 *
 * <p>Every MPI rank computes every column in its own LAMMPS instance and keeps its rows, as
 * {@link PerAtomDifferenceHessian} (the 6N-evaluation reference) does.
 */
public final class FiniteDifferenceHessian implements HessianSource {

    /** The step h in mean particle spacings. */
    public static final double STEP = 1e-5;

    private final Configuration r0;
    private final Interaction interaction;
    private final double[] masses;
    private final Path log;
    private int[][] neighbours; // per particle i: the j of its stored blocks, ascending
    private double[][] blocks; // per particle i: 9 per neighbour, H_(i,a),(j,b) at 3a + b
    private Statistics statistics;

    /** What an assembly took and found. */
    public record Statistics(int particles, double cutoff, double footprint, int colours, long forceEvaluations,
            double step, double leakage, double seconds) {
    }

    /**
     * @param r0 the inherent structure
     * @param interaction the interaction LAMMPS evaluates ({@link Interaction#manyBody()} doubles the footprint)
     * @param masses per-type masses for LAMMPS (index t - 1 = type t); the Hessian itself is not mass-weighted
     * @param log LAMMPS's log file for the instance this opens
     */
    public FiniteDifferenceHessian(Configuration r0, Interaction interaction, double[] masses, Path log) {
        this.r0 = r0;
        this.interaction = interaction;
        this.masses = masses.clone();
        this.log = log;
    }

    /** Figures of the assembly (it happens at the first {@link #rowRange}). */
    public Statistics statistics() {
        if (statistics == null) {
            throw new IllegalStateException("not assembled yet");
        }
        return statistics;
    }

    /** How many force evaluations the assembly took (6 per colour). */
    public long forceEvaluations() {
        return statistics().forceEvaluations();
    }

    @Override
    public CsrMatrix rowRange(int first, int end, Arena arena) {
        if (blocks == null) {
            try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
                lammps.define(r0, interaction, masses);
                assemble(lammps, interaction.manyBody());
            }
        }
        return new BlockRows(neighbours, blocks).rowRange(first, end, arena);
    }

    /**
     * Greedy distance colouring: particle i takes the smallest colour that no particle closer than
     * {@code separation} (minimum image) has. Returns each particle's colour.
     */
    static int[] colour(Configuration c, CellGrid grid, double separation) {
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

    /** Columns by coloured central differences on a session defined on r0, then the symmetric rows. */
    void assemble(LammpsSession lammps, boolean manyBody) {
        long t0 = System.nanoTime();
        int n = r0.size();
        double h = STEP * Math.cbrt(r0.box().volume() / n);
        double cutoff = lammps.pairCutoff();
        // the footprint: where a displaced particle's move can change forces, with room for the move itself
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
        // column blocks of each displaced particle j: the particles i of its footprint (ascending) and
        // C_(i,a),(j,b) = -dF_(i,a)/dx_(j,b) at 9 m + 3a + b
        int[][] footprintOf = new int[n][];
        double[][] column = new double[n][];
        int[] owner = new int[n];
        Arrays.fill(owner, -1);
        double leakage = 0;
        long evaluations = 0;
        try (Arena arena = Arena.ofConfined()) {
            ParticleVector x = new ParticleVector(r0.positions()).copy(arena);
            ParticleVector plus = ParticleVector.allocate(arena, n);
            ParticleVector minus = ParticleVector.allocate(arena, n);
            int[] slot = new int[n]; // index of i in its owner's footprint
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
                    displace(x, js, b, h);
                    forces(lammps, x, plus);
                    displace(x, js, b, -2 * h);
                    forces(lammps, x, minus);
                    restore(x, r0, js, b);
                    evaluations += 2;
                    for (int i = 0; i < n; i++) {
                        for (int a = 0; a < 3; a++) {
                            double d = -(plus.get(i, a) - minus.get(i, a)) / (2 * h);
                            if (owner[i] >= 0) {
                                column[owner[i]][9 * slot[i] + 3 * a + b] = d;
                            } else {
                                leakage = Math.max(leakage, Math.abs(d));
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
        symmetrise(footprintOf, column);
        double largest = 0;
        for (double[] row : blocks) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        // outside every footprint only round-off (LAMMPS may sum in another order after re-binning) may remain
        if (leakage > 1e-6 * largest) {
            throw new IllegalStateException("forces changed beyond the interaction range " + footprint
                    + " of a displaced particle (by " + leakage + " per unit step, largest Hessian entry " + largest
                    + "): the pair style reaches farther than its cutoff" + (manyBody ? "" : " (is it many-body?)"));
        }
        statistics = new Statistics(n, cutoff, footprint, colours, evaluations, h, leakage,
                (System.nanoTime() - t0) * 1e-9);
    }

    /** H_ij = (C_ij + C_ji^T) / 2; footprints are symmetric (i in j's iff j in i's), zero blocks dropped. */
    private void symmetrise(int[][] footprintOf, double[][] column) {
        int n = footprintOf.length;
        neighbours = new int[n][];
        blocks = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] js = footprintOf[i];
            double[] values = new double[9 * js.length];
            int kept = 0;
            int[] keptJ = new int[js.length];
            for (int m = 0; m < js.length; m++) {
                int j = js[m];
                int mi = Arrays.binarySearch(footprintOf[j], i); // C_ij sits in column j at i's slot
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
    }

    private static void displace(ParticleVector x, List<Integer> js, int axis, double by) {
        for (int j : js) {
            x.set(j, axis, x.get(j, axis) + by);
        }
    }

    /** Puts the displaced coordinates back exactly (x + h - 2h + h need not be x in floating point). */
    private static void restore(ParticleVector x, Configuration r0, List<Integer> js, int axis) {
        for (int j : js) {
            x.set(j, axis, r0.x(j, axis));
        }
    }

    private static void forces(LammpsSession lammps, ParticleVector x, ParticleVector out) {
        lammps.scatterPositions(x.segment());
        lammps.reevaluate(); // only positions change between these calls: LAMMPS's set-up is skipped
        lammps.gatherForces(out.segment());
    }
}
