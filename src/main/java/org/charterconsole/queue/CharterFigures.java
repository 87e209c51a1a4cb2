package org.charterconsole.queue;

import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Today's charter figures per queue (the Europe/London day of the console's clock): settled calls
 * from the call records, plus the callers waiting now as offered. Wallboard, API and reports use this.
 */
@Service
public class CharterFigures {

    static final ZoneId CHARTER_ZONE = ZoneId.of("Europe/London");
    /** Wallboards may ask on every snapshot; the database is asked at most this often. */
    private static final long REUSE_TALLY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private record Tallies(LocalDate day, long takenNanos, Map<String, CallTally> byQueue) {}

    private volatile Tallies cached;

    private final Clock clock;
    private final CallFigures calls;
    private final LiveQueues live;

    public CharterFigures(Clock clock, CallFigures calls, LiveQueues live) {
        this.clock = clock;
        this.calls = calls;
        this.live = live;
    }

    /** Every queue that is live now or had calls today. */
    public Map<String, QueueFigures> today() {
        LocalDate day = LocalDate.ofInstant(clock.instant(), CHARTER_ZONE);
        Instant from = day.atStartOfDay(CHARTER_ZONE).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(CHARTER_ZONE).toInstant();
        Map<String, CallTally> settled = settled(day, from, to);
        Map<String, QueueFigures> figures = new LinkedHashMap<>();
        for (LiveQueue queue : live.snapshot().queues()) {
            long waitingToday = queue.waiting().stream().filter(c -> !c.joinedAt().isBefore(from)).count();
            CallTally tally = settled.getOrDefault(queue.name(), CallTally.none(queue.name()));
            figures.put(queue.name(), ServiceLevelCalculator.figures(tally, waitingToday));
        }
        settled.forEach((queue, tally) -> figures.computeIfAbsent(queue,
                q -> ServiceLevelCalculator.figures(tally, 0)));
        return figures;
    }

    private Map<String, CallTally> settled(LocalDate day, Instant from, Instant to) {
        Tallies last = cached;
        long now = System.nanoTime();
        if (last != null && last.day().equals(day) && now - last.takenNanos() < REUSE_TALLY_NANOS) {
            return last.byQueue();
        }
        Map<String, CallTally> fresh = calls.settledBetween(from, to);
        cached = new Tallies(day, now, fresh);
        return fresh;
    }

    public QueueFigures today(String queue) {
        QueueFigures figures = today().get(queue);
        return figures != null ? figures : ServiceLevelCalculator.figures(CallTally.none(queue), 0);
    }
}
