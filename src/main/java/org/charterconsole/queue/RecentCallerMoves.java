package org.charterconsole.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When each caller last joined or left a queue live, for a short while. A QueueStatus answer is written by
 * the PBX while live events go on: a caller who joined after it was asked for may be missing from it, and
 * one who left may still be in it. Without these moves, applying the answer would take a new caller off the
 * screens (and a departed one back on) until the next answer.
 */
final class RecentCallerMoves {

    /** Kept at most this long when no answer comes to clear them (the link is up but QueueStatus fails). */
    private static final Duration KEPT = Duration.ofMinutes(2);
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<CallRecord.Key, Instant> joined = new HashMap<>();
    private final Map<CallRecord.Key, Instant> left = new HashMap<>();

    void joined(CallRecord.Key caller, Instant at) {
        left.remove(caller);
        joined.put(caller, at);
        pruneIfLarge(at);
    }

    void left(CallRecord.Key caller, Instant at) {
        joined.remove(caller);
        left.put(caller, at);
        pruneIfLarge(at);
    }

    /** Joined at or after {@code askedAt}, and not left since. */
    boolean joinedSince(CallRecord.Key caller, Instant askedAt) {
        Instant at = joined.get(caller);
        return at != null && !at.isBefore(askedAt);
    }

    /** Left at or after {@code askedAt}, and not joined again since. */
    boolean leftSince(CallRecord.Key caller, Instant askedAt) {
        Instant at = left.get(caller);
        return at != null && !at.isBefore(askedAt);
    }

    /** Answers come one at a time, each asked for after the one before: older moves no longer matter. */
    void forgetBefore(Instant askedAt) {
        joined.values().removeIf(at -> at.isBefore(askedAt));
        left.values().removeIf(at -> at.isBefore(askedAt));
    }

    private void pruneIfLarge(Instant now) {
        if (joined.size() + left.size() > PRUNE_ABOVE) {
            forgetBefore(now.minus(KEPT));
        }
    }
}
