package org.modekick.dispatch;

import java.util.OptionalInt;
import org.modekick.excite.ModeOutcome;

/**
 * Where one worker gets its modes and hands in its results: a thread of this process
 * ({@link ModeDispatcher#local}), the leader of an MPI task group on another rank ({@link RemoteModeQueue}),
 * or every rank of a group of several ({@link GroupModeQueue}). Modes come in k order from one shared list,
 * so that a worker that finishes early takes the next mode (modes differ greatly in cost), and every result
 * reaches the one writer of the run directory.
 */
public interface ModeQueue {

    /**
     * Hands in the outcome of the mode just finished (null on the first call) and takes the next mode k;
     * empty when nothing is left for this worker. The outcome's final state is read before this returns.
     */
    OptionalInt next(ModeOutcome finished) throws Exception;

    /** This worker cannot go on: whoever hands out the modes stops waiting for it and ends the run. */
    void failed(Throwable cause);
}
