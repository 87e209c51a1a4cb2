package org.charterconsole.base.ui;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One shared once-a-second beat for views that show ticking waits, instead of a timer per
 * browser tab. Listeners must hand work on ({@code UI.access}) and return at once.
 */
@Component
public class SecondTicker implements DisposableBean {

    private final Set<Runnable> listeners = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ui-second-ticker");
        thread.setDaemon(true);
        return thread;
    });

    SecondTicker() {
        beat.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

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
                listeners.remove(listener);
            }
        }
    }

    int listenerCount() {
        return listeners.size();
    }

    @Override
    public void destroy() {
        beat.shutdownNow();
    }
}
