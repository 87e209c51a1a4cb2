package org.charterconsole.agent.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a phone has been in its state, as people read it: 0:42, 4:05, 1:02:10. */
final class TimeInState {

    private TimeInState() {
    }

    static String of(Optional<Instant> since, Clock clock) {
        return since.map(start -> format(Duration.between(start, clock.instant()).toSeconds())).orElse("–");
    }

    static String format(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= 3600) {
            return "%d:%02d:%02d".formatted(s / 3600, (s % 3600) / 60, s % 60);
        }
        return "%d:%02d".formatted(s / 60, s % 60);
    }
}
