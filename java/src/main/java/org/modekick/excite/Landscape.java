package org.modekick.excite;

import java.lang.foreign.MemorySegment;
import org.modekick.potential.ModeExpansion;

/**
 * The energy landscape around r0 that measuring a mode needs besides the relaxations: the energy change of a
 * displacement (Eq. 8's barrier, dPhi) and the second- and third-order coefficients along a mode (Eq. A2). Exact
 * Java formulas where the interaction has them ({@link AnalyticLandscape}), LAMMPS's energies and finite differences
 * of its forces otherwise ({@link LammpsLandscape}). Confined to the thread that opened it.
 */
public interface Landscape extends AutoCloseable {

    /** Phi(r0 + d) - Phi(r0) for a displacement d of 3N doubles. */
    double energyChange(MemorySegment displacement);

    /** kappa = e.H.e and tau = the third derivative of Phi along e (Eq. A2), for a direction e of unit length. */
    ModeExpansion.Coefficients along(MemorySegment direction);

    /** What summary.json says of how these numbers are computed. */
    String method();

    @Override
    void close();

    /** The landscape of {@code reference}'s interaction; a LAMMPS one opens an instance logging to {@code log}. */
    static Landscape of(Reference reference, java.nio.file.Path log) {
        return reference.interaction().analytic().<Landscape>map(f -> new AnalyticLandscape(reference.structure(), f))
                .orElseGet(() -> LammpsLandscape.open(reference, log));
    }
}
