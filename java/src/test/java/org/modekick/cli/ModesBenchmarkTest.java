package org.modekick.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.eigen.JacobiEigen;
import org.modekick.hessian.HessianBuilder;
import org.modekick.io.JsonFile;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * {@code bench modes -o DIR} on a small harmonic glass, by default (CHOLMOD on one rank) and with MUMPS named
 * in the PETSc options: the package each summary names, the phases it records, and the eigenvalues of the two
 * eigenvalues.csv files against each other and against a dense Jacobi diagonalisation of the same Hessian.
 */
class ModesBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void cholmodByDefaultMumpsWhenAskedAndBothGiveTheDenseEigenvalues() throws Exception {
        int n = 200;
        int k = 30;
        Path glass = dir.resolve("g.data");
        assertEquals(0, CommandRun.of("prepare", "--system", "harmonic", "-n", Integer.toString(n), "--seed", "3",
                "-o", glass.toString()).code());
        Path byDefault = dir.resolve("default");
        Path byMumps = dir.resolve("mumps");
        CommandRun a = CommandRun.of("bench", "modes", glass.toString(), "--system", "harmonic", "--count",
                Integer.toString(k), "--no-baseline", "-o", byDefault.toString());
        CommandRun b = CommandRun.of("bench", "modes", glass.toString(), "--system", "harmonic", "--count",
                Integer.toString(k), "--no-baseline", "--petsc-options", "-st_pc_factor_mat_solver_type mumps",
                "-o", byMumps.toString());
        assertEquals(0, a.code(), a.out() + a.err());
        assertEquals(0, b.code(), b.out() + b.err());
        assertTrue(a.out().contains("method=krylovschur+sinvert/cholmod"), a.out());
        assertTrue(a.out().contains("by cholmod") && a.out().contains("count check"), a.out());
        assertTrue(b.out().contains("method=krylovschur+sinvert/mumps"), b.out());

        JsonObject sa = JsonFile.readObject(byDefault.resolve(ModesBenchmark.SUMMARY));
        JsonObject sb = JsonFile.readObject(byMumps.resolve(ModesBenchmark.SUMMARY));
        assertEquals("cholmod", JsonFile.text(sa, "factor_package"));
        assertEquals("mumps", JsonFile.text(sb, "factor_package"));
        // the count check factorises an indefinite matrix, which only MUMPS can (with its inertia)
        assertEquals("mumps (factors discarded)", JsonFile.text(sa, "count_check_package"));
        assertTrue(JsonFile.number(sa, "solves") >= k, "solves " + JsonFile.number(sa, "solves"));
        assertTrue(JsonFile.number(sa, "factorisation_s") > 0 && JsonFile.number(sa, "count_check_s") > 0,
                sa.toString());
        for (String key : new String[] {"factorisation_cpu_s", "iterations_cpu_s", "count_check_cpu_s"}) {
            double cpu = JsonFile.number(sa, key);
            assertTrue(cpu >= 0 && cpu < JsonFile.number(sa, "cpu_seconds"), key + " " + cpu);
        }

        double[] la = ModesBenchmark.readEigenvalues(byDefault.resolve(ModesBenchmark.EIGENVALUES));
        double[] lb = ModesBenchmark.readEigenvalues(byMumps.resolve(ModesBenchmark.EIGENVALUES));
        assertEquals(k, la.length);
        assertEquals(k, lb.length);

        double[] dense;
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = DataFile.read(glass, arena).configuration();
            dense = JacobiEigen.of(new HessianBuilder(c, ModelSystem.HARMONIC.forceField()).build(arena).toDense())
                    .values();
        }
        double top = dense[dense.length - 1];
        // the three translations (and any rattler) are zero to rounding; the modes start above them
        double[] vibrational = Arrays.stream(dense).filter(v -> v > 1e-8 * top).toArray();
        assertEquals(3 * n - 3, vibrational.length, "a prepared glass has only the translations at zero");
        double pair = 0;
        double exact = 0;
        for (int i = 0; i < k; i++) {
            pair = Math.max(pair, Math.abs(la[i] - lb[i]) / vibrational[i]);
            exact = Math.max(exact, Math.max(Math.abs(la[i] - vibrational[i]), Math.abs(lb[i] - vibrational[i]))
                    / vibrational[i]);
        }
        System.out.printf(Locale.ROOT, "bench modes N=%d K=%d: cholmod vs mumps %.2e, vs dense %.2e%n%s%s", n, k,
                pair, exact, a.out(), b.out());
        assertTrue(pair < 1e-10, "cholmod and mumps eigenvalues differ by " + pair);
        assertTrue(exact < 1e-10, "against the dense solver " + exact);
    }
}
