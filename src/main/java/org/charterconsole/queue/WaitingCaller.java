package org.charterconsole.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A caller waiting in one queue. {@code callerNumber} is the full number: mask it
 * ({@code CallerNumbers.mask}) wherever the viewer does not need it.
 *
 * @param priority         app_queue's QUEUE_PRIO for this caller (higher is served first)
 * @param expectedAnswerAt when the {@link WaitEstimator} expects an agent to answer, if it has estimated yet
 */
public record WaitingCaller(String uniqueId, String queue, String channel, String callerNumber, String callerName,
                            int position, int priority, Instant joinedAt, Optional<Instant> expectedAnswerAt) {

    public WaitingCaller(String uniqueId, String queue, String channel, String callerNumber, String callerName,
                         int position, int priority, Instant joinedAt) {
        this(uniqueId, queue, channel, callerNumber, callerName, position, priority, joinedAt, Optional.empty());
    }

    public long waitSeconds(Clock clock) {
        return Math.max(0, Duration.between(joinedAt, clock.instant()).toSeconds());
    }

    /** Seconds still to wait by the estimate, never below zero; empty before the first estimate. */
    public Optional<Long> estimatedRemainingSeconds(Clock clock) {
        return expectedAnswerAt.map(at -> Math.max(0, Duration.between(clock.instant(), at).toSeconds()));
    }

    public CallRecord.Key key() {
        return new CallRecord.Key(uniqueId, queue);
    }

    WaitingCaller expectedAt(Optional<Instant> answerAt) {
        return new WaitingCaller(uniqueId, queue, channel, callerNumber, callerName, position, priority, joinedAt,
                answerAt);
    }
}
