package org.modekick.dispatch;

import java.time.Duration;
import org.modekick.mpi.Communicator;

/**
 * {@link Transport} over an MPI communicator of its own (a duplicate, so that these messages never meet
 * LAMMPS's or the exit agreement's). A message is a header (sender, length) and then the body: the
 * receiver learns the sender and the length from the header, which needs no MPI_Status, and fetches the
 * body from that sender; messages between two ranks with the same tag arrive in the order sent. Headers
 * are awaited with MPI_Irecv and tests with pauses of at most {@link #MAX_PAUSE} (a waiting rank leaves its
 * core to the others, which on an oversubscribed node run LAMMPS); the body follows at once and is
 * received blocking.
 */
final class MpiTransport implements Transport {

    private static final int HEADER = 1;
    private static final int BODY = 2;
    /** Longest pause between two tests for a header: at most this much latency per mode handed out. */
    static final Duration MAX_PAUSE = Duration.ofMillis(5);

    private final Communicator communicator;
    private final int rank;

    MpiTransport(Communicator communicator) {
        this.communicator = communicator;
        this.rank = communicator.rank();
    }

    @Override
    public void send(int to, byte[] body) {
        communicator.send(new int[] {rank, body.length}, to, HEADER);
        if (body.length > 0) {
            communicator.send(body, to, BODY);
        }
    }

    @Override
    public Message receive() {
        return receiveFrom(Communicator.ANY_SOURCE);
    }

    @Override
    public byte[] receive(int from) {
        return receiveFrom(from).body();
    }

    private Message receiveFrom(int source) {
        int[] header = communicator.receive(2, source, HEADER, MAX_PAUSE);
        int from = header[0];
        byte[] body = header[1] == 0 ? new byte[0] : communicator.receive(header[1], from, BODY);
        return new Message(from, body);
    }
}
