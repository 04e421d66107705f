package org.modekick.eigen;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.modekick.mpi.BlockSplit;
import org.modekick.hessian.CsrMatrix;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/**
 * Run under {@code mpirun -np P} by {@link ParallelEigenSolverTest}: every rank hands the solver its block of
 * rows of two test Hessians, and the results must equal the exact spectrum, a serial solve on rank 0, and be
 * valid eigenpairs of the whole matrix; input that is wrong on one rank must make every rank throw. Prints
 * "probe passed" on rank 0 and exits 0, or lists what failed and exits 1.
 */
public final class ParallelSolveProbe {

    private final Communicator world = MpiRuntime.world();
    private final int rank = world.rank();
    private final int size = world.size();
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) {
        ParallelSolveProbe probe = new ParallelSolveProbe();
        int code;
        try {
            probe.run();
            code = probe.failures.isEmpty() ? 0 : 1;
        } catch (RuntimeException e) {
            probe.failures.add("rank " + probe.rank + ": " + e);
            code = 1;
        }
        for (String f : probe.failures) {
            System.out.println("FAILED on rank " + probe.rank + ": " + f);
        }
        if (code == 0 && probe.rank == 0) {
            System.out.println("probe passed on " + probe.size + " ranks");
        }
        System.out.flush();
        MpiRuntime.finish();
        System.exit(code);
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    private void run() {
        try (Arena arena = Arena.ofShared()) {
            EigenSolver parallel = new EigenSolver(EigenSolver.Options.defaults(), world);
            EigenSolver serial = new EigenSolver();

            // A lattice with many degenerate levels: Krylov-Schur misses some members, the inertia count
            // (parallel MUMPS) notices, and slicing finds them.
            int[] l = EigenSolverTest.L;
            int particles = l[0] * l[1] * l[2];
            CsrMatrix lattice = TestMatrices.springLattice(l, EigenSolverTest.K).build(arena);
            double[] exact = TestMatrices.springLatticeSpectrum(l, EigenSolverTest.K);
            BlockSplit split = new BlockSplit(particles, size);
            CsrMatrix mine = rows(lattice, 3 * split.first(rank), 3 * split.end(rank), arena);
            DeflationSpace translations = DeflationSpace.translations(arena, particles, split.first(rank),
                    split.end(rank));
            int k = 40;
            EigenResult p = parallel.lowest(mine, k, translations, arena);
            check(p.count() == k, "lattice: " + p.count() + " modes");
            for (int i = 0; i < p.count(); i++) {
                double e = exact[i + 3];
                check(Math.abs(p.eigenvalue(i) - e) <= 1e-10 * e, String.format(Locale.ROOT,
                        "lattice eigenvalue %d: %.15g, exact %.15g", i, p.eigenvalue(i), e));
            }
            // the count was verified by the inertia of a parallel factorisation
            check(p.diagnostics().inertiaCount() >= k + 3, "inertia count " + p.diagnostics().inertiaCount());
            if (rank == 0) {
                System.out.println("lattice, " + size + " ranks: " + p.diagnostics().method() + "; inertia "
                        + p.diagnostics().inertiaCount());
            }
            check(p.diagnostics().unusedOptions().isEmpty(), "unused options " + p.diagnostics().unusedOptions());
            check(p.hasEigenvectors() == (rank == 0), "eigenvectors on rank " + rank + ": " + p.hasEigenvectors());
            if (rank == 0) {
                double residual = TestMatrices.residual(lattice, p);
                double orthonormality = TestMatrices.orthonormalityError(p);
                check(residual <= 1e-8, "lattice residual " + residual);
                check(orthonormality <= 1e-10, "lattice orthonormality " + orthonormality);
            }

            // A glass-like local network: the lowest modes and a slice, against a serial solve on rank 0.
            int side = 8;
            int n = side * side * side;
            CsrMatrix network = TestMatrices.localNetwork(side, 7).build(arena);
            split = new BlockSplit(n, size);
            mine = rows(network, 3 * split.first(rank), 3 * split.end(rank), arena);
            translations = DeflationSpace.translations(arena, n, split.first(rank), split.end(rank));
            EigenResult low = parallel.lowest(mine, 26, translations, arena);
            // the growing windows of ModeAnalysis, (0, w1] and then (w1, w2], with ends between eigenvalues
            double w1 = 0.5 * (low.eigenvalue(11) + low.eigenvalue(12));
            double w2 = 0.5 * (low.eigenvalue(24) + low.eigenvalue(25));
            EigenResult below = parallel.belowFrequency(mine, Math.sqrt(w1), arena);
            EigenResult slice = parallel.inInterval(mine, w1, w2, arena);
            check(below.count() == 12 && slice.count() == 13, "the windows found " + below.count() + " and "
                    + slice.count() + " modes, not 12 and 13");
            if (rank == 0) {
                EigenResult reference = serial.lowest(network, 26, DeflationSpace.translations(arena, n), arena);
                check(low.count() == reference.count(), "count " + low.count() + " vs serial " + reference.count());
                // CHOLMOD is sequential: several ranks factorise with MUMPS, one rank with CHOLMOD
                check(low.diagnostics().method().equals("krylovschur+sinvert/mumps"),
                        "parallel method " + low.diagnostics().method());
                check(reference.diagnostics().method().equals("krylovschur+sinvert/cholmod"),
                        "serial method " + reference.diagnostics().method());
                for (int i = 0; i < 25; i++) {
                    EigenResult r = i < 12 ? below : slice;
                    double[] values = {low.eigenvalue(i), r.eigenvalue(i < 12 ? i : i - 12)};
                    for (double v : values) {
                        double rel = Math.abs(v - reference.eigenvalue(i)) / reference.eigenvalue(i);
                        check(rel <= 1e-10, String.format(Locale.ROOT, "eigenvalue %d differs from serial by %.2e",
                                i, rel));
                    }
                }
                for (EigenResult r : List.of(low, below, slice)) {
                    double residual = TestMatrices.residual(network, r);
                    check(residual <= 1e-7, "network residual " + residual);
                }
            }

            // Wrong input on one rank only: every rank throws, nobody waits.
            CsrMatrix bad = rank == size - 1 ? withColumn(mine, 3 * n + 5, arena) : mine;
            RuntimeException e = expectThrows(() -> parallel.lowest(bad, 5, null, arena));
            if (rank == size - 1) {
                check(e instanceof IllegalArgumentException && e.getMessage().contains("out of range"),
                        "the bad rank got " + e);
            } else {
                check(e instanceof IllegalStateException && e.getMessage().contains("rank " + (size - 1)),
                        "a good rank got " + e);
            }
            if (size > 1) {
                // Every rank passing every row is not a row layout.
                e = expectThrows(() -> parallel.lowest(network, 5, DeflationSpace.translations(arena, n), arena));
                check(e instanceof IllegalArgumentException && e.getMessage().contains("contiguous"), "overlap: " + e);
            }
            // A deflation vector that is no null vector, judged alike on every rank from global norms.
            DeflationSpace wrong = new DeflationSpace(1, mine.rows(), arena.allocate(8L * mine.rows()).fill((byte) 0));
            wrong.vectors().set(ValueLayout.JAVA_DOUBLE, 0, 1.0);
            CsrMatrix good = mine;
            e = expectThrows(() -> parallel.lowest(good, 5, wrong, arena));
            check(e instanceof IllegalArgumentException && e.getMessage().contains("deflation vector 0"),
                    "wrong deflation: " + e);
            // and nothing was left behind
            check(parallel.lowest(mine, 5, translations, arena).count() == 5, "solve after the failures");
        }
    }

    private static RuntimeException expectThrows(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        return new RuntimeException("nothing thrown");
    }

    /** Rows [first, end) of a whole matrix, as the rank holding them would pass them. */
    static CsrMatrix rows(CsrMatrix whole, int first, int end, Arena arena) {
        int start = whole.rowStart(first);
        int stop = whole.rowStart(end);
        int[] pointers = new int[end - first + 1];
        for (int i = 0; i <= end - first; i++) {
            pointers[i] = whole.rowStart(first + i) - start;
        }
        MemorySegment columns = arena.allocate(ValueLayout.JAVA_INT, Math.max(1, stop - start));
        MemorySegment values = arena.allocate(ValueLayout.JAVA_DOUBLE, Math.max(1, stop - start));
        MemorySegment.copy(whole.columnIndices(), 4L * start, columns, 0, 4L * (stop - start));
        MemorySegment.copy(whole.values(), 8L * start, values, 0, 8L * (stop - start));
        return new CsrMatrix(first, end - first, whole.columns(), arena.allocateFrom(ValueLayout.JAVA_INT, pointers),
                columns, values);
    }

    /** A copy whose last stored entry has column {@code column}. */
    private static CsrMatrix withColumn(CsrMatrix m, int column, Arena arena) {
        CsrMatrix copy = m.copyTo(arena);
        copy.columnIndices().setAtIndex(ValueLayout.JAVA_INT, m.nonZeros() - 1, column);
        return copy;
    }
}
