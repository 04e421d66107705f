package org.modekick.mpi;

import static org.modekick.mpi.MpiException.check;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.modekick.bindings.mpi.mpi_h;

/**
 * An MPI communicator. In OpenMPI an MPI_Comm is a pointer, so the handle is that address; LAMMPS's
 * {@code lammps_open_fortran} takes the Fortran integer handle instead.
 * <p>
 * The collective operations here are the few modekick needs, on Java values or native segments. Like
 * every MPI collective they must be called by all ranks of the communicator in the same order; a rank
 * that skips one leaves the others waiting, which is why failures are agreed on before anyone moves on
 * (see {@link #maxWithin}).
 */
public record Communicator(MemorySegment handle) {

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE;
    /** Longest pause between two tests of a pending request: bounds the latency a waiting rank adds. */
    private static final long MAX_POLL_NANOS = 50_000_000L;
    /** The source of a receive that takes a message from any rank. */
    public static final int ANY_SOURCE = mpi_h.MPI_ANY_SOURCE();

    public int rank() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(INT);
            check(mpi_h.MPI_Comm_rank(handle, out), "MPI_Comm_rank");
            return out.get(INT, 0);
        }
    }

    public int size() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment out = arena.allocate(INT);
            check(mpi_h.MPI_Comm_size(handle, out), "MPI_Comm_size");
            return out.get(INT, 0);
        }
    }

    public int fortranHandle() {
        return mpi_h.MPI_Comm_c2f(handle);
    }

    public boolean isRoot() {
        return rank() == 0;
    }

    public void barrier() {
        check(mpi_h.MPI_Barrier(handle), "MPI_Barrier");
    }

    /** The reduction of one int over all ranks, on every rank. */
    public int allreduce(int value, ReduceOp op) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocateFrom(INT, value);
            MemorySegment out = arena.allocate(INT);
            check(mpi_h.MPI_Allreduce(in, out, 1, mpi_h.MPI_INT(), op.handle(), handle), "MPI_Allreduce");
            return out.get(INT, 0);
        }
    }

    /** The reduction of one double over all ranks, on every rank. */
    public double allreduce(double value, ReduceOp op) {
        return allreduce(new double[] {value}, op)[0];
    }

    /** The element-wise reduction of {@code values} over all ranks, on every rank. */
    public double[] allreduce(double[] values, ReduceOp op) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocateFrom(DOUBLE, values);
            MemorySegment out = arena.allocate(DOUBLE, Math.max(1, values.length));
            check(mpi_h.MPI_Allreduce(in, out, values.length, mpi_h.MPI_DOUBLE(), op.handle(), handle),
                    "MPI_Allreduce");
            return out.asSlice(0, 8L * values.length).toArray(DOUBLE);
        }
    }

    /** Every rank's {@code value}, in rank order, on every rank. */
    public int[] allgather(int value) {
        int size = size();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment in = arena.allocateFrom(INT, value);
            MemorySegment out = arena.allocate(INT, size);
            check(mpi_h.MPI_Allgather(in, 1, mpi_h.MPI_INT(), out, 1, mpi_h.MPI_INT(), handle), "MPI_Allgather");
            return out.toArray(INT);
        }
    }

    /**
     * Gathers each rank's {@code local} doubles into {@code receive} on {@code root}, rank after rank: rank r's
     * part lands at offset counts[0] + ... + counts[r - 1]. {@code counts} (doubles per rank) must be the same
     * on every rank and local must hold counts[rank]; {@code receive} (their sum) is read on root only and may
     * be {@link MemorySegment#NULL} elsewhere.
     */
    public void gather(MemorySegment local, MemorySegment receive, int[] counts, int root) {
        int size = size();
        if (counts.length != size) {
            throw new IllegalArgumentException(counts.length + " counts for " + size + " ranks");
        }
        int rank = rank();
        if (local.byteSize() != 8L * counts[rank]) {
            throw new IllegalArgumentException("rank " + rank + " sends " + local.byteSize() / 8 + " doubles, counts say "
                    + counts[rank]);
        }
        long total = 0;
        int[] displacements = new int[size];
        for (int r = 0; r < size; r++) {
            displacements[r] = Math.toIntExact(total);
            total += counts[r];
        }
        if (rank == root && receive.byteSize() < 8 * total) {
            throw new IllegalArgumentException("receive holds " + receive.byteSize() / 8 + " doubles, needs " + total);
        }
        try (Arena arena = Arena.ofConfined()) {
            check(mpi_h.MPI_Gatherv(local, counts[rank], mpi_h.MPI_DOUBLE(), receive, arena.allocateFrom(INT, counts),
                    arena.allocateFrom(INT, displacements), mpi_h.MPI_DOUBLE(), root, handle), "MPI_Gatherv");
        }
    }

    /** Each rank's bytes, in rank order, on {@code root}; an empty list elsewhere. */
    public List<byte[]> gather(byte[] local, int root) {
        int size = size();
        boolean isRoot = rank() == root;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment lengths = arena.allocate(INT, size);
            check(mpi_h.MPI_Gather(arena.allocateFrom(INT, local.length), 1, mpi_h.MPI_INT(), lengths, 1,
                    mpi_h.MPI_INT(), root, handle), "MPI_Gather");
            int[] counts = lengths.toArray(INT);
            int[] displacements = new int[size];
            long total = 0;
            for (int r = 0; r < size; r++) {
                displacements[r] = Math.toIntExact(total);
                total += isRoot ? counts[r] : 0;
            }
            MemorySegment send = arena.allocate(Math.max(1, local.length));
            MemorySegment.copy(local, 0, send, ValueLayout.JAVA_BYTE, 0, local.length);
            MemorySegment receive = arena.allocate(Math.max(1, total));
            check(mpi_h.MPI_Gatherv(send, local.length, mpi_h.MPI_BYTE(), receive, lengths,
                    arena.allocateFrom(INT, displacements), mpi_h.MPI_BYTE(), root, handle), "MPI_Gatherv");
            List<byte[]> parts = new ArrayList<>();
            if (isRoot) {
                for (int r = 0; r < size; r++) {
                    parts.add(receive.asSlice(displacements[r], counts[r]).toArray(ValueLayout.JAVA_BYTE));
                }
            }
            return parts;
        }
    }

    /**
     * The maximum of {@code value} over all ranks, or empty if not every rank contributed within
     * {@code patience} (null: wait as long as it takes). Non-blocking (MPI_Iallreduce, then {@link #await}), so
     * a rank waiting here for slower ones leaves its core to them instead of spinning, and a rank that failed
     * can give up on ranks stuck in an operation it will never join.
     */
    public OptionalInt maxWithin(int value, Duration patience) {
        // Global, not a closed-on-return arena: after a timeout the request stays pending, and MPI may still
        // write into these 20 bytes.
        Arena arena = Arena.global();
        MemorySegment in = arena.allocateFrom(INT, value);
        MemorySegment out = arena.allocate(INT);
        MemorySegment request = arena.allocate(ValueLayout.ADDRESS);
        check(mpi_h.MPI_Iallreduce(in, out, 1, mpi_h.MPI_INT(), ReduceOp.MAX.handle(), handle, request),
                "MPI_Iallreduce");
        return await(request, patience, MAX_POLL_NANOS) ? OptionalInt.of(out.get(INT, 0)) : OptionalInt.empty();
    }

    /**
     * Tests a pending request (MPI_Test) with pauses that grow from 0.1 ms to {@code maxPauseNanos}, until it
     * completes (true) or {@code patience} (null: forever) has passed or the thread is interrupted (false).
     * Blocking MPI calls spin, and on an oversubscribed machine a spinning rank takes the core that the rank
     * it waits for needs; sleeping between tests costs at most one pause of latency.
     */
    private static boolean await(MemorySegment request, Duration patience, long maxPauseNanos) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment flag = arena.allocate(INT);
            long start = System.nanoTime();
            long pause = 100_000L;
            while (true) {
                check(mpi_h.MPI_Test(request, flag, mpi_h.MPI_STATUS_IGNORE()), "MPI_Test");
                if (flag.get(INT, 0) != 0) {
                    return true;
                }
                if (patience != null && System.nanoTime() - start > patience.toNanos()) {
                    return false;
                }
                try {
                    Thread.sleep(Duration.ofNanos(pause));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                pause = Math.min(2 * pause, maxPauseNanos);
            }
        }
    }

    /** {@code values} from {@code root} on every rank (MPI_Bcast); the other ranks pass an array of the same length. */
    public int[] broadcast(int[] values, int root) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(INT, Math.max(1, values.length));
            MemorySegment.copy(values, 0, buffer, INT, 0, values.length);
            check(mpi_h.MPI_Bcast(buffer, values.length, mpi_h.MPI_INT(), root, handle), "MPI_Bcast");
            return buffer.asSlice(0, 4L * values.length).toArray(INT);
        }
    }

    /** Sends ints to rank {@code destination} (MPI_Send: returns once the buffer could be reused). */
    public void send(int[] values, int destination, int tag) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(INT, Math.max(1, values.length));
            MemorySegment.copy(values, 0, buffer, INT, 0, values.length);
            check(mpi_h.MPI_Send(buffer, values.length, mpi_h.MPI_INT(), destination, tag, handle), "MPI_Send");
        }
    }

    /** Sends bytes to rank {@code destination} (MPI_Send). */
    public void send(byte[] bytes, int destination, int tag) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, buffer, ValueLayout.JAVA_BYTE, 0, bytes.length);
            check(mpi_h.MPI_Send(buffer, bytes.length, mpi_h.MPI_BYTE(), destination, tag, handle), "MPI_Send");
        }
    }

    /**
     * Receives {@code count} ints with {@code tag} from {@code source} ({@link #ANY_SOURCE}: from anyone),
     * waiting as {@link #await} does, with pauses of at most {@code maxPause}; the sender must send exactly
     * {@code count} ints. For a rank that may wait long (for a request, or for the answer of a busy rank).
     */
    public int[] receive(int count, int source, int tag, Duration maxPause) {
        // Not try-with-resources: if the wait is interrupted the receive stays pending, and MPI may still
        // write into its buffer and request, so those are then left allocated rather than freed under it.
        Arena arena = Arena.ofConfined();
        MemorySegment buffer = arena.allocate(INT, Math.max(1, count));
        MemorySegment request = arena.allocate(ValueLayout.ADDRESS);
        check(mpi_h.MPI_Irecv(buffer, count, mpi_h.MPI_INT(), source, tag, handle, request), "MPI_Irecv");
        if (!await(request, null, maxPause.toNanos())) {
            throw new MpiException("interrupted while waiting for a message with tag " + tag);
        }
        int[] values = buffer.asSlice(0, 4L * count).toArray(INT);
        arena.close();
        return values;
    }

    /**
     * Receives exactly {@code length} bytes with {@code tag} from {@code source} (blocking MPI_Recv: for a
     * message known to follow at once).
     */
    public byte[] receive(int length, int source, int tag) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(Math.max(1, length));
            check(mpi_h.MPI_Recv(buffer, length, mpi_h.MPI_BYTE(), source, tag, handle, mpi_h.MPI_STATUS_IGNORE()),
                    "MPI_Recv");
            return buffer.asSlice(0, length).toArray(ValueLayout.JAVA_BYTE);
        }
    }

    /** A new communicator with the same ranks whose messages never match this one's; {@link #free} it. */
    public Communicator duplicate() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cell = arena.allocate(ValueLayout.ADDRESS);
            check(mpi_h.MPI_Comm_dup(handle, cell), "MPI_Comm_dup");
            return new Communicator(MemorySegment.ofAddress(cell.get(ValueLayout.ADDRESS, 0).address()));
        }
    }

    /**
     * Splits the ranks into groups of equal {@code color}, ordered by {@code key} (then by rank here): each
     * rank gets the communicator of its group; {@link #free} it. For independent tasks on groups of ranks.
     */
    public Communicator split(int color, int key) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cell = arena.allocate(ValueLayout.ADDRESS);
            check(mpi_h.MPI_Comm_split(handle, color, key, cell), "MPI_Comm_split");
            return new Communicator(MemorySegment.ofAddress(cell.get(ValueLayout.ADDRESS, 0).address()));
        }
    }

    /** Frees a communicator this process made ({@link #duplicate}, {@link #split}); never world or self. */
    public void free() {
        if (handle.address() == mpi_h.MPI_COMM_WORLD().address() || handle.address() == mpi_h.MPI_COMM_SELF().address()) {
            throw new IllegalStateException("MPI_COMM_WORLD and MPI_COMM_SELF cannot be freed");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cell = arena.allocate(ValueLayout.ADDRESS);
            cell.set(ValueLayout.ADDRESS, 0, handle);
            check(mpi_h.MPI_Comm_free(cell), "MPI_Comm_free");
        }
    }

    /** Ends every process of this communicator's job with {@code code} (MPI_Abort); does not return. */
    public void abort(int code) {
        mpi_h.MPI_Abort(handle, code);
        throw new MpiException("MPI_Abort returned");
    }
}
