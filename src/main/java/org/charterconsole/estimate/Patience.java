package org.charterconsole.estimate;

import org.charterconsole.queue.QueueHistory;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How callers of a queue give up: a chance per second that depends on how long they have waited so
 * far, constant within each band of {@link QueueHistory#WAIT_BANDS}. Few give up in the first seconds,
 * so one rate for the whole wait would keep long waiters in the queue too long. Each band's rate is
 * drawn towards the queue's overall rate until the band has seen enough waiting.
 *
 * @param from          where each band starts, in seconds waited
 * @param ratePerSecond the chance of giving up per second waited within each band
 */
record Patience(int[] from, double[] ratePerSecond) {

    static Patience of(QueueHistory seen, double priorWaitedSeconds) {
        double overall = (seen.abandons() + 1) / (seen.waitedSeconds() + priorWaitedSeconds);
        List<QueueHistory.WaitBand> bands = seen.patience();
        if (bands.isEmpty()) {
            return new Patience(new int[] {0}, new double[] {overall});
        }
        int[] from = new int[bands.size()];
        double[] rate = new double[bands.size()];
        for (int b = 0; b < bands.size(); b++) {
            QueueHistory.WaitBand band = bands.get(b);
            from[b] = band.fromSeconds();
            rate[b] = (band.abandons() + overall * priorWaitedSeconds) / (band.waitedSeconds() + priorWaitedSeconds);
        }
        return new Patience(from, rate);
    }

    /**
     * Seconds from now until a caller who has waited {@code waited} seconds gives up, drawn at random;
     * infinite when they never would.
     */
    double secondsUntilGivingUp(double waited, SplittableRandom random) {
        double toSpend = -Math.log(1 - random.nextDouble());
        double at = waited;
        for (int b = band(waited); b < from.length; b++) {
            double end = b + 1 < from.length ? from[b + 1] : Double.POSITIVE_INFINITY;
            if (ratePerSecond[b] > 0) {
                double reach = at + toSpend / ratePerSecond[b];
                if (reach <= end) {
                    return reach - waited;
                }
                toSpend -= (end - at) * ratePerSecond[b];
            }
            at = end;
        }
        return Double.POSITIVE_INFINITY;
    }

    private int band(double waited) {
        int b = 0;
        while (b + 1 < from.length && waited >= from[b + 1]) {
            b++;
        }
        return b;
    }
}
