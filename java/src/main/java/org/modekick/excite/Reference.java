package org.modekick.excite;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import org.modekick.lammps.LammpsSession;
import org.modekick.mpi.MpiRuntime;
import org.modekick.potential.AnalyticInteraction;
import org.modekick.potential.ForceField;
import org.modekick.potential.Interaction;
import org.modekick.potential.Overlaps;
import org.modekick.system.Configuration;

/**
 * The inherent structure r0 as LAMMPS holds it: positions wrapped into the box by LAMMPS itself (so
 * that the kicks scattered into every worker's instance and LAMMPS's own displacement computes start
 * from the same numbers), with its energy Phi0 and residual force norm F0.
 *
 * @param structure r0, wrapped
 * @param masses per type, as LAMMPS holds them once the interaction is defined
 * @param energy Phi0 (LAMMPS, total)
 * @param forceNorm F0 = |F(r0)|, the global 2-norm
 * @param lammpsVersion LAMMPS's version date number
 */
public record Reference(Configuration structure, Interaction interaction, double[] masses, double energy,
                        double forceNorm, int lammpsVersion) {

    public int particles() {
        return structure.size();
    }

    public MemorySegment positions() {
        return structure.positions();
    }

    /** The Java force field, for an interaction that has one. */
    public ForceField forceField() {
        return interaction.analytic().orElseThrow(() -> new IllegalStateException("the interaction "
                + interaction.label() + " has no Java formulas: everything about it comes from LAMMPS"));
    }

    /** {@link #of(Configuration, Interaction, double[], Path, Arena)} for a force field with Java formulas. */
    public static Reference of(Configuration input, ForceField field, double[] masses, Path log, Arena arena) {
        return of(input, new AnalyticInteraction(field, "custom"), masses, log, arena);
    }

    /**
     * Reads r0 back from a LAMMPS instance defined with {@code input}; the configuration is allocated in
     * {@code arena}. Coincident particles would make LAMMPS produce NaN, so they are refused first.
     */
    public static Reference of(Configuration input, Interaction interaction, double[] masses, Path log, Arena arena) {
        Overlaps overlaps = Overlaps.find(input, Divergence.COINCIDENT);
        if (overlaps.any()) {
            throw new IllegalArgumentException("the inherent structure has coincident particles: " + overlaps.describe());
        }
        Configuration wrapped = input.copy(arena);
        try (LammpsSession lammps = LammpsSession.open(MpiRuntime.self(), log)) {
            lammps.define(input, interaction, masses);
            lammps.gatherPositions(wrapped.positions());
            lammps.evaluate();
            return new Reference(wrapped, interaction, lammps.masses(), lammps.potentialEnergy(), lammps.forceNorm(),
                    lammps.version());
        }
    }
}
