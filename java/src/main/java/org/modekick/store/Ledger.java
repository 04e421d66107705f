package org.modekick.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.modekick.excite.ModeOutcome;
import org.modekick.excite.ModeResult;

/**
 * The hold of the one writer of a run directory (the process, or rank 0 of an MPI job) on it: run.json
 * claimed for these inputs, the journal open, the final states; what was done before and what is left.
 */
public final class Ledger implements AutoCloseable {

    private final Path dir;
    private final Journal journal;
    private final FinalStates states;
    private final int session;
    private final List<Integer> pending;

    private Ledger(Path dir, Journal journal, FinalStates states, List<Integer> ks) {
        this.dir = dir;
        this.journal = journal;
        this.states = states;
        this.session = journal.nextSession();
        Set<Integer> done = new HashSet<>();
        for (ModeResult r : journal.records()) {
            done.add(r.k());
        }
        List<Integer> left = new ArrayList<>();
        for (int k : ks) {
            if (!done.contains(k)) {
                left.add(k);
            }
        }
        this.pending = List.copyOf(left);
    }

    /**
     * Claims {@code dir} for {@code inputs} ({@link RunManifest}) and opens its journal; ks: the modes of the run. A
     * transitioned mode whose final state is not on disk whole is not kept (it is computed again), like a damaged
     * journal line ({@link Journal}); {@link #skipped} says which lines were not kept and why.
     */
    public static Ledger open(Path dir, Map<String, Object> inputs, List<Integer> ks) throws IOException {
        Files.createDirectories(dir);
        RunManifest.claim(dir, inputs);
        FinalStates states = new FinalStates(dir);
        int particles = inputs.get("N") instanceof Number n ? n.intValue() : -1;
        Journal journal = Journal.open(dir, r -> r.transitioned() && particles > 0 ? states.problem(r.k(), particles)
                : null);
        return new Ledger(dir, journal, states, ks);
    }

    /** {@link #open} for a caller that cannot throw checked exceptions. */
    public static Ledger openUnchecked(Path dir, Map<String, Object> inputs, List<Integer> ks) {
        try {
            return open(dir, inputs, ks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the run directory " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public FinalStates states() {
        return states;
    }

    /** This session's number: one more than any in the journal. */
    public int session() {
        return session;
    }

    /** The run's modes missing from the journal when it was opened, in k order: this session's work. */
    public List<Integer> pending() {
        return pending;
    }

    /** The journal lines not kept when it was opened (a torn last line, damage), with file, line and why. */
    public List<Journal.Skipped> skipped() {
        return journal.skipped();
    }

    /** Everything in the journal, including what this session appended. */
    public List<ModeResult> records() {
        return journal.records();
    }

    /**
     * Records a finished mode durably: its final state (if any) on disk first, then its journal line, both
     * forced. Called by the one writer of the run directory, one mode at a time.
     */
    public void record(ModeOutcome o) throws IOException {
        if (o.finalState() != null) {
            states.write(o.result().k(), o.finalState());
        }
        journal.append(o.result());
    }

    @Override
    public void close() throws IOException {
        journal.close();
    }
}
