package org.charterconsole.wallboard;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueFigures;

import org.charterconsole.queue.WaitingCaller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Everything one wallboard tile shows, worked out before the UI is touched. Holds no caller
 * number: the wallboard never shows one. The longest wait is held as when that caller joined (the browser
 * counts it on), so the figures change only when something on the tile does, not every second.
 */
record TileFigures(String queue, String service, boolean priorityClass, int waiting,
                   Optional<Instant> longestWaitingSince,
                   long estimatedWaitSeconds, LiveQueue.AgentCounts agents, double answerRatePct,
                   double serviceLevelPct, int answerWithinSeconds, int answeredTargetPercent, TileStatus status,
                   WaitingTrend trend) {

    /** The estimator has not run on this queue yet. */
    static final long NOT_ESTIMATED = -1;

    static TileFigures of(LiveQueue queue, QueueFigures today, WaitingTrend trend, Clock clock) {
        Optional<Instant> longestSince = queue.waiting().stream().map(WaitingCaller::joinedAt).min(Instant::compareTo);
        long longest = longestSince.map(since -> Math.max(0, Duration.between(since, clock.instant()).toSeconds()))
                .orElse(0L);
        return new TileFigures(queue.name(), queue.service(),
                queue.priorityClass() == PriorityClass.PRIORITY,
                queue.waiting().size(), longestSince, queue.estimatedWaitSeconds().orElse(NOT_ESTIMATED),
                queue.agents(),
                today.answerRatePct(), today.serviceLevelPct(), queue.answerWithinSeconds(),
                queue.answeredTargetPercent(),
                TileStatus.of(longest, queue.answerWithinSeconds(), today.serviceLevelPct(),
                        queue.answeredTargetPercent()),
                trend);
    }

}
