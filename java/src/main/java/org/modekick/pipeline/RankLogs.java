package org.modekick.pipeline;

import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/** The names of LAMMPS logs that every rank of a job opens in one directory, one file per rank. */
final class RankLogs {

    private RankLogs() {}

    /** {@code name}.log on rank 0 of MPI_COMM_WORLD (and in one process), {@code name}-rank-R.log on rank R &gt; 0. */
    static String name(String name) {
        return name(MpiRuntime.world(), name);
    }

    /** {@code name}.log on rank 0 of {@code comm}, {@code name}-rank-R.log on its rank R &gt; 0. */
    static String name(Communicator comm, String name) {
        return comm.isRoot() ? name + ".log" : name + "-rank-" + comm.rank() + ".log";
    }

    /** rank-R.log: the log of rank R's worker under mpirun (a thread's is worker-W.log). */
    static String rank(Communicator world) {
        return "rank-" + world.rank() + ".log";
    }
}
