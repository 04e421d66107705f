package org.modekick.hessian;

import java.lang.foreign.Arena;

/**
 * Rows of the Hessian of an inherent structure, as one MPI rank needs them: {@link HessianBuilder} from the pair
 * potentials' derivatives, or finite differences of LAMMPS's forces for any other interaction.
 */
public interface HessianSource {

    /** Scalar CSR rows [3 first, 3 end) of particles [first, end), every entry. */
    CsrMatrix rowRange(int first, int end, Arena arena);
}
