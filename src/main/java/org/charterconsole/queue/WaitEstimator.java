package org.charterconsole.queue;

/**
 * Estimates how long callers will wait, from a live snapshot alone. Implemented outside this
 * feature (the {@code estimate} feature); the live state calls it one call at a time on a thread
 * beside its writer ({@link BackgroundEstimates}), so a slow estimate delays only the estimates.
 */
public interface WaitEstimator {

    /** Estimates are bounded here: beyond an hour (or with nobody to answer) the wait is open-ended. */
    long MAX_SECONDS = 3600;

    /** Seconds from {@code snapshot.at()}, for every waiting caller and for a caller joining each queue then. */
    WaitEstimates estimate(LiveSnapshot snapshot);
}
