package org.charterconsole.base.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One shared once-a-second beat for views that show ticking waits, instead of a timer per
 * browser tab. Listeners must hand work on ({@code UI.access}) and return at once; a listener
 * that throws is dropped (its UI has gone).
 */
@Component
public class SecondTicker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SecondTicker.class);

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private ScheduledExecutorService beat;

    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Runs every listener once now; the beat itself calls this every second. */
    public void tick() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.debug("Dropping a ticker listener that failed", e);
                listeners.remove(listener);
            }
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public synchronized void start() {
        if (beat == null) {
            beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ui-second-ticker");
                thread.setDaemon(true);
                return thread;
            });
            beat.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (beat != null) {
            beat.shutdownNow();
            beat = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return beat != null;
    }
}
