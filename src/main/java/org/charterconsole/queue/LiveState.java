package org.charterconsole.queue;

import org.charterconsole.pbx.PbxEvent;
import org.charterconsole.pbx.PbxEventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live queues, callers and agents. {@link #accept} only enqueues (it runs on the telephony
 * adapter's thread); one writer thread applies events in batches and publishes immutable snapshots.
 * With a {@link WaitEstimator}, waits are estimated after a change, at most every
 * {@code estimateInterval}, and every {@link #ESTIMATE_REFRESH} of the clock's time in between, so the
 * first estimate of a caller is taken from the picture they joined. The projections run beside the
 * writer ({@link BackgroundEstimates}): views get a change without waiting for them, and the writer
 * puts the estimates into the next snapshot when they are ready.
 */
@Component
public class LiveState implements PbxEventSink, LiveQueues, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveState.class);
    private static final int MAX_BATCH = 10_000;
    /**
     * The least time between two published snapshots. Every change waits up to this long to be shown (half of
     * it on average), so it is most of the latency views see; shorter ones cost more pushes of fewer changes.
     */
    static final Duration NOTIFY_INTERVAL = Duration.ofMillis(50);
    private static final long NOTIFY_INTERVAL_NANOS = NOTIFY_INTERVAL.toNanos();
    private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    static final Duration DEFAULT_ESTIMATE_INTERVAL = Duration.ofMillis(250);
    static final Duration ESTIMATE_REFRESH = Duration.ofSeconds(5);

    private final Clock clock;
    private final LiveStateModel model;
    private final List<CallRecordSink> recordSinks;
    private final BackgroundEstimates estimates;
    private final long estimateIntervalNanos;
    private final LinkedBlockingQueue<PbxEvent> inbox = new LinkedBlockingQueue<>();
    private final List<Consumer<LiveSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong accepted = new AtomicLong();
    private final Object appliedMonitor = new Object();
    private volatile long applied;
    private volatile LiveSnapshot snapshot;
    private volatile Thread writer;
    private volatile boolean targetsChanged;
    private long version;
    private long lastNotifiedNanos;
    private boolean notificationPending;
    private boolean estimatePending;
    private long lastEstimateNanos;
    private Instant lastEstimateAt = Instant.MIN;

    public LiveState(Clock clock, ServiceTargets targets, List<CallRecordSink> recordSinks) {
        this(clock, targets, recordSinks, Optional.empty());
    }

    @Autowired
    public LiveState(Clock clock, ServiceTargets targets, List<CallRecordSink> recordSinks,
                     Optional<WaitEstimator> estimator) {
        this(clock, targets, recordSinks, estimator, DEFAULT_ESTIMATE_INTERVAL);
    }

    /** {@code estimateInterval} zero estimates after every batch (for replays on a virtual clock). */
    public LiveState(Clock clock, ServiceTargets targets, List<CallRecordSink> recordSinks,
                     Optional<WaitEstimator> estimator, Duration estimateInterval) {
        this.clock = clock;
        this.model = new LiveStateModel(targets);
        this.recordSinks = List.copyOf(recordSinks);
        this.estimates = estimator.map(e -> estimateInterval.isZero()
                ? BackgroundEstimates.onCallingThread(e) : BackgroundEstimates.onOwnThread(e)).orElse(null);
        this.estimateIntervalNanos = estimateInterval.toNanos();
        this.snapshot = LiveSnapshot.empty(clock.instant());
    }

    @Override
    public void accept(PbxEvent event) {
        accepted.incrementAndGet();
        inbox.add(event);
    }

    @Override
    public LiveSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public Subscription subscribe(Consumer<LiveSnapshot> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The next snapshot, due within the writer's poll interval, carries the services' new targets. */
    @EventListener
    public void targetsChanged(ServiceTargetsChanged change) {
        targetsChanged = true;
    }

    /** Waits until every event accepted before this call has been applied; false on time-out. */
    public boolean awaitApplied(Duration timeout) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (appliedMonitor) {
            while (applied < target) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(appliedMonitor, left);
            }
        }
        return true;
    }

    public int backlog() {
        return inbox.size();
    }

    @Override
    public synchronized void start() {
        if (writer == null) {
            Thread thread = new Thread(this::run, "live-state");
            thread.setDaemon(true);
            writer = thread;
            thread.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread thread = writer;
        writer = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    /** Starts before the telephony adapter and stops after it, so no event finds it closed. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1000;
    }

    private void run() {
        List<PbxEvent> batch = new ArrayList<>();
        while (writer == Thread.currentThread()) {
            try {
                PbxEvent first = inbox.poll(untilNextNotificationNanos(), TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    inbox.drainTo(batch, MAX_BATCH - 1);
                    applyBatch(batch);
                }
                takeSnapshotIfTargetsChanged();
                notifyListenersIfDue();
                estimateIfDue();
                deliverRecordChanges();
                countApplied(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                log.error("Live state could not apply a batch of events", e);
                countApplied(batch);
            }
        }
        if (estimates != null) {
            estimates.close();
        }
    }

    /** How long the writer may wait for events: no longer than until a pending notification is due. */
    private long untilNextNotificationNanos() {
        if (!notificationPending) {
            return IDLE_POLL_NANOS;
        }
        long due = lastNotifiedNanos + NOTIFY_INTERVAL_NANOS - System.nanoTime();
        return Math.max(0, Math.min(IDLE_POLL_NANOS, due));
    }

    private void applyBatch(List<PbxEvent> batch) {
        for (PbxEvent event : batch) {
            try {
                model.apply(event);
            } catch (RuntimeException e) {
                log.error("Live state could not apply {}", event.getClass().getSimpleName(), e);
            }
        }
        takeSnapshot();
    }

    /** A new snapshot of the model; callers keep the estimates they were given until the next estimate. */
    private void takeSnapshot() {
        LiveSnapshot previous = snapshot;
        LiveSnapshot fresh = model.snapshot(clock.instant(), ++version);
        if (estimates != null) {
            estimatePending = true;
            fresh = fresh.withEstimates(WaitEstimates.NONE, previous);
        }
        snapshot = fresh;
        notificationPending = true;
    }

    /** Applied means estimated and recorded too, for whoever awaits it. */
    private void countApplied(List<PbxEvent> batch) {
        if (!batch.isEmpty()) {
            synchronized (appliedMonitor) {
                applied += batch.size();
                appliedMonitor.notifyAll();
            }
            batch.clear();
        }
    }

    private boolean estimateDue() {
        if (estimates == null || estimates.busy()) {
            return false;
        }
        boolean changedAndDue = estimatePending && System.nanoTime() - lastEstimateNanos >= estimateIntervalNanos;
        return changedAndDue || !clock.instant().isBefore(lastEstimateAt.plus(ESTIMATE_REFRESH));
    }

    /** Hands the estimator the picture now when due, and applies whatever estimates are ready. */
    private void estimateIfDue() {
        if (estimateDue()) {
            estimatePending = false;
            lastEstimateNanos = System.nanoTime();
            lastEstimateAt = clock.instant();
            estimates.estimate(model.snapshot(lastEstimateAt, version));
        }
        if (estimates != null) {
            estimates.take().ifPresent(result -> {
                LiveSnapshot previous = snapshot;
                LiveSnapshot fresh = model.snapshot(clock.instant(), ++version);
                LiveSnapshot estimated = fresh.withEstimates(result.seenFrom(fresh.at()), previous);
                model.estimatesGiven(estimated);
                snapshot = estimated;
                notificationPending = true;
            });
        }
    }

    private void deliverRecordChanges() {
        for (CallRecord record : model.drainRecordChanges()) {
            for (CallRecordSink sink : recordSinks) {
                try {
                    sink.recorded(record);
                } catch (RuntimeException e) {
                    log.error("A call record sink failed", e);
                }
            }
        }
    }

    private void takeSnapshotIfTargetsChanged() {
        if (targetsChanged) {
            targetsChanged = false;
            // A new class or weight is projected at the next estimate.
            takeSnapshot();
        }
    }

    private void notifyListenersIfDue() {
        long now = System.nanoTime();
        if (!notificationPending || now - lastNotifiedNanos < NOTIFY_INTERVAL_NANOS) {
            return;
        }
        notificationPending = false;
        lastNotifiedNanos = now;
        LiveSnapshot current = snapshot;
        for (Consumer<LiveSnapshot> listener : listeners) {
            try {
                listener.accept(current);
            } catch (RuntimeException e) {
                log.warn("A live state listener failed; the others are still notified", e);
            }
        }
    }
}
