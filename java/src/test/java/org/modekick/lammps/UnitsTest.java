package org.modekick.lammps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.LammpsInteraction;
import org.modekick.potential.PotentialFile;
import org.modekick.system.Configuration;
import org.modekick.testing.Glasses;

/**
 * The same numbers in lj and in metal units: equal forces and energies, and omega_max in LAMMPS's inverse time unit,
 * against which FIRE's timestep is set and checked (a = ftm2v F / m: ftm2v = 1 / 1.0364269e-4 in metal units).
 */
class UnitsTest {

    @TempDir
    Path dir;

    private double[] omegaAndEnergy(String units, Configuration c) throws Exception {
        PotentialFile f = PotentialFile.of(Path.of(units + ".pot"), List.of("units " + units, "pair_style lj/cut 2.5",
                "pair_coeff * * 1.0 1.0"), 1, Map.of());
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), dir.resolve(units + ".log"))) {
            lammps.define(c, new LammpsInteraction(f, 1, units), new double[] {1});
            lammps.evaluate();
            return new double[] {HighestFrequency.estimate(lammps, c, new double[] {1}), lammps.potentialEnergy(),
                    lammps.forceToAcceleration()};
        }
    }

    @Test
    void omegaMaxIsInLammpsTimeUnit() throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            Configuration c = Glasses.jitteredLattice(arena, 5, 0.9, 0.1, 3);
            double[] lj = omegaAndEnergy("lj", c);
            double[] metal = omegaAndEnergy("metal", c);
            assertEquals(1.0, lj[2], 0);
            assertEquals(1 / 1.0364269e-4, metal[2], 1e-3);
            assertEquals(lj[1], metal[1], 1e-12 * Math.abs(lj[1]), "the same energy: the numbers are the same");
            assertEquals(Math.sqrt(metal[2]), metal[0] / lj[0], 1e-9 * Math.sqrt(metal[2]));
        }
    }
}
