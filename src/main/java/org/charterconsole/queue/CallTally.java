package org.charterconsole.queue;

/** Settled calls of one queue over a period, counted from the call records. */
public record CallTally(String queue, long settled, long answered, long abandoned, long callbacks,
                        long answeredWithinTarget, double averageTalkSeconds) {

    public static CallTally none(String queue) {
        return new CallTally(queue, 0, 0, 0, 0, 0, 0);
    }
}
