package org.modekick.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;

/** The task farm's protocol with ranks as threads over in-memory mailboxes (under mpirun: ci/mpi-test.sh). */
class TaskFarmTest {

    private static final class Resource implements AutoCloseable {
        static final AtomicInteger OPEN = new AtomicInteger();

        Resource() {
            OPEN.incrementAndGet();
        }

        @Override
        public void close() {
            OPEN.decrementAndGet();
        }
    }

    /** Runs the farm on {@code ranks} threads; returns each rank's exception (null when it returned). */
    private static List<Throwable> farm(int ranks, int count, TaskFarm.Worker<Resource> worker,
                                        TaskFarm.Recorder recorder) throws InterruptedException {
        InMemoryTransport mail = new InMemoryTransport(ranks);
        AtomicReferenceArray<Throwable> thrown = new AtomicReferenceArray<>(ranks);
        List<Thread> threads = new ArrayList<>();
        for (int r = 0; r < ranks; r++) {
            int rank = r;
            threads.add(Thread.ofPlatform().start(() -> {
                try {
                    TaskFarm.run(mail.endpoint(rank), rank, ranks, count, Resource::new, worker, recorder);
                } catch (Throwable e) {
                    thrown.set(rank, e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join(60_000);
            assertTrue(!t.isAlive(), "a rank hangs");
        }
        List<Throwable> out = new ArrayList<>();
        for (int r = 0; r < ranks; r++) {
            out.add(thrown.get(r));
        }
        return out;
    }

    private static byte[] result(int task) {
        return ("task " + task + " " + "x".repeat(task * 100)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyTaskIsDoneOnceAndRank0RecordsEachResultIntact() throws Exception {
        for (int ranks : new int[] {1, 3}) {
            for (int count : new int[] {0, 1, 7}) {
                Map<Integer, byte[]> recorded = new ConcurrentHashMap<>();
                Map<Integer, Integer> done = new ConcurrentHashMap<>();
                List<Throwable> thrown = farm(ranks, count, (res, i) -> {
                    done.merge(i, 1, Integer::sum);
                    return result(i);
                }, (i, bytes) -> assertEquals(null, recorded.put(i, bytes), "task " + i + " recorded twice"));
                for (Throwable e : thrown) {
                    assertEquals(null, e);
                }
                assertEquals(count, recorded.size(), ranks + " ranks, " + count + " tasks");
                for (int i = 0; i < count; i++) {
                    assertArrayEquals(result(i), recorded.get(i));
                    assertEquals(1, done.get(i));
                }
                assertEquals(0, Resource.OPEN.get(), "every resource closed");
            }
        }
    }

    @Test
    void aFailingRankEndsTheRunEverywhereAndRank0ThrowsItsMessage() throws Exception {
        Map<Integer, byte[]> recorded = new ConcurrentHashMap<>();
        List<Throwable> thrown = farm(3, 50, (res, i) -> {
            if (i == 4) {
                throw new IllegalStateException("task four cannot be done");
            }
            Thread.sleep(5);
            return result(i);
        }, recorded::put);
        assertTrue(thrown.get(0) != null && thrown.get(0).getMessage().contains("task four cannot be done"),
                String.valueOf(thrown.get(0)));
        assertTrue(recorded.size() < 50, "the handing out stopped");
        assertEquals(0, Resource.OPEN.get());
    }

    @Test
    void aRecorderThatFailsStopsTheRun() throws Exception {
        List<Throwable> thrown = farm(2, 10, (res, i) -> result(i), (i, bytes) -> {
            throw new java.io.IOException("disk full");
        });
        assertEquals("disk full", thrown.get(0).getMessage());
        assertEquals(null, thrown.get(1), "the other rank was told to stop");
    }
}
