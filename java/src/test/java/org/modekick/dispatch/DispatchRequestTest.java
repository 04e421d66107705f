package org.modekick.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.modekick.excite.ModeOutcome;
import org.modekick.store.Journal;

/** The bytes a task group's leader sends rank 0: outcomes must arrive bit for bit, or files would differ. */
class DispatchRequestTest {

    @Test
    void anOutcomeWithItsFinalStateArrivesBitForBit() {
        try (Arena arena = Arena.ofConfined()) {
            ModeOutcome sent = Outcomes.outcome(7, true, arena);
            DispatchRequest back = DispatchRequest.decode(DispatchRequest.next(sent).encode(), arena);
            assertEquals(sent.result(), back.finished().result()); // records compare doubles bitwise (NaN, -0.0)
            assertEquals(-1, sent.finalState().mismatch(back.finished().finalState()));
            assertEquals(Journal.toJson(sent.result()), Journal.toJson(back.finished().result()));
        }
    }

    @Test
    void anOutcomeWithoutStateAFirstRequestAndAFailure() {
        try (Arena arena = Arena.ofConfined()) {
            ModeOutcome noState = Outcomes.outcome(2, false, arena);
            DispatchRequest back = DispatchRequest.decode(DispatchRequest.next(noState).encode(), arena);
            assertEquals(noState.result(), back.finished().result());
            assertNull(back.finished().finalState());

            DispatchRequest first = DispatchRequest.decode(DispatchRequest.next(null).encode(), arena);
            assertNull(first.finished());
            assertTrue(!first.isFailure());

            DispatchRequest failed = DispatchRequest.decode(DispatchRequest.failed("LAMMPS: lost atoms ü").encode(), arena);
            assertTrue(failed.isFailure());
            assertEquals("LAMMPS: lost atoms ü", failed.failure());
        }
    }

    @Test
    void damagedMessagesAreRefused() {
        try (Arena arena = Arena.ofConfined()) {
            byte[] good = DispatchRequest.next(Outcomes.outcome(3, true, arena)).encode();
            assertThrows(IllegalArgumentException.class,
                    () -> DispatchRequest.decode(Arrays.copyOf(good, good.length + 8), arena));
            assertThrows(IllegalArgumentException.class, () -> DispatchRequest.decode(new byte[] {9}, arena));
            assertThrows(IllegalArgumentException.class, () -> DispatchRequest.decode(new byte[0], arena));
        }
    }
}
