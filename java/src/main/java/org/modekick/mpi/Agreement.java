package org.modekick.mpi;

import java.util.function.Supplier;

/**
 * Local work whose failure every rank learns of. A rank that throws and leaves while the others go on into
 * a collective call would leave them waiting forever; running the local part through {@link #run} ends it
 * with one collective call (MPI_Allreduce) that tells everyone whether some rank failed, and then every
 * rank throws: the failing one its own exception, the others an {@link IllegalStateException} naming the
 * first rank that failed. Call it at the same point on every rank of the communicator.
 */
public final class Agreement {

    private Agreement() {}

    /** The local result, if every rank's {@code local} succeeded. */
    public static <T> T run(Communicator communicator, String what, Supplier<T> local) {
        T value = null;
        RuntimeException failure = null;
        try {
            value = local.get();
        } catch (RuntimeException e) {
            failure = e;
        }
        int size = communicator.size();
        if (size == 1) {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
        int firstBad = communicator.allreduce(failure != null ? communicator.rank() : size, ReduceOp.MIN);
        if (failure != null) {
            throw failure;
        }
        if (firstBad < size) {
            throw new IllegalStateException("rank " + firstBad + " of " + size + " failed in " + what
                    + " (its own message says why)");
        }
        return value;
    }

    /** {@link #run(Communicator, String, Supplier)} for work without a result. */
    public static void run(Communicator communicator, String what, Runnable local) {
        run(communicator, what, () -> {
            local.run();
            return null;
        });
    }
}
