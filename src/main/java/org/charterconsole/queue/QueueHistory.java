package org.charterconsole.queue;

import java.util.List;

/**
 * What the live state has seen of one queue lately, for estimating waits. Counts decay with a
 * half-hour time constant, so the lunchtime peak shows within minutes.
 *
 * @param weight           app_queue's weight from the last QueueStatus; negative while unknown
 * @param talkLogMean      mean of ln(talk seconds) of recent answered calls
 * @param talkLogSd        standard deviation of ln(talk seconds)
 * @param talkSamples      answered calls seen (not decayed)
 * @param abandons         recent abandons (decayed count)
 * @param waitedSeconds    recent seconds waited by callers who left, answered or not (decayed)
 * @param arrivalsPerHour  recent rate of callers joining
 * @param patience         the same abandons and seconds waited split by how long callers had waited
 *                         ({@link #WAIT_BANDS}), since few give up in the first seconds
 */
public record QueueHistory(int weight, double talkLogMean, double talkLogSd, long talkSamples, double abandons,
                           double waitedSeconds, double arrivalsPerHour, List<WaitBand> patience) {

    /** Where each band of {@link #patience} starts, in seconds waited; the last band has no end. */
    public static final List<Integer> WAIT_BANDS = List.of(0, 30, 120);

    public static final QueueHistory NONE = new QueueHistory(-1, 0, 0, 0, 0, 0, 0, List.of());

    /**
     * @param fromSeconds   the band's start
     * @param abandons      callers who gave up after waiting within the band (decayed)
     * @param waitedSeconds seconds callers spent waiting within the band (decayed)
     */
    public record WaitBand(int fromSeconds, double abandons, double waitedSeconds) {}

    public QueueHistory {
        patience = List.copyOf(patience);
    }

    /** Without figures by wait. */
    public QueueHistory(int weight, double talkLogMean, double talkLogSd, long talkSamples, double abandons,
                        double waitedSeconds, double arrivalsPerHour) {
        this(weight, talkLogMean, talkLogSd, talkSamples, abandons, waitedSeconds, arrivalsPerHour, List.of());
    }
}
