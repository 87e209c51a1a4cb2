package org.charterconsole.queue;

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
 */
public record QueueHistory(int weight, double talkLogMean, double talkLogSd, long talkSamples, double abandons,
                           double waitedSeconds, double arrivalsPerHour) {

    public static final QueueHistory NONE = new QueueHistory(-1, 0, 0, 0, 0, 0, 0);
}
