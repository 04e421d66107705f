package org.modekick.dispatch;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.TaskGroups;

/**
 * The MPI side of a run, apart from what each group does with a mode: the ranks split into task groups
 * (MPI_Comm_split, color = group, key = rank), each group's leader gets a queue (rank 0's straight into
 * the {@link ModeDispatcher}, the others' through a {@link RemoteModeQueue} to the {@link DispatchServer}
 * that a thread of rank 0 runs), a group of several ranks shares its leader's modes ({@link GroupModeQueue}),
 * and the worker runs on every rank until the queue is empty. Every rank of {@code world} calls
 * {@link #run}.
 *
 * <p><b>Failures.</b> A worker that throws reports it through its queue and rethrows. Rank 0 waits until
 * every group has retired, then throws the run's first failure (its own, or "rank r failed: ..."), so a
 * failing group ends the run for all without a hang. A rank that fails inside a group of several, or dies
 * outright, can leave others blocked in LAMMPS's collective calls: the job's exit agreement then aborts it
 * (CollectiveExit, after MODEKICK_MPI_ABORT_AFTER seconds), or mpirun ends it.
 */
public final class TaskGroupRun {

    /** What a task group does with its modes: runs on every rank of the group, with the group's communicator. */
    public interface Worker {
        void work(Communicator group, int groupIndex, ModeQueue queue) throws Exception;
    }

    private TaskGroupRun() {}

    /**
     * @param pending the modes to hand out (read on rank 0 only)
     * @param recorder records each finished mode (rank 0 only; null elsewhere)
     */
    public static void run(Communicator world, TaskGroups groups, List<Integer> pending, ModeDispatcher.Recorder recorder,
                    Worker worker) throws Exception {
        int rank = world.rank();
        int group = groups.groupOf(rank);
        Communicator lammps = world.split(group, rank);
        // the queue's messages and the group's broadcasts each on a communicator of their own, so that they
        // never match LAMMPS's messages or the exit agreement's
        Communicator messages = world.duplicate();
        Communicator groupControl = groups.ranksPerTask() > 1 ? lammps.duplicate() : null;
        try {
            Transport transport = new MpiTransport(messages);
            ModeDispatcher dispatcher = rank == 0 ? new ModeDispatcher(pending, groups.count(), recorder) : null;
            AtomicReference<Throwable> serverFailure = new AtomicReference<>();
            Thread server = null;
            if (dispatcher != null && groups.count() > 1) {
                server = Thread.ofPlatform().name("excite-dispatcher").start(() -> {
                    try {
                        DispatchServer.serve(transport, dispatcher, groups.count() - 1);
                    } catch (Throwable e) {
                        serverFailure.set(e);
                    }
                });
            }
            ModeQueue queue = null;
            if (groups.isLeader(rank)) {
                queue = dispatcher != null ? dispatcher.local() : new RemoteModeQueue(transport);
            }
            if (groupControl != null) {
                queue = new GroupModeQueue(queue, groupControl);
            }
            Throwable failure = null;
            try {
                worker.work(lammps, group, queue);
            } catch (Throwable e) {
                failure = e;
                queue.failed(e);
            }
            if (dispatcher != null) {
                if (server != null) {
                    server.join();
                }
                if (serverFailure.get() != null) {
                    throw new IllegalStateException("the mode dispatcher on rank 0 failed: " + serverFailure.get(),
                            serverFailure.get());
                }
                dispatcher.rethrowFailure();
            }
            if (failure != null) {
                ModeDispatcher.rethrow(failure);
            }
        } finally {
            if (groupControl != null) {
                groupControl.free();
            }
            messages.free();
            lammps.free();
        }
    }
}
