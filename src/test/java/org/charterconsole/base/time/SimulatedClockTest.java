package org.charterconsole.base.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedClockTest {

    private static final LocalDateTime MONDAY_NOON = LocalDateTime.of(2026, 11, 30, 12, 0);

    @Test
    void starts_at_the_given_london_time_and_never_runs_backwards() {
        SimulatedClock clock = SimulatedClock.startingAt(MONDAY_NOON, 60);

        LocalDateTime first = LocalDateTime.ofInstant(clock.instant(), clock.getZone());
        LocalDateTime second = LocalDateTime.ofInstant(clock.instant(), clock.getZone());

        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(first).isAfterOrEqualTo(MONDAY_NOON).isBefore(MONDAY_NOON.plusHours(1));
        assertThat(second).isAfterOrEqualTo(first);
    }

    @Test
    void at_time_scale_sixty_an_hour_passes_in_a_real_minute() {
        SimulatedClock clock = SimulatedClock.startingAt(MONDAY_NOON, 60);

        assertThat(clock.realDurationOf(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refuses_a_time_scale_that_is_not_positive() {
        assertThatThrownBy(() -> SimulatedClock.startingAt(MONDAY_NOON, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
