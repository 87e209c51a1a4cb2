package org.charterconsole.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test moves by hand. */
final class MutableClock extends Clock {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private volatile Instant now;

    MutableClock(LocalDateTime start) {
        this.now = start.atZone(LONDON).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}
