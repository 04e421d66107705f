package org.modekick.hessian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/**
 * The Hessian from central differences of LAMMPS's forces against the analytic one, for the two styles that have
 * one, on small glasses made by the real protocols.
 */
class PerAtomDifferenceHessianTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ModelSystem.class, names = {"HARMONIC", "LJ"})
    void agreesWithTheAnalyticHessianAndIsSymmetric(ModelSystem system) throws Exception {
        Path glass = dir.resolve(system.cliName() + ".data");
        new GlassPreparation(system, system.fireSettings(), system == ModelSystem.LJ ? Map.of("equil", "500")
                : Map.of()).run(MpiRuntime.self(), 128, 2, glass);
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = DataFile.read(glass, arena).configuration();
            PotentialFile f = PotentialFile.of(Path.of(system.cliName() + ".pot"), system.forceField().lammpsCommands(),
                    1, Map.of());
            PerAtomDifferenceHessian fd = new PerAtomDifferenceHessian(c, new LammpsInteraction(f, 1, "fd"),
                    new double[] {1}, dir.resolve("fd.log"));
            double[][] a = new HessianBuilder(c, system.forceField()).build(arena).toDense();
            double[][] d = fd.rowRange(0, c.size(), arena).toDense();
            assertEquals(6L * c.size(), fd.forceEvaluations());
            double scale = 0;
            double worst = 0;
            double asymmetry = 0;
            double rowSum = 0;
            for (int i = 0; i < a.length; i++) {
                double sum = 0;
                for (int j = 0; j < a.length; j++) {
                    scale = Math.max(scale, Math.abs(a[i][j]));
                    worst = Math.max(worst, Math.abs(a[i][j] - d[i][j]));
                    asymmetry = Math.max(asymmetry, Math.abs(d[i][j] - d[j][i]));
                    sum += d[i][j];
                }
                rowSum = Math.max(rowSum, Math.abs(sum));
            }
            // harmonic: phi is quadratic, so central differences are exact but for round-off; LJ: h^2 phi''''
            assertTrue(worst < 1e-6 * scale, system + ": max |H_fd - H| = " + worst + " of max |H| = " + scale);
            assertEquals(0, asymmetry, 0, "symmetrised exactly");
            assertTrue(rowSum < 1e-6 * scale, "a translation is in the null space: max row sum " + rowSum);
            // the same sparsity as the pairs within the cutoff: no entry where the analytic Hessian has none
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a.length; j++) {
                    if (a[i][j] == 0 && i / 3 != j / 3) {
                        assertTrue(Math.abs(d[i][j]) < 1e-6 * scale, "(" + i + ", " + j + ") " + d[i][j]);
                    }
                }
            }
            System.out.printf("%s N=%d: max |H_fd - H| / max |H| = %.2e, max row sum %.2e%n", system, c.size(),
                    worst / scale, rowSum / scale);
        }
    }
}
