package org.modekick.modes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modekick.eigen.JacobiEigen;
import org.modekick.hessian.FiniteDifferenceHessian;
import org.modekick.hessian.HessianBuilder;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/** Every eigenvalue of the coloured finite-difference Hessian against the analytic one's (dense Jacobi). */
class FiniteDifferenceEigenvaluesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ModelSystem.class, names = {"HARMONIC", "LJ"})
    void eigenvaluesAgree(ModelSystem system) throws Exception {
        Path glass = dir.resolve(system.cliName() + ".data");
        new GlassPreparation(system, system.fireSettings(), system == ModelSystem.LJ ? Map.of("equil", "500")
                : Map.of()).run(MpiRuntime.self(), 128, 5, glass);
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = DataFile.read(glass, arena).configuration();
            PotentialFile f = PotentialFile.of(Path.of(system.cliName() + ".pot"),
                    system.forceField().lammpsCommands(), 1, Map.of());
            FiniteDifferenceHessian fd = new FiniteDifferenceHessian(c, new LammpsInteraction(f, 1, "fd"),
                    new double[] {1}, dir.resolve("fd.log"));
            double[] d = JacobiEigen.of(fd.rowRange(0, c.size(), arena).toDense()).values().clone();
            double[] a = JacobiEigen.of(new HessianBuilder(c, system.forceField()).build(arena).toDense()).values()
                    .clone();
            Arrays.sort(d);
            Arrays.sort(a);
            double top = a[a.length - 1];
            double worst = 0;
            double lowest = 0;
            for (int k = 3; k < a.length; k++) { // the three translations are zero in both
                double rel = Math.abs(d[k] / a[k] - 1);
                worst = Math.max(worst, rel);
                if (k == 3) {
                    lowest = rel;
                }
            }
            double zeros = Math.max(Math.abs(d[0]), Math.abs(d[2])) / top;
            System.out.printf("%s N=%d: eigenvalues 4..3N relative error max %.1e (lowest non-zero %.1e, lambda_4"
                    + " = %.4g); translations |lambda| <= %.1e of lambda_max%n", system, c.size(), worst, lowest,
                    a[3], zeros);
            assertTrue(worst < 1e-6, system + ": " + worst);
            assertTrue(zeros < 1e-9, system + " translations: " + zeros);
        }
    }
}
