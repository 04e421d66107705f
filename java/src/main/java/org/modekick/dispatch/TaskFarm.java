package org.modekick.dispatch;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.modekick.mpi.Communicator;

/**
 * Independent tasks 0..count-1 over the ranks of a job, one worker per rank, every result to rank 0: what
 * barriers (one transition's path) and thermal (one (T, seed) run) do under mpirun. Each rank opens its
 * resource once (its own LAMMPS on MPI_COMM_SELF), asks for tasks in index order and hands each result in as
 * bytes with its next request; rank 0 alone records them (writes the files), so the files are those a serial
 * run writes. Rank 0 works too, while a thread of it serves the other ranks ({@link Transport}, over a
 * duplicate of the world communicator). Unlike excite's {@link ModeDispatcher} a task's result is opaque bytes
 * and a worker is one rank: a band or an MD run is not domain-decomposed.
 *
 * <p><b>Failures.</b> A rank whose resource or task throws tells rank 0 and rethrows; rank 0 hands out nothing
 * more, waits until every rank has retired and throws the first failure (its own, or "rank r failed: ..."),
 * so a failing rank ends the run everywhere without a hang.
 */
public final class TaskFarm {

    /** Opens a rank's resource, held for all of its tasks. */
    public interface Opener<R extends AutoCloseable> {
        R open() throws Exception;
    }

    /** Does task i with the rank's resource; returns what rank 0 is to record. */
    public interface Worker<R> {
        byte[] run(R resource, int task) throws Exception;
    }

    /** Records task i's result on rank 0; throwing stops the run. */
    public interface Recorder {
        void record(int task, byte[] result) throws Exception;
    }

    /** What a reply says when there is nothing more, and what a request says when it hands in no result. */
    static final int NONE = -1;
    /** The first int of a request from a rank that failed; its message follows. */
    static final int FAILED = -2;

    private TaskFarm() {}

    /**
     * Runs the tasks {@code pending} names; every rank of {@code world} calls this. A task is an index into a list
     * every rank holds alike (the transitions of an excite run, the (T, seed) runs); which of them are still to do
     * is rank 0's view (it alone reads the output directory), broadcast here. The worker and the recorder are
     * given the task's index.
     *
     * @param pending the indices of the tasks to do, in the order to hand them out (read on rank 0 only)
     * @param recorder rank 0's writer; ignored on the other ranks
     */
    public static <R extends AutoCloseable> void run(Communicator world, List<Integer> pending, Opener<R> opener,
                                                     Worker<R> worker, Recorder recorder) throws Exception {
        boolean root = world.rank() == 0;
        int count = world.broadcast(new int[] {root ? pending.size() : 0}, 0)[0];
        int[] tasks = world.broadcast(root ? pending.stream().mapToInt(Integer::intValue).toArray() : new int[count],
                0);
        Communicator messages = world.duplicate();
        try {
            run(new MpiTransport(messages), world.rank(), world.size(), count, opener,
                    (resource, i) -> worker.run(resource, tasks[i]), (i, result) -> recorder.record(tasks[i], result));
        } finally {
            messages.free();
        }
    }

    /** The farm over {@code transport}, as rank {@code rank} of {@code ranks} (tests pass an in-memory one). */
    static <R extends AutoCloseable> void run(Transport transport, int rank, int ranks, int count, Opener<R> opener,
                                              Worker<R> worker, Recorder recorder) throws Exception {
        if (rank != 0) {
            work(new Remote(transport), opener, worker);
            return;
        }
        Hand hand = new Hand(count, ranks, recorder);
        AtomicReference<Throwable> serverFailure = new AtomicReference<>();
        Thread server = ranks > 1 ? Thread.ofPlatform().name("task-farm-server").start(() -> {
            try {
                serve(transport, hand, ranks - 1);
            } catch (Throwable e) {
                serverFailure.set(e);
            }
        }) : null;
        Throwable own = null;
        try {
            work(hand.local(), opener, worker);
        } catch (Throwable e) {
            own = e;
        }
        if (server != null) {
            server.join();
        }
        if (serverFailure.get() != null) {
            throw new IllegalStateException("the task server on rank 0 failed: " + serverFailure.get(),
                    serverFailure.get());
        }
        hand.rethrowFailure();
        if (own != null) {
            ModeDispatcher.rethrow(own);
        }
    }

