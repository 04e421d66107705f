package org.modekick.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/** A job of {@code ranks} ranks whose messages go through in-memory mailboxes: the dispatch protocol without MPI. */
final class InMemoryTransport {

    private final List<LinkedBlockingQueue<Transport.Message>> boxes = new ArrayList<>();

    InMemoryTransport(int ranks) {
        for (int r = 0; r < ranks; r++) {
            boxes.add(new LinkedBlockingQueue<>());
        }
    }

    /** Rank {@code rank}'s end. */
    Transport endpoint(int rank) {
        return new Transport() {
            @Override
            public void send(int to, byte[] body) {
                boxes.get(to).add(new Message(rank, body.clone()));
            }

            @Override
            public Message receive() {
                try {
                    return boxes.get(rank).take();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public byte[] receive(int from) {
                Message m = receive();
                if (m.from() != from) {
                    throw new IllegalStateException("rank " + rank + " expected a message from " + from + ", got one from "
                            + m.from());
                }
                return m.body();
            }
        };
    }
}
