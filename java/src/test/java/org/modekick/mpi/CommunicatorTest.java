package org.modekick.mpi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The collectives on one rank (surefire runs a singleton MPI process; MPI is initialised once and never
 * finalised here). The same calls on several ranks are exercised by ParallelEigenSolverTest and ci/mpi-test.sh.
 */
class CommunicatorTest {

    private final Communicator world = MpiRuntime.world();

    @Test
    void reductionsOnOneRankReturnTheValue() {
        assertEquals(1, world.size());
        assertEquals(-3, world.allreduce(-3, ReduceOp.MAX));
        assertEquals(2.5, world.allreduce(2.5, ReduceOp.SUM));
        assertArrayEquals(new double[] {1, -2, 3}, world.allreduce(new double[] {1, -2, 3}, ReduceOp.MIN));
        assertArrayEquals(new int[] {7}, world.allgather(7));
    }

    @Test
    void gatherPutsTheLocalPartInPlace() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment local = arena.allocateFrom(ValueLayout.JAVA_DOUBLE, 1.0, 2.0, 3.0);
            MemorySegment whole = arena.allocate(ValueLayout.JAVA_DOUBLE, 3);
            world.gather(local, whole, new int[] {3}, 0);
            assertArrayEquals(new double[] {1, 2, 3}, whole.toArray(ValueLayout.JAVA_DOUBLE));
            assertThrows(IllegalArgumentException.class, () -> world.gather(local, whole, new int[] {2}, 0));
            assertThrows(IllegalArgumentException.class, () -> world.gather(local, whole, new int[] {3, 0}, 0));
        }
    }

    @Test
    void bytesAreGatheredOnRoot() {
        List<byte[]> all = world.gather("rank zero".getBytes(StandardCharsets.UTF_8), 0);
        assertEquals(1, all.size());
        assertEquals("rank zero", new String(all.getFirst(), StandardCharsets.UTF_8));
        assertEquals("", new String(world.gather(new byte[0], 0).getFirst(), StandardCharsets.UTF_8));
    }

    @Test
    void nonBlockingMaximumCompletes() {
        assertEquals(OptionalInt.of(4), world.maxWithin(4, Duration.ofSeconds(5)));
        assertEquals(OptionalInt.of(0), world.maxWithin(0, null));
    }

    @Test
    void duplicateAndSplitAreSeparateCommunicatorsThatCanBeFreed() {
        Communicator dup = world.duplicate();
        Communicator part = world.split(0, 0);
        try {
            assertNotEquals(world.handle().address(), dup.handle().address());
            assertEquals(1, dup.size());
            assertEquals(0, part.rank());
            assertEquals(5, dup.allreduce(5, ReduceOp.SUM));
        } finally {
            dup.free();
            part.free();
        }
        assertThrows(IllegalStateException.class, world::free);
        assertThrows(IllegalStateException.class, () -> MpiRuntime.self().free());
    }

    @Test
    void broadcastAndMessagesToOneselfArrive() {
        assertArrayEquals(new int[] {3, -4}, world.broadcast(new int[] {3, -4}, 0));
        assertArrayEquals(new int[0], world.broadcast(new int[0], 0));
        // small messages go eagerly: a blocking send to oneself returns before the receive is posted
        world.send(new int[] {7, 8, 9}, 0, 5);
        assertArrayEquals(new int[] {7, 8, 9}, world.receive(3, Communicator.ANY_SOURCE, 5, Duration.ofMillis(1)));
        byte[] text = "to myself".getBytes(StandardCharsets.UTF_8);
        world.send(text, 0, 6);
        assertArrayEquals(text, world.receive(text.length, 0, 6));
    }

    @Test
    void agreementPassesResultsAndFailuresThrough() {
        assertEquals("x", Agreement.run(world, "a test", () -> "x"));
        IllegalArgumentException e = new IllegalArgumentException("local");
        assertSame(e, assertThrows(IllegalArgumentException.class, () -> Agreement.run(world, "a test", () -> {
            throw e;
        })));
        assertTrue(MpiRuntime.threadLevelName().equals("MPI_THREAD_MULTIPLE"));
    }
}
