package org.charterconsole.telephony;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxEventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands translated events to every sink on a thread of its own, so asterisk-java's reader
 * thread only ever enqueues. When the queue is full the event is dropped and counted; once the
 * backlog has drained the overflow action (a QueueStatus resync) runs, since the live state may
 * now be wrong and a snapshot taken then has room to arrive.
 */
class PbxEventDispatcher {

    static final int DEFAULT_CAPACITY = 50_000;
    static final Duration ROUND = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(PbxEventDispatcher.class);

    private final BlockingQueue<PbxEvent> queue;
    private final List<PbxEventSink> sinks;
    private final Counter dropped;
    private final Runnable onOverflow;
    private volatile Runnable eachRound = () -> { };
    private volatile Thread thread;
    private volatile boolean running;
    private final AtomicBoolean eventsLost = new AtomicBoolean();
    private long lastRound;

    PbxEventDispatcher(int capacity, List<PbxEventSink> sinks, MeterRegistry meters, Runnable onOverflow) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sinks = List.copyOf(sinks);
        this.onOverflow = onOverflow;
        this.dropped = Counter.builder("console_ami_events_dropped_total")
                .description("PBX events dropped because the dispatcher queue was full")
                .register(meters);
    }

    /** Never blocks. */
    void dispatch(PbxEvent event) {
        if (!queue.offer(event)) {
            dropped.increment();
            eventsLost.set(true);
        }
    }

    /** Runs on the dispatcher's thread about every {@link #ROUND} whatever arrives (for holds that expire). */
    void onEachRound(Runnable task) {
        this.eachRound = task;
    }

    long droppedCount() {
        return (long) dropped.count();
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::deliverUntilStopped, "pbx-event-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
        }
    }

    private void deliverUntilStopped() {
        while (running) {
            try {
                PbxEvent event = queue.poll(ROUND.toMillis(), TimeUnit.MILLISECONDS);
                if (event != null) {
                    deliver(event);
                }
                runRound();
                if (queue.isEmpty() && eventsLost.compareAndSet(true, false)) {
                    onOverflow.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void runRound() {
        long now = System.nanoTime();
        if (now - lastRound < ROUND.toNanos()) {
            return;
        }
        lastRound = now;
        try {
            eachRound.run();
        } catch (RuntimeException e) {
            log.error("A dispatcher round failed", e);
        }
    }

    private void deliver(PbxEvent event) {
        for (PbxEventSink sink : sinks) {
            try {
                sink.accept(event);
            } catch (RuntimeException e) {
                log.error("A PBX event sink failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
