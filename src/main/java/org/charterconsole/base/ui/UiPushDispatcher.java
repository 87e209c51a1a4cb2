package org.charterconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Carries live changes to open views without making the thread that produced them wait. A producer
 * (the live-state writer, the second ticker) only {@link Feed#offer offers} a value: that stores it as
 * the latest for the tab and returns. A small shared pool then prepares the latest value (outside the UI
 * lock) and applies it inside {@code UI.access}. A tab has at most one update waiting for its lock and
 * gets at most one per push interval: values offered meanwhile replace each other, so a slow browser
 * sees the newest state a little later, never a backlog, and never slows the writer or other tabs.
 */
@Component
public class UiPushDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UiPushDispatcher.class);

    /** When a feed's next delivery should run: {@code after(delayNanos, task)}. */
    @FunctionalInterface
    public interface Timer {
        void after(long delayNanos, Runnable task);
    }

    private final long intervalNanos;
    private final int threads;
    private final Timer timer;
    private final AtomicInteger openFeeds = new AtomicInteger();
    private volatile ScheduledExecutorService pool;
    private volatile DeliveryTimes.Listener timesListener;

    @Autowired
    public UiPushDispatcher(UiPushProperties properties) {
        this.intervalNanos = properties.pushInterval().toNanos();
        this.threads = properties.pushThreads();
        this.timer = this::schedule;
    }

    UiPushDispatcher(Timer timer, long intervalNanos) {
        this.intervalNanos = intervalNanos;
        this.threads = 0;
        this.timer = timer;
    }

    /** Delivers on the offering thread at once, for view tests that publish and then run the UI queue. */
    public static UiPushDispatcher direct() {
        return new UiPushDispatcher((delay, task) -> task.run(), 0);
    }

    /**
     * Opens a feed for one tab; it closes itself when the UI detaches.
     *
     * @param prepare turns an offered value into what the view shows, without the UI lock
     * @param apply   sets it on the view; runs only inside {@code UI.access}
     */
    public <T, R> Feed<T> open(UI ui, Function<T, R> prepare, Consumer<R> apply) {
        Feed<T> feed = new Feed<>(ui, prepare, apply);
        openFeeds.incrementAndGet();
        feed.detachRegistration = ui.addDetachListener(event -> feed.close());
        return feed;
    }

    /** Reports how long each delivery spent in each stage; null (the default) measures nothing. */
    public void timeDeliveries(DeliveryTimes.Listener listener) {
        this.timesListener = listener;
    }

    /** Feeds not yet closed, across every tab. */
    public int openFeeds() {
        return openFeeds.get();
    }

    /** The latest-value mailbox of one tab. */
    public final class Feed<T> implements AutoCloseable {
        private final UI ui;
        private final Function<T, ?> prepare;
        private final Consumer<Object> apply;
        private final AtomicReference<T> latest = new AtomicReference<>();
        private final AtomicBoolean busy = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile long firstOfferNanos;
        private volatile long lastDeliveryNanos = System.nanoTime() - intervalNanos;
        private Registration detachRegistration;

        @SuppressWarnings("unchecked")
        private <R> Feed(UI ui, Function<T, R> prepare, Consumer<R> apply) {
            this.ui = ui;
            this.prepare = prepare;
            this.apply = (Consumer<Object>) apply;
        }

        /** Never blocks: keeps the value as the latest and makes sure a delivery will follow. */
        public void offer(T value) {
            if (closed.get()) {
                return;
            }
            if (latest.getAndSet(value) == null && timesListener != null) {
                firstOfferNanos = System.nanoTime();
            }
            scheduleIfIdle();
        }

        private void scheduleIfIdle() {
            if (latest.get() != null && !closed.get() && busy.compareAndSet(false, true)) {
                long wait = Math.max(0, lastDeliveryNanos + intervalNanos - System.nanoTime());
                timer.after(wait, this::deliver);
            }
        }

        private void deliver() {
            T value = latest.getAndSet(null);
            if (value == null || closed.get()) {
                idle();
                return;
            }
            lastDeliveryNanos = System.nanoTime();
            DeliveryTimes.Listener listener = timesListener;
            DeliveryTimes.Clocked times = listener == null ? null
                    : new DeliveryTimes.Clocked(apply, firstOfferNanos, lastDeliveryNanos, listener);
            try {
                Object prepared = prepare.apply(value);
                if (times != null) {
                    times.prepared();
                }
                ui.access(() -> {
                    try {
                        if (times != null) {
                            times.applying();
                        }
                        if (!closed.get()) {
                            apply.accept(prepared);
                        }
                    } finally {
                        if (times != null) {
                            times.applied();
                        }
                        idle();
                    }
                });
                if (times != null) {
                    times.accessReturned();
                }
            } catch (UIDetachedException e) {
                close();
            } catch (RuntimeException e) {
                log.warn("A view update could not be prepared; the next change will try again", e);
                idle();
            }
        }

        private void idle() {
            busy.set(false);
            scheduleIfIdle();
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                openFeeds.decrementAndGet();
                latest.set(null);
                if (detachRegistration != null) {
                    detachRegistration.remove();
                }
            }
        }
    }

    /** Once stopped (the application is closing) updates are dropped: nobody is left to see them. */
    private void schedule(long delayNanos, Runnable task) {
        ScheduledExecutorService current = pool;
        if (current != null) {
            try {
                current.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                log.debug("UI update dropped while stopping");
            }
        }
    }

    @Override
    public synchronized void start() {
        if (pool == null && threads > 0) {
            AtomicInteger count = new AtomicInteger();
            pool = Executors.newScheduledThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "ui-push-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return pool != null;
    }
}
