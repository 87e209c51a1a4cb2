package org.charterconsole.base.ui;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How long one delivery of the {@link UiPushDispatcher} spent in each stage, in nanoseconds, to find
 * where push time goes. {@code pushed} is the time from the end of the view update to {@code UI.access}
 * returning on the push thread (writing the push to the browser), or -1 when the update ran later on
 * another thread that held the tab's lock.
 *
 * @param view          the class that declared the update, e.g. {@code ConsoleView}
 * @param waitedForTurn from the first value offered since the last delivery to a push thread taking it
 * @param prepared      preparing the value outside the lock
 * @param waitedForLock from asking {@code UI.access} to the update starting
 * @param applied       the view update inside the lock
 */
public record DeliveryTimes(String view, long waitedForTurn, long prepared, long waitedForLock, long applied,
                            long pushed) {

    @FunctionalInterface
    public interface Listener {
        /** Called on a push or request thread: must be quick and thread-safe. */
        void delivered(DeliveryTimes times);
    }

    /** The moments of one delivery as it happens; reports once, when the last of them is known. */
    static final class Clocked {
        private final String view;
        private final long offered;
        private final long started;
        private final Listener listener;
        private final AtomicBoolean reported = new AtomicBoolean();
        private volatile long prepared;
        private volatile long applying;
        private volatile long applied;
        private volatile boolean returned;

        Clocked(Object update, long offered, long started, Listener listener) {
            String name = update.getClass().getName();
            int lambda = name.indexOf("$$");
            String declaring = lambda < 0 ? name : name.substring(0, lambda);
            this.view = declaring.substring(declaring.lastIndexOf('.') + 1);
            this.offered = offered;
            this.started = started;
            this.listener = listener;
        }

        void prepared() {
            prepared = System.nanoTime();
        }

        void applying() {
            applying = System.nanoTime();
        }

        void applied() {
            applied = System.nanoTime();
            if (returned) {
                report(-1);
            }
        }

        /** The update ran inside the call (the push followed it) or is queued for the thread holding the lock. */
        void accessReturned() {
            long now = System.nanoTime();
            returned = true;
            if (applied != 0) {
                report(now - applied);
            }
        }

        private void report(long pushed) {
            if (reported.compareAndSet(false, true)) {
                long waitedForTurn = offered == 0 ? 0 : Math.max(0, started - offered);
                listener.delivered(new DeliveryTimes(view, waitedForTurn, prepared - started, applying - prepared,
                        applied - applying, pushed));
            }
        }
    }
}
