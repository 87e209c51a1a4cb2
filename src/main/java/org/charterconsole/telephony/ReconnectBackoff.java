package org.charterconsole.telephony;

import java.time.Duration;

/** Exponential back-off between login attempts: initial, doubled each failure, capped at max. */
final class ReconnectBackoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    ReconnectBackoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max.compareTo(initial) < 0 ? initial : max;
        this.next = initial;
    }

    synchronized Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    synchronized void reset() {
        next = initial;
    }
}
