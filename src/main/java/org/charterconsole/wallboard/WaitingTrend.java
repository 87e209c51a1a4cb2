package org.charterconsole.wallboard;

import java.time.Instant;
import java.util.List;

/**
 * Callers waiting in one queue over the last hour: the most waiting at once in each slot, oldest slot
 * first, the last one being the slot now running. {@link #UNKNOWN} marks slots before the console
 * first saw the queue.
 */
record WaitingTrend(Instant start, int slotSeconds, List<Integer> counts) {

    static final int UNKNOWN = -1;

    WaitingTrend {
        counts = List.copyOf(counts);
    }

    static WaitingTrend none(Instant now) {
        return new WaitingTrend(now, WaitingTrendSampler.SLOT_SECONDS, List.of());
    }
}
