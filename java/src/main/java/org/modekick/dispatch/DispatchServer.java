package org.modekick.dispatch;

import java.lang.foreign.Arena;
import java.nio.ByteBuffer;

/**
 * The dispatcher's side of the conversation with the task groups on other ranks, run by a thread of
 * rank 0 (which meanwhile excites modes itself as the leader of group 0): each request from a group's
 * leader hands in its last outcome and is answered with the next mode k, or {@link ModeDispatcher#STOP}.
 * It serves until every remote leader has been told to stop or has reported its failure.
 */
final class DispatchServer {

    private DispatchServer() {}

    /** Serves {@code remoteLeaders} leaders until each has retired. */
    static void serve(Transport transport, ModeDispatcher dispatcher, int remoteLeaders) {
        int open = remoteLeaders;
        while (open > 0) {
            Transport.Message m = transport.receive();
            try (Arena arena = Arena.ofConfined()) {
                DispatchRequest request = DispatchRequest.decode(m.body(), arena);
                if (request.isFailure()) {
                    dispatcher.failed(new IllegalStateException("rank " + m.from() + " failed: " + request.failure()));
                    open--;
                    continue;
                }
                int k = dispatcher.next(request.finished());
                transport.send(m.from(), reply(k));
                if (k == ModeDispatcher.STOP) {
                    open--;
                }
            }
        }
    }

    static byte[] reply(int k) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(k).array();
    }

    static int readReply(byte[] reply) {
        if (reply.length != Integer.BYTES) {
            throw new IllegalArgumentException("a reply of " + reply.length + " bytes, expected " + Integer.BYTES);
        }
        return ByteBuffer.wrap(reply).getInt();
    }
}
