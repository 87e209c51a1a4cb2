package org.charterconsole.routing;

/**
 * The QUEUE_PRIO the dialplan gives a queue's callers. The live state learns a caller's priority
 * only from the next QueueStatus, so a raise starts from at least this.
 */
@FunctionalInterface
public interface DialplanPriorities {

    int of(String queue);
}
