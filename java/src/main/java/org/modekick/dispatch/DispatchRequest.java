package org.modekick.dispatch;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.modekick.excite.ModeOutcome;
import org.modekick.excite.ModeResult;
import org.modekick.store.Journal;
import org.modekick.system.ParticleVector;

/**
 * What a task group's leader sends the dispatcher on rank 0 (as bytes, {@link #encode}/{@link #decode}):
 * either "here is my last mode's outcome (none at first), give me the next", or "I failed, with this
 * message". The outcome travels whole: its result as the journal's JSON (which reads back bit for bit) and
 * the final state's 3N doubles as they are, so that rank 0 writes exactly the files a serial run writes.
 * Both ends are ranks of one job, of one byte order.
 *
 * @param finished the outcome handed in, or null (first request, or a failure)
 * @param failure why the group cannot go on, or null
 */
record DispatchRequest(ModeOutcome finished, String failure) {

    private static final byte NEXT = 1;
    private static final byte FAILED = 2;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED;

    static DispatchRequest next(ModeOutcome finished) {
        return new DispatchRequest(finished, null);
    }

    static DispatchRequest failed(String failure) {
        return new DispatchRequest(null, failure == null ? "(no message)" : failure);
    }

    boolean isFailure() {
        return failure != null;
    }

    byte[] encode() {
        if (isFailure()) {
            byte[] text = failure.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[1 + text.length];
            out[0] = FAILED;
            System.arraycopy(text, 0, out, 1, text.length);
            return out;
        }
        if (finished == null) {
            return new byte[] {NEXT};
        }
        byte[] json = Journal.toJson(finished.result()).getBytes(StandardCharsets.UTF_8);
        MemorySegment state = finished.finalState();
        long stateBytes = state == null ? 0 : state.byteSize();
        long size = 1 + Integer.BYTES + json.length + Long.BYTES + stateBytes;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a mode's outcome of " + size + " bytes exceeds one MPI message");
        }
        byte[] out = new byte[(int) size];
        MemorySegment o = MemorySegment.ofArray(out);
        o.set(ValueLayout.JAVA_BYTE, 0, NEXT);
        o.set(INT, 1, json.length);
        MemorySegment.copy(json, 0, o, ValueLayout.JAVA_BYTE, 5, json.length);
        long at = 5L + json.length;
        o.set(LONG, at, state == null ? -1 : state.byteSize() / Double.BYTES);
        if (state != null) {
            MemorySegment.copy(state, 0, o, at + Long.BYTES, stateBytes);
        }
        return out;
    }

    /** The request {@link #encode} wrote; a final state is allocated in {@code arena}. */
    static DispatchRequest decode(byte[] bytes, Arena arena) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("empty dispatch request");
        }
        if (bytes[0] == FAILED) {
            return failed(new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8));
        }
        if (bytes[0] != NEXT) {
            throw new IllegalArgumentException("unknown dispatch request kind " + bytes[0]);
        }
        if (bytes.length == 1) {
            return next(null);
        }
        MemorySegment in = MemorySegment.ofArray(bytes);
        int jsonLength = in.get(INT, 1);
        ModeResult result = Journal.fromJson(new String(bytes, 5, jsonLength, StandardCharsets.UTF_8));
        long at = 5L + jsonLength;
        long doubles = in.get(LONG, at);
        MemorySegment state = null;
        if (doubles >= 0) {
            state = arena.allocate(ParticleVector.DOUBLE, doubles);
            MemorySegment.copy(in, at + Long.BYTES, state, 0, doubles * Double.BYTES);
        }
        if (at + Long.BYTES + Math.max(0, doubles) * Double.BYTES != bytes.length) {
            throw new IllegalArgumentException("dispatch request of " + bytes.length
                    + " bytes does not match its contents");
        }
        return next(new ModeOutcome(result, state));
    }
}
