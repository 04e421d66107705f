package org.modekick.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.modekick.excite.ModeOutcome;
import org.modekick.mpi.Communicator;
import org.modekick.mpi.MpiRuntime;

/**
 * The queue of modes: threads of one process (local queues), and task groups on other ranks talking to the
 * dispatcher on rank 0 through {@link DispatchServer} over an in-memory transport (the MPI transport itself
 * is exercised by ci/mpi-test.sh and {@link ParallelDispatchTest}).
 */
class ModeDispatcherTest {

    private static final List<Integer> MODES = IntStream.rangeClosed(1, 12).boxed().toList();

    /** Worker body: takes modes, "excites" each (slower for some, as real modes differ in cost), hands it in. */
    private static void work(ModeQueue queue, Map<Integer, String> ranBy, String name) throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            OptionalInt k = queue.next(null);
            while (k.isPresent()) {
                ranBy.merge(k.getAsInt(), name, (a, b) -> a + "+" + b);
                Thread.sleep(k.getAsInt() % 3 == 0 ? 15 : 1);
                k = queue.next(Outcomes.outcome(k.getAsInt(), k.getAsInt() % 2 == 0, arena));
            }
        }
    }

    private static Thread start(String name, ThrowingRunnable body, AtomicReference<Throwable> failure) {
        return Thread.ofPlatform().name(name).start(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        });
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void threadsTakeEveryModeOnceInOrderAndEveryResultIsRecorded() throws Exception {
        List<Integer> recorded = Collections.synchronizedList(new ArrayList<>());
        ModeDispatcher d = new ModeDispatcher(MODES, 3, o -> recorded.add(o.result().k()));
        Map<Integer, String> ranBy = new ConcurrentHashMap<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            ModeQueue q = d.local();
            String name = "w" + w;
            threads.add(start(name, () -> work(q, ranBy, name), failure));
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(20));
        }
        d.awaitRetired();
        assertEquals(null, failure.get());
        assertEquals(MODES, recorded.stream().sorted().toList(), "each mode recorded once");
        assertEquals(MODES.size(), ranBy.size());
        assertTrue(ranBy.values().stream().noneMatch(v -> v.contains("+")), "no mode handed out twice: " + ranBy);
        assertTrue(d.failure().isEmpty());
        assertEquals(0, d.remaining());
    }

    @Test
    void modesGoOutInKOrder() {
        ModeDispatcher d = new ModeDispatcher(List.of(4, 9, 2), 1, o -> {});
        ModeQueue q = d.local();
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(OptionalInt.of(4), assertNoThrow(() -> q.next(null)));
            assertEquals(OptionalInt.of(9), assertNoThrow(() -> q.next(Outcomes.outcome(4, false, arena))));
            assertEquals(OptionalInt.of(2), assertNoThrow(() -> q.next(Outcomes.outcome(9, false, arena))));
            assertEquals(OptionalInt.empty(), assertNoThrow(() -> q.next(Outcomes.outcome(2, false, arena))));
            assertEquals(OptionalInt.empty(), assertNoThrow(() -> q.next(null)), "a retired worker stays retired");
        }
        assertThrows(IllegalArgumentException.class, () -> new ModeDispatcher(List.of(0), 1, o -> {}));
    }

    private static <T> T assertNoThrow(java.util.concurrent.Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aFailedRecordingStopsEveryWorkerAndIsTheRunsFailure() throws Exception {
        RuntimeException kill = new RuntimeException("killed");
        List<Integer> recorded = Collections.synchronizedList(new ArrayList<>());
        ModeDispatcher d = new ModeDispatcher(MODES, 2, o -> {
            recorded.add(o.result().k());
            if (recorded.size() == 3) {
                throw kill;
            }
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<Integer, String> ranBy = new ConcurrentHashMap<>();
        Thread a = start("a", () -> work(d.local(), ranBy, "a"), failure);
        Thread b = start("b", () -> work(d.local(), ranBy, "b"), failure);
        a.join();
        b.join();
        d.awaitRetired();
        assertSame(kill, d.failure().orElseThrow());
        assertEquals(3, recorded.size(), "nothing recorded after the failure");
        assertTrue(d.remaining() > 0, "the rest was never handed out");
    }

    /**
     * Rank 0 leads group 0 (local queue) and serves three remote leaders; every mode is recorded once with
     * its outcome intact, and everyone is told to stop.
     */
    @Test
    void remoteGroupsGetModesThroughTheServerAndTheirResultsArriveIntact() throws Exception {
        int groups = 4;
        InMemoryTransport net = new InMemoryTransport(groups);
        Map<Integer, ModeOutcome> recorded = new ConcurrentHashMap<>();
        Arena kept = Arena.ofShared();
        ModeDispatcher d = new ModeDispatcher(MODES, groups, o -> {
            ModeOutcome copy = new ModeOutcome(o.result(),
                    o.finalState() == null ? null : kept.allocate(o.finalState().byteSize()).copyFrom(o.finalState()));
            if (recorded.putIfAbsent(o.result().k(), copy) != null) {
                throw new AssertionError("mode " + o.result().k() + " recorded twice");
            }
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<Integer, String> ranBy = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        threads.add(start("server", () -> DispatchServer.serve(net.endpoint(0), d, groups - 1), failure));
        threads.add(start("rank0", () -> work(d.local(), ranBy, "rank0"), failure));
        for (int r = 1; r < groups; r++) {
            RemoteModeQueue q = new RemoteModeQueue(net.endpoint(r));
            String name = "rank" + r;
            threads.add(start(name, () -> work(q, ranBy, name), failure));
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(20));
            assertTrue(!t.isAlive(), t.getName() + " still running: a hang");
        }
        assertEquals(null, failure.get());
        assertTrue(d.failure().isEmpty());
        assertEquals(MODES, recorded.keySet().stream().sorted().toList());
        try (Arena arena = Arena.ofConfined()) {
            for (int k : MODES) {
                ModeOutcome expected = Outcomes.outcome(k, k % 2 == 0, arena);
                assertEquals(expected.result(), recorded.get(k).result(), "mode " + k);
                if (expected.finalState() != null) {
                    assertEquals(-1, expected.finalState().mismatch(recorded.get(k).finalState()), "state of mode " + k);
                }
            }
        }
        assertTrue(ranBy.values().stream().distinct().count() > 1, "the work was shared: " + ranBy);
        kept.close();
    }

    /** A remote group that fails tells rank 0, which stops the others and ends the run naming the rank. */
    @Test
    void aFailedRemoteGroupStopsTheRunWithItsRankAndMessage() throws Exception {
        InMemoryTransport net = new InMemoryTransport(3);
        ModeDispatcher d = new ModeDispatcher(MODES, 3, o -> {});
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Map<Integer, String> ranBy = new ConcurrentHashMap<>();
        Thread server = start("server", () -> DispatchServer.serve(net.endpoint(0), d, 2), failure);
        Thread rank0 = start("rank0", () -> work(d.local(), ranBy, "rank0"), failure);
        Thread rank1 = start("rank1", () -> work(new RemoteModeQueue(net.endpoint(1)), ranBy, "rank1"), failure);
        RemoteModeQueue failing = new RemoteModeQueue(net.endpoint(2));
        Thread rank2 = start("rank2", () -> {
            failing.next(null);
            failing.failed(new IllegalStateException("LAMMPS could not be opened"));
            assertEquals(OptionalInt.empty(), failing.next(null), "a failed worker gets nothing more");
        }, failure);
        for (Thread t : List.of(server, rank0, rank1, rank2)) {
            t.join(Duration.ofSeconds(20));
            assertTrue(!t.isAlive(), t.getName() + " still running: a hang");
        }
        assertEquals(null, failure.get());
        String message = d.failure().orElseThrow().getMessage();
        assertTrue(message.contains("rank 2 failed") && message.contains("LAMMPS could not be opened"), message);
        assertTrue(d.remaining() > 0, "modes were left undone once the run failed");
    }

    /** A group of one rank: the broadcast of k is the identity, and the leader's queue is what it gives. */
    @Test
    void aGroupQueuePassesTheLeadersModesOn() throws Exception {
        Communicator group = MpiRuntime.world().split(0, 0);
        try {
            ModeDispatcher d = new ModeDispatcher(List.of(5, 6), 1, o -> {});
            GroupModeQueue q = new GroupModeQueue(d.local(), group);
            try (Arena arena = Arena.ofConfined()) {
                assertEquals(OptionalInt.of(5), q.next(null));
                assertEquals(OptionalInt.of(6), q.next(Outcomes.outcome(5, false, arena)));
                assertEquals(OptionalInt.empty(), q.next(Outcomes.outcome(6, true, arena)));
            }
        } finally {
            group.free();
        }
    }
}
