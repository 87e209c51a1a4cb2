package org.charterconsole.queue;

/**
 * Estimates how long callers will wait, from a live snapshot alone. Implemented outside this
 * feature (the {@code estimate} feature); the live state calls it on its own thread, so an
 * implementation must be quick and must not block.
 */
public interface WaitEstimator {

    /** Estimates are bounded here: beyond an hour (or with nobody to answer) the wait is open-ended. */
    long MAX_SECONDS = 3600;

    /** Seconds from {@code snapshot.at()}, for every waiting caller and for a caller joining each queue then. */
    WaitEstimates estimate(LiveSnapshot snapshot);
}
