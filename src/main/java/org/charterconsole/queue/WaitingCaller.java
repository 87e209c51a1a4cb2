package org.charterconsole.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A caller waiting in one queue. {@code callerNumber} is the full number: mask it
 * ({@code CallerNumbers.mask}) wherever the viewer does not need it.
 *
 * @param priority app_queue's QUEUE_PRIO for this caller (higher is served first)
 */
public record WaitingCaller(String uniqueId, String queue, String channel, String callerNumber, String callerName,
                            int position, int priority, Instant joinedAt) {

    public long waitSeconds(Clock clock) {
        return Math.max(0, Duration.between(joinedAt, clock.instant()).toSeconds());
    }
}
