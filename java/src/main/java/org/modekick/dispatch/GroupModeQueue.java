package org.modekick.dispatch;

import java.util.OptionalInt;
import org.modekick.excite.ModeOutcome;
import org.modekick.mpi.Communicator;

/**
 * The queue of every rank of a task group of several ranks, which runs one LAMMPS instance
 * domain-decomposed over them: the leader asks its own queue for the next mode and broadcasts k to the
 * group; the others take it from the broadcast. Every rank of the group then excites the same mode in
 * step (LAMMPS's collective calls need all of them, and every decision is taken on gathered positions and
 * reduced energies, the same on each rank); only the leader's outcome is handed in.
 */
final class GroupModeQueue implements ModeQueue {

    private final ModeQueue leaderQueue;
    private final Communicator group;

    /**
     * @param leaderQueue the leader's queue on the group's rank 0, null on the other ranks
     * @param group a communicator of the group's ranks used for nothing else (not LAMMPS's)
     */
    GroupModeQueue(ModeQueue leaderQueue, Communicator group) {
        this.leaderQueue = leaderQueue;
        this.group = group;
    }

    @Override
    public OptionalInt next(ModeOutcome finished) throws Exception {
        int k = ModeDispatcher.STOP;
        if (leaderQueue != null) {
            k = leaderQueue.next(finished).orElse(ModeDispatcher.STOP);
        }
        k = group.broadcast(new int[] {k}, 0)[0];
        return k == ModeDispatcher.STOP ? OptionalInt.empty() : OptionalInt.of(k);
    }

    @Override
    public void failed(Throwable cause) {
        // the other ranks of the group may be inside LAMMPS's collective calls: only the job's abort
        // (CollectiveExit) can end them, so no broadcast here
        if (leaderQueue != null) {
            leaderQueue.failed(cause);
        }
    }
}
