package org.modekick.dispatch;

/**
 * Messages of bytes between the ranks of a job, as the mode dispatcher and the task group leaders use them:
 * {@link MpiTransport} over MPI, or an in-memory one in tests. A rank has at most one message in flight to
 * any other (it sends a request, then waits for the answer), so messages never overtake each other.
 */
interface Transport {

    /** A message and the rank it came from. */
    record Message(int from, byte[] body) {}

    /** Sends {@code body} to rank {@code to}. */
    void send(int to, byte[] body);

    /** The next message from any rank, waiting as long as it takes. */
    Message receive();

    /** The next message from rank {@code from}, waiting as long as it takes. */
    byte[] receive(int from);
}
