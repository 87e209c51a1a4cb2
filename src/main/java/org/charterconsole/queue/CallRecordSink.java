package org.charterconsole.queue;

/**
 * Receives every change of a call's record from the live state's writer thread.
 * Implementations must only hand the record on (enqueue, count), never block.
 */
@FunctionalInterface
public interface CallRecordSink {
    void recorded(CallRecord record);
}
