package org.charterconsole.wallboard;

import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps, for every queue, how many callers waited in each 30-second slot of the last hour, from the live
 * state's snapshots. Recording is a few array writes, cheap enough for the live-state thread; between
 * snapshots nothing changed, so a slot nobody reported carries the count of the slot before.
 */
@Component
public class WaitingTrendSampler implements SmartLifecycle {

    static final int SLOT_SECONDS = 30;
    static final int SLOTS = 120;

    private final LiveQueues liveQueues;
    private final Clock clock;
    private final Map<String, QueueSeries> series = new ConcurrentHashMap<>();
    private volatile LiveQueues.Subscription subscription;

    WaitingTrendSampler(LiveQueues liveQueues, Clock clock) {
        this.liveQueues = liveQueues;
        this.clock = clock;
    }

    void observe(LiveSnapshot snapshot) {
        long slot = slotOf(clock.instant());
        for (LiveQueue queue : snapshot.queues()) {
            series.computeIfAbsent(queue.name(), name -> new QueueSeries()).record(slot, queue.waiting().size());
        }
    }

    /** The last hour of one queue, up to the slot now running; empty for a queue never seen. */
    WaitingTrend trend(String queue) {
        Instant now = clock.instant();
        QueueSeries queueSeries = series.get(queue);
        if (queueSeries == null) {
            return WaitingTrend.none(now);
        }
        long newest = slotOf(now);
        long oldest = newest - SLOTS + 1;
        return new WaitingTrend(Instant.ofEpochSecond(oldest * SLOT_SECONDS), SLOT_SECONDS,
                queueSeries.counts(oldest, newest));
    }

    private static long slotOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), SLOT_SECONDS);
    }

    @Override
    public synchronized void start() {
        if (subscription == null) {
            observe(liveQueues.snapshot());
            subscription = liveQueues.subscribe(this::observe);
        }
    }

    @Override
    public synchronized void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public boolean isRunning() {
        return subscription != null;
    }
}
