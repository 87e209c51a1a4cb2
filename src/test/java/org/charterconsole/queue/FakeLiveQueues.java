package org.charterconsole.queue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Live queues for view tests: the test publishes each snapshot and sees who listens. */
public final class FakeLiveQueues implements LiveQueues {

    private final List<Consumer<LiveSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private LiveSnapshot current;

    public FakeLiveQueues(Instant at) {
        this.current = LiveSnapshot.empty(at);
    }

    public void publish(LiveSnapshot snapshot) {
        current = snapshot;
        listeners.forEach(listener -> listener.accept(snapshot));
    }

    /** The version the next published snapshot should carry. */
    public long nextVersion() {
        return current.version() + 1;
    }

    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public LiveSnapshot snapshot() {
        return current;
    }

    @Override
    public Subscription subscribe(Consumer<LiveSnapshot> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
