package org.modekick.pipeline;

import java.nio.file.Path;
import org.modekick.hessian.HessianBuilder;
import org.modekick.hessian.HessianSource;
import org.modekick.hessian.FiniteDifferenceHessian;
import org.modekick.potential.Interaction;
import org.modekick.system.Configuration;

/** The Hessian of a glass: analytic for the styles with Java formulas, from LAMMPS's forces for any other. */
public final class HessianSources {

    private HessianSources() {}

    /**
     * The Hessian of {@code structure} under {@code interaction}; a LAMMPS one runs an instance of its own logging to
     * {@code log}.
     */
    public static HessianSource of(Configuration structure, Interaction interaction, double[] masses, Path log) {
        if (interaction.analytic().isPresent()) {
            return new HessianBuilder(structure, interaction.analytic().get());
        }
        return new FiniteDifferenceHessian(structure, interaction, masses, log);
    }
}
