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
 * symmetrised, H = (C + C^T) / 2 (exactly zero blocks are not stored).
 *
 * <p>Memory: each reading goes straight into the native segments of the final CSR rows ({@link CsrBlockStore}, the
 * pattern of every pair within a footprint laid out before the first force evaluation) and is symmetrised there, so
 * the peak is that CSR (12 bytes per entry; eam/fs CuZr at N = 128,000: 1.03e9 entries, 12.3 GB) plus O(N) Java
 * arrays, with no copy per column or per block. {@link #plan()} gives the colouring and that size without
 * evaluating a force.
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
    private Statistics statistics;

    /**
     * What an assembly took and found.
     *
     * @param colouringSeconds the colouring alone (part of seconds)
     * @param nativeBytes the CSR segments the readings were written into (the pattern's size)
     */
    public record Statistics(int particles, double cutoff, double footprint, int colours, long forceEvaluations,
            double step, double leakage, double seconds, double colouringSeconds, long nativeBytes) {
    }

    /**
     * What an assembly would take, without any force evaluation: the colouring and the pattern's size.
     *
     * @param forceEvaluations 6 per colour
     * @param entries the CSR entries of the pattern of every row (an upper bound: exactly zero blocks are dropped)
     * @param nativeBytes the CSR segments of every row, allocated before the first reading
     */
    public record Plan(int particles, double cutoff, double footprint, int colours, long forceEvaluations,
            double step, long entries, long nativeBytes, double colouringSeconds, double patternSeconds) {
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

    /**
     * Assembles rows [3 first, 3 end) into native memory of {@code arena}, every call anew (each MPI rank calls once,
     * for its own rows): the readings of all N columns are taken, only the rows asked for are stored.
     */
    @Override
    public CsrMatrix rowRange(int first, int end, Arena arena) {
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
            lammps.define(r0, interaction, masses);
            return assemble(lammps, interaction.manyBody(), first, end, arena);
        }
    }

    /** The colouring and the memory of the whole matrix, from LAMMPS's cutoff alone: no force evaluation. */
    public Plan plan() {
        double cutoff;
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
            lammps.define(r0, interaction, masses);
            cutoff = lammps.pairCutoff();
        }
        Geometry g = geometry(cutoff, interaction.manyBody());
        long t0 = System.nanoTime();
        int colours = colours(colour(r0, g.grid(), 2 * g.footprint()));
        long t1 = System.nanoTime();
        CsrBlockStore.Plan p = CsrBlockStore.plan(g.grid(), r0.size(), 0, r0.size(), g.footprint());
        long t2 = System.nanoTime();
        return new Plan(r0.size(), cutoff, g.footprint(), colours, 6L * colours, g.step(), p.entries(), p.bytes(),
                (t1 - t0) * 1e-9, (t2 - t1) * 1e-9);
    }

    /** The step, the footprint and a cell grid for both the colouring and the footprints. */
    private record Geometry(double step, double footprint, CellGrid grid) {
    }

    private Geometry geometry(double cutoff, boolean manyBody) {
        int n = r0.size();
        double h = STEP * Math.cbrt(r0.box().volume() / n);
        // the footprint: where a displaced particle's move can change forces, with room for the move itself
        double footprint = (manyBody ? 2 : 1) * cutoff * (1 + 1e-9) + 2 * h;
        // cells of half the footprint: the colouring's sphere of two footprints then skips the corners of its cube
        return new Geometry(h, footprint, new CellGrid(r0, footprint / 2));
    }

    private static int colours(int[] colour) {
        return Arrays.stream(colour).max().orElse(-1) + 1;
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
            // only particles coloured already matter: asking that first spares their distances
            grid.forEachWithin(i, separation, j -> colour[j] >= 0, j -> {
                int k = colour[j];
                if (!used[k]) {
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

    /**
     * Columns by coloured central differences on a session defined on r0, each reading written into the CSR rows
     * [3 first, 3 end) in {@code arena} and symmetrised there ({@link CsrBlockStore}).
     */
    CsrMatrix assemble(LammpsSession lammps, boolean manyBody, int first, int end, Arena arena) {
        long t0 = System.nanoTime();
        int n = r0.size();
        double cutoff = lammps.pairCutoff();
        Geometry g = geometry(cutoff, manyBody);
        double h = g.step();
        double footprint = g.footprint();
        CellGrid grid = g.grid();
        int[] colour = colour(r0, grid, 2 * footprint);
        int colours = colours(colour);
        double colouringSeconds = (System.nanoTime() - t0) * 1e-9;
        // the particles of each colour, ascending: start[k] .. start[k + 1] of members
        int[] start = new int[colours + 1];
        for (int k : colour) {
            start[k + 1]++;
        }
        for (int k = 0; k < colours; k++) {
            start[k + 1] += start[k];
        }
        int[] members = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            members[fill[colour[i]]++] = i;
        }
        CsrBlockStore store = CsrBlockStore.allocate(arena, grid, colour, first, end, footprint);
        double leakage = 0;
        long evaluations = 0;
        try (Arena scratch = Arena.ofConfined()) {
            ParticleVector x = new ParticleVector(r0.positions()).copy(scratch);
            ParticleVector plus = ParticleVector.allocate(scratch, n);
            ParticleVector minus = ParticleVector.allocate(scratch, n);
            for (int k = 0; k < colours; k++) {
                List<Integer> js = new ArrayList<>(start[k + 1] - start[k]);
                for (int m = start[k]; m < start[k + 1]; m++) {
                    int j = members[m];
                    js.add(j);
                    grid.forEachWithin(j, footprint, i -> store.assign(i, j));
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
                            if (store.assigned(i)) {
                                store.put(i, a, b, d);
                            } else {
                                leakage = Math.max(leakage, Math.abs(d));
                            }
                        }
                    }
                }
                for (int j : js) {
                    grid.forEachWithin(j, footprint, store::release);
                }
            }
        }
        CsrMatrix matrix = store.finish();
        double largest = store.largest();
        // outside every footprint only round-off (LAMMPS may sum in another order after re-binning) may remain
        if (leakage > 1e-6 * largest) {
            throw new IllegalStateException("forces changed beyond the interaction range " + footprint
                    + " of a displaced particle (by " + leakage + " per unit step, largest Hessian entry " + largest
                    + "): the pair style reaches farther than its cutoff" + (manyBody ? "" : " (is it many-body?)"));
        }
        statistics = new Statistics(n, cutoff, footprint, colours, evaluations, h, leakage,
                (System.nanoTime() - t0) * 1e-9, colouringSeconds, store.bytes());
        return matrix;
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
