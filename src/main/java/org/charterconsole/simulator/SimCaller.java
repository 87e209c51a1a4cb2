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
    int queuePriority;
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
        this.queuePriority = queuePriority;
    }

    long waitSeconds(Instant now) {
        return Math.max(0, now.getEpochSecond() - joinedAt.getEpochSecond());
    }
}
