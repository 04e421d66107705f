package org.modekick.excite;

import java.lang.foreign.MemorySegment;
import org.modekick.potential.ForceField;
import org.modekick.potential.ModeExpansion;
import org.modekick.system.Configuration;

/** The landscape of an interaction with Java formulas: pair by pair energy changes, analytic derivatives. */
public record AnalyticLandscape(Configuration r0, ForceField field) implements Landscape {

    @Override
    public double energyChange(MemorySegment displacement) {
        return EnergyChange.of(r0, field, displacement);
    }

    @Override
    public ModeExpansion.Coefficients along(MemorySegment direction) {
        return ModeExpansion.along(r0, field, direction);
    }

    @Override
    public String method() {
        return "analytic: pair by pair energy changes, phi'' and phi''' of the pair potentials";
    }

    @Override
    public void close() {}
}
