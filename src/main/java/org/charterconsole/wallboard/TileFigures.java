package org.charterconsole.wallboard;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueFigures;

import java.time.Clock;

/**
 * Everything one wallboard tile shows, worked out before the UI is touched. Holds no caller
 * number: the wallboard never shows one.
 */
record TileFigures(String queue, String service, boolean priorityClass, int waiting, long longestWaitSeconds,
                   long estimatedWaitSeconds, LiveQueue.AgentCounts agents, double answerRatePct,
                   double serviceLevelPct, int answerWithinSeconds, int answeredTargetPercent, TileStatus status,
                   WaitingTrend trend) {

    /** The estimator has not run on this queue yet. */
    static final long NOT_ESTIMATED = -1;

    static TileFigures of(LiveQueue queue, QueueFigures today, WaitingTrend trend, Clock clock) {
        long longest = queue.waiting().stream().mapToLong(caller -> caller.waitSeconds(clock)).max().orElse(0);
        return new TileFigures(queue.name(), queue.service(),
                queue.priorityClass() == PriorityClass.PRIORITY,
                queue.waiting().size(), longest, queue.estimatedWaitSeconds().orElse(NOT_ESTIMATED), queue.agents(),
                today.answerRatePct(), today.serviceLevelPct(), queue.answerWithinSeconds(),
                queue.answeredTargetPercent(),
                TileStatus.of(longest, queue.answerWithinSeconds(), today.serviceLevelPct(),
                        queue.answeredTargetPercent()),
                trend);
    }

}
