package org.modekick.dispatch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.modekick.excite.ModeOutcome;

/**
 * The run's one list of modes still to do and its one writer: hands out mode indices in k order to the
 * workers that ask (threads of this process, or MPI task groups through {@link DispatchServer}) and records
 * each finished mode (final state, journal line) before handing out the next. Thread-safe.
 *
 * <p>A failure (a worker that cannot go on, or a recording that failed, e.g. a test's simulated kill)
 * stops the run: nothing is recorded after it, every worker is told to stop at its next request, and the
 * first failure is what the run ends with. Every worker eventually retires (told to stop, or failed), which
 * is what {@link #awaitRetired} waits for.
 */
public final class ModeDispatcher {

    /** Records one finished mode durably; throwing stops the run. */
    public interface Recorder {
        void record(ModeOutcome outcome) throws Exception;
    }

    /** What {@link #next} returns when there is nothing more for the asking worker (modes count from 1). */
    public static final int STOP = 0;

    private final Deque<Integer> pending;
    private final Recorder recorder;
    private int active;
    private Throwable failure;

    /** @param workers how many workers will ask: each retires once */
    public ModeDispatcher(List<Integer> pending, int workers, Recorder recorder) {
        if (workers < 1) {
            throw new IllegalArgumentException("need at least one worker, got " + workers);
        }
        for (int k : pending) {
            if (k <= STOP) {
                throw new IllegalArgumentException("mode indices start at 1, got " + k);
            }
        }
        this.pending = new ArrayDeque<>(pending);
        this.active = workers;
        this.recorder = recorder;
    }

    /**
     * Records {@code finished} (if not null and the run goes on) and returns the next mode, or {@link #STOP},
     * after which the asking worker counts as retired.
     */
    synchronized int next(ModeOutcome finished) {
        if (active <= 0) {
            throw new IllegalStateException("every worker has already retired");
        }
        if (finished != null && failure == null) {
            try {
                recorder.record(finished);
            } catch (Exception e) {
                failure = e;
            }
        }
        if (failure != null || pending.isEmpty()) {
            retire();
            return STOP;
        }
        return pending.poll();
    }

    /** A worker cannot go on (it retires); the run stops with the first failure. */
    synchronized void failed(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        retire();
    }

    private void retire() {
        active--;
        notifyAll();
    }

    /** Blocks until every worker has retired. */
    synchronized void awaitRetired() throws InterruptedException {
        while (active > 0) {
            wait();
        }
    }

    /** The first failure, if any. */
    public synchronized Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Throws the first failure, if any: the run's own exception as it was, anything else wrapped. */
    public void rethrowFailure() throws Exception {
        Optional<Throwable> f = failure();
        if (f.isPresent()) {
            rethrow(f.get());
        }
    }

    static void rethrow(Throwable failure) throws Exception {
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    /** Modes not handed out (yet). */
    synchronized int remaining() {
        return pending.size();
    }

    /** A queue for a worker in this process: calls straight into this dispatcher. */
    public ModeQueue local() {
        return new ModeQueue() {
            private boolean retired;

            @Override
            public OptionalInt next(ModeOutcome finished) {
                if (retired) {
                    return OptionalInt.empty();
                }
                int k = ModeDispatcher.this.next(finished);
                retired = k == STOP;
                return retired ? OptionalInt.empty() : OptionalInt.of(k);
            }

            @Override
            public void failed(Throwable cause) {
                if (!retired) {
                    retired = true;
                    ModeDispatcher.this.failed(cause);
                }
            }
        };
    }
}