    /** One worker's side: where it gets its next task and hands in its last result. */
    private interface Queue {
        /** Hands in task {@code done}'s result ({@link #NONE}, null at first) and returns the next task or NONE. */
        int next(int done, byte[] result) throws Exception;

        void failed(Throwable cause);
    }

    private static <R extends AutoCloseable> void work(Queue queue, Opener<R> opener, Worker<R> worker)
            throws Exception {
        boolean retired = false;
        try (R resource = opener.open()) {
            int task = queue.next(NONE, null);
            while (task != NONE) {
                byte[] result = worker.run(resource, task);
                task = queue.next(task, result);
            }
            retired = true;
        } catch (Throwable e) {
            if (!retired) {
                queue.failed(e);
            }
            throw e;
        }
    }

    /** Serves {@code remote} ranks until each has been told to stop or has failed. */
    static void serve(Transport transport, Hand hand, int remote) {
        int open = remote;
        while (open > 0) {
            Transport.Message m = transport.receive();
            ByteBuffer in = ByteBuffer.wrap(m.body());
            int done = in.getInt();
            if (done == FAILED) {
                String why = new String(m.body(), Integer.BYTES, m.body().length - Integer.BYTES,
                        StandardCharsets.UTF_8);
                hand.failed(new IllegalStateException("rank " + m.from() + " failed: " + why));
                open--;
                continue;
            }
            byte[] result = done == NONE ? null : Arrays.copyOfRange(m.body(), Integer.BYTES, m.body().length);
            int next = hand.next(done, result);
            transport.send(m.from(), ByteBuffer.allocate(Integer.BYTES).putInt(next).array());
            if (next == NONE) {
                open--;
            }
        }
    }

    /** Rank 0's one list of tasks and its one writer. Thread-safe. */
    static final class Hand {
        private final int count;
        private final Recorder recorder;
        private int handedOut;
        private int active;
        private Throwable failure;

        Hand(int count, int workers, Recorder recorder) {
            this.count = count;
            this.active = workers;
            this.recorder = recorder;
        }

        synchronized int next(int done, byte[] result) {
            if (done != NONE && failure == null) {
                try {
                    recorder.record(done, result);
                } catch (Exception e) {
                    failure = e;
                }
            }
            if (failure != null || handedOut >= count) {
                active--;
                return NONE;
            }
            return handedOut++;
        }

        synchronized void failed(Throwable cause) {
            if (failure == null) {
                failure = cause;
            }
            active--;
        }

        synchronized void rethrowFailure() throws Exception {
            if (failure != null) {
                ModeDispatcher.rethrow(failure);
            }
        }

        Queue local() {
            return new Queue() {
                @Override
                public int next(int done, byte[] result) {
                    return Hand.this.next(done, result);
                }

                @Override
                public void failed(Throwable cause) {
                    Hand.this.failed(cause);
                }
            };
        }
    }

    /** A rank other than 0: each request carries the last result to rank 0 and waits for the next task. */
    private record Remote(Transport transport) implements Queue {
        private static final int SERVER = 0;

        @Override
        public int next(int done, byte[] result) {
            byte[] body = ByteBuffer.allocate(Integer.BYTES + (result == null ? 0 : result.length)).putInt(done)
                    .put(result == null ? new byte[0] : result).array();
            transport.send(SERVER, body);
            byte[] reply = transport.receive(SERVER);
            if (reply.length != Integer.BYTES) {
                throw new IllegalArgumentException("a reply of " + reply.length + " bytes, expected " + Integer.BYTES);
            }
            return ByteBuffer.wrap(reply).getInt();
        }

        @Override
        public void failed(Throwable cause) {
            byte[] why = String.valueOf(cause).getBytes(StandardCharsets.UTF_8);
            transport.send(SERVER, ByteBuffer.allocate(Integer.BYTES + why.length).putInt(FAILED).put(why).array());
        }
    }
}
