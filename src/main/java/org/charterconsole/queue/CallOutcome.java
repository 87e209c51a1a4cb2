package org.charterconsole.queue;

/**
 * How a queued call ended, in rank order: a record only ever moves to a higher rank, so events
 * replayed after a reconnect, or written by a second node, cannot undo a later outcome.
 */
public enum CallOutcome {
    WAITING, UNKNOWN, ABANDONED, CALLBACK, ANSWERED;

    public boolean outranks(CallOutcome other) {
        return ordinal() > other.ordinal();
    }

    public boolean isFinal() {
        return this != WAITING;
    }
}
