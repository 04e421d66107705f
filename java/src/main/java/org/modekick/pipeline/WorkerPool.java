package org.modekick.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tasks 0..count-1 taken in order by worker threads, each holding a resource of its own (a LAMMPS
 * instance) for all its tasks: what barriers and thermal share. The first failure stops the handing out
 * and is rethrown once every worker has ended.
 */
final class WorkerPool {

    /** Opens one worker's resource. */
    interface Opener<R extends AutoCloseable> {
        R open(int worker) throws Exception;
    }

    /** Does task i with the worker's resource. */
    interface Task<R> {
        void run(R resource, int i) throws Exception;
    }

    private WorkerPool() {}

    static <R extends AutoCloseable> void run(int workers, int count, String name, Opener<R> opener, Task<R> task)
            throws IOException, InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < Math.min(workers, Math.max(1, count)); w++) {
            int worker = w;
            threads.add(Thread.ofPlatform().name(name + "-" + w).start(() -> {
                try (R resource = opener.open(worker)) {
                    for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                        task.run(resource, i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        Throwable e = failure.get();
        if (e == null) {
            return;
        }
        if (e instanceof UncheckedIOException u) {
            throw u.getCause();
        }
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e);
    }
}
