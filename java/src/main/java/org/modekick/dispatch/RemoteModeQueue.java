package org.modekick.dispatch;

import java.util.OptionalInt;
import org.modekick.excite.ModeOutcome;

/**
 * The queue of a task group's leader on a rank other than 0: each request carries the last outcome to the
 * dispatcher on rank 0 ({@link DispatchServer}) and waits for the next mode.
 */
final class RemoteModeQueue implements ModeQueue {

    static final int DISPATCHER = 0;

    private final Transport transport;
    private boolean retired;

    RemoteModeQueue(Transport transport) {
        this.transport = transport;
    }

    @Override
    public OptionalInt next(ModeOutcome finished) {
        if (retired) {
            return OptionalInt.empty();
        }
        transport.send(DISPATCHER, DispatchRequest.next(finished).encode());
        int k = DispatchServer.readReply(transport.receive(DISPATCHER));
        retired = k == ModeDispatcher.STOP;
        return retired ? OptionalInt.empty() : OptionalInt.of(k);
    }

    @Override
    public void failed(Throwable cause) {
        if (!retired) {
            retired = true;
            transport.send(DISPATCHER, DispatchRequest.failed(String.valueOf(cause)).encode());
        }
    }
}
