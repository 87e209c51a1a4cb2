package org.charterconsole.queue;

import java.util.function.Consumer;

/**
 * Read side of the live state. Listeners are called on the live-state thread after each
 * change (coalesced); they must hand work on (e.g. {@code UI.access}), never block.
 */
public interface LiveQueues {

    LiveSnapshot snapshot();

    Subscription subscribe(Consumer<LiveSnapshot> listener);

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
