package org.charterconsole.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * One caller's passage through one queue, as the live state last saw it. Keyed by
 * {@code (uniqueId, queue)}; {@code callerNumber} is the full number (mask it in logs).
 *
 * @param estimatedWaitSeconds the wait the console estimated for this caller on joining (the first
 *                             estimate made while they waited), kept to check against what happened
 */
public record CallRecord(String uniqueId, String queue, String callerNumber, String service,
                         PriorityClass priorityClass, Instant joinedAt, Optional<Instant> leftAt,
                         CallOutcome outcome, long waitSeconds, long talkSeconds, Optional<String> agentInterface,
                         boolean answeredWithinTarget, Optional<Long> estimatedWaitSeconds) {

    /** A record without the estimate the caller was given (none was made, or it is not known here). */
    public CallRecord(String uniqueId, String queue, String callerNumber, String service,
                      PriorityClass priorityClass, Instant joinedAt, Optional<Instant> leftAt,
                      CallOutcome outcome, long waitSeconds, long talkSeconds, Optional<String> agentInterface,
                      boolean answeredWithinTarget) {
        this(uniqueId, queue, callerNumber, service, priorityClass, joinedAt, leftAt, outcome, waitSeconds,
                talkSeconds, agentInterface, answeredWithinTarget, Optional.empty());
    }

    public record Key(String uniqueId, String queue) {}

    /** Of two versions of the same call, the one a store should keep (with the first estimate either has). */
    public CallRecord laterOf(CallRecord other) {
        CallRecord kept;
        if (other.outcome.outranks(outcome)) {
            kept = other;
        } else if (outcome.outranks(other.outcome)) {
            kept = this;
        } else {
            kept = other.talkSeconds >= talkSeconds ? other : this;
        }
        Optional<Long> estimate = estimatedWaitSeconds.or(() -> other.estimatedWaitSeconds);
        return kept.estimatedWaitSeconds.equals(estimate) ? kept : kept.withEstimate(estimate);
    }

    private CallRecord withEstimate(Optional<Long> estimate) {
        return new CallRecord(uniqueId, queue, callerNumber, service, priorityClass, joinedAt, leftAt, outcome,
                waitSeconds, talkSeconds, agentInterface, answeredWithinTarget, estimate);
    }

    public Key key() {
        return new Key(uniqueId, queue);
    }
}
