package org.charterconsole.queue;

import java.util.Map;

/**
 * What the live state has seen lately across the floor, for estimating waits.
 *
 * @param turnaroundSeconds    mean time from an agent ending a call to answering the next one, of the
 *                             gaps where that next caller was already waiting (wrap-up and ringing)
 * @param turnaroundSamples    how many such gaps were seen
 * @param pauseSecondsByReason mean length of a pause, by its reason, of the pauses that ended
 * @param ringSeconds          mean time an agent's phone rang before answering, of answered calls
 * @param ringSamples          how many answered calls that mean is of
 */
public record LiveHistory(Map<String, QueueHistory> queues, double turnaroundSeconds, long turnaroundSamples,
                          Map<String, Double> pauseSecondsByReason, double ringSeconds, long ringSamples) {

    public static final LiveHistory NONE = new LiveHistory(Map.of(), 0, 0, Map.of(), 0, 0);

    public LiveHistory {
        queues = Map.copyOf(queues);
        pauseSecondsByReason = Map.copyOf(pauseSecondsByReason);
    }

    public QueueHistory queue(String name) {
        return queues.getOrDefault(name, QueueHistory.NONE);
    }
}
