package org.modekick.excite;

import java.lang.foreign.MemorySegment;

/**
 * A mode's result and, for a transition or an exchange, the converged final state r1 (3N positions,
 * wrapped) that grouping, the dumps and the decay profiles need; null otherwise.
 */
public record ModeOutcome(ModeResult result, MemorySegment finalState) {}
