package org.modekick.excite;

import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * Relaxes kicked states of one inherent structure with FIRE: {@link Relaxer} in this process, or
 * {@link WatchedRelaxer} in a child process whose death (a LAMMPS error ends the process in this build) fails only
 * the relaxation that caused it.
 */
public interface KickRelaxer extends AutoCloseable {

    Reference reference();

    /** The LAMMPS log of the current mode's trials. */
    Path logFile();

    /** Starts LAMMPS's log afresh, so that it holds the current mode's trials only. */
    void restartLog();

    /**
     * Relaxes {@code start} (3N positions, unwrapped: r0 + kick); with {@code earlyStop} it ends as soon as the outcome
     * is certain ({@link Thresholds}). The returned positions are valid until the next call.
     *
     * @throws LammpsFailedException if LAMMPS stopped on this state (only a watched relaxer survives that)
     */
    Relaxation relax(MemorySegment start, boolean earlyStop);

    @Override
    void close();
}
