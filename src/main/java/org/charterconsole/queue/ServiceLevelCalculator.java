package org.charterconsole.queue;

/**
 * The one place that turns call counts into the charter's metrics:
 * <ul>
 *   <li>offered = calls that joined the queue (settled ones plus those waiting now);</li>
 *   <li>answered = connected to an agent; abandoned = hung up while queued; a caller withdrawn into
 *       a call-back counts as callback, not abandoned;</li>
 *   <li>answer rate = answered / offered;</li>
 *   <li>service level = answered within the class's target / offered (strict: abandons, call-backs and
 *       callers still waiting all count against it).</li>
 * </ul>
 */
public final class ServiceLevelCalculator {

    private ServiceLevelCalculator() {
    }

    public static QueueFigures figures(CallTally settled, long waitingNow) {
        long offered = settled.settled() + waitingNow;
        return new QueueFigures(settled.queue(), offered, settled.answered(), settled.abandoned(), settled.callbacks(),
                settled.answeredWithinTarget(), percent(settled.answered(), offered),
                percent(settled.answeredWithinTarget(), offered), settled.averageTalkSeconds());
    }

    static double percent(long part, long whole) {
        if (whole == 0) {
            return 100.0;
        }
        return Math.round(1000.0 * part / whole) / 10.0;
    }
}
