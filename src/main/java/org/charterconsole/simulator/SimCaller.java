package org.charterconsole.simulator;

import java.time.Instant;

/** A caller waiting in (or just answered from) one queue. Owned by the engine thread. */
final class SimCaller {

    final String uniqueId;
    final String channel;
    final String number;
    final String name;
    final String queue;
    final Instant joinedAt;
    final int originalPosition;
    /** QUEUE_PRIO as the dialplan set it; a caller entering again gets this, not a raise over AMI. */
    final int dialplanPriority;
    int queuePriority;
    /** Out of the queue hearing the wait message (Queue() timed out); back soon at their place. */
    boolean away;
    boolean withdrawRequested;
    String ringingInterface;

    SimCaller(String uniqueId, String channel, String number, String name, String queue, Instant joinedAt,
              int originalPosition, int queuePriority) {
        this.uniqueId = uniqueId;
        this.channel = channel;
        this.number = number;
        this.name = name;
        this.queue = queue;
        this.joinedAt = joinedAt;
        this.originalPosition = originalPosition;
        this.dialplanPriority = queuePriority;
        this.queuePriority = queuePriority;
    }

    long waitSeconds(Instant now) {
        return Math.max(0, now.getEpochSecond() - joinedAt.getEpochSecond());
    }
}
