package org.modekick.mpi;

import java.lang.foreign.MemorySegment;
import org.modekick.bindings.mpi.mpi_h;

/** The predefined reductions modekick uses. */
public enum ReduceOp {
    SUM, MAX, MIN;

    MemorySegment handle() {
        return switch (this) {
            case SUM -> mpi_h.MPI_SUM();
            case MAX -> mpi_h.MPI_MAX();
            case MIN -> mpi_h.MPI_MIN();
        };
    }
}
