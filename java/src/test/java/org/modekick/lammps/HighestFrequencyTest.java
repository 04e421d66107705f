package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.modekick.hessian.HessianBuilder;
import org.modekick.mpi.MpiRuntime;
import org.modekick.prepare.GlassPreparation;
import org.modekick.prepare.ModelSystem;
import org.modekick.system.Configuration;
import org.modekick.system.DataFile;

/** omega_max from LAMMPS forces, against the largest eigenvalue of the analytic Hessian, diagonalised densely. */
class HighestFrequencyTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = ModelSystem.class, names = {"HARMONIC", "LJ"}) // the ones with a Java Hessian
    void theEstimateApproachesTheHighestFrequencyFromBelow(ModelSystem system) throws Exception {
        Path glass = dir.resolve(system.cliName() + ".data");
        new GlassPreparation(system, system.fireSettings(), Map.of("equil", "1000"))
                .run(MpiRuntime.self(), 300, 4, glass);
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = DataFile.read(glass, arena).configuration();
            double estimate;
            try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve("lammps.log"))) {
                lammps.define(c, system.forceField(), new double[] {1});
                estimate = HighestFrequency.estimate(lammps, c, new double[] {1});
            }
            double[][] h = new HessianBuilder(c, system.forceField()).build(arena).toDense();
            DMatrixRMaj m = new DMatrixRMaj(h);
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(h.length, false, true);
            assertTrue(eig.decompose(m));
            double top = 0;
            for (int i = 0; i < h.length; i++) {
                top = Math.max(top, eig.getEigenvalue(i).getReal());
            }
            double omegaMax = Math.sqrt(top);
            System.out.printf("%s N = 300: omega_max %.9g, estimate %.9g (%.2e relative)%n", system, omegaMax, estimate,
                    estimate / omegaMax - 1);
            assertTrue(estimate <= omegaMax * (1 + 1e-5), system + ": " + estimate + " above omega_max " + omegaMax);
            assertTrue(estimate >= 0.97 * omegaMax, system + ": " + estimate + " is far below omega_max " + omegaMax);
        }
    }
}
