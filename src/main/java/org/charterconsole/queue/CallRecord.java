package org.charterconsole.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * One caller's passage through one queue, as the live state last saw it. Keyed by
 * {@code (uniqueId, queue)}; {@code callerNumber} is the full number (mask it in logs).
 */
public record CallRecord(String uniqueId, String queue, String callerNumber, String service,
                         PriorityClass priorityClass, Instant joinedAt, Optional<Instant> leftAt,
                         CallOutcome outcome, long waitSeconds, long talkSeconds, Optional<String> agentInterface,
                         boolean answeredWithinTarget) {

    public record Key(String uniqueId, String queue) {}

    public Key key() {
        return new Key(uniqueId, queue);
    }

    /** Of two versions of the same call, the one a store should keep. */
    public CallRecord laterOf(CallRecord other) {
        if (other.outcome.outranks(outcome)) {
            return other;
        }
        if (outcome.outranks(other.outcome)) {
            return this;
        }
        return other.talkSeconds >= talkSeconds ? other : this;
    }
}
