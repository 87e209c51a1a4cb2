package org.charterconsole.wallboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Placeholder hours: Monday to Friday 08:30–17:00 London time, in winter and in summer time. */
class WeekdayCentreHoursTest {

    @ParameterizedTest(name = "{0} -> open {1}")
    @CsvSource({
            "2026-11-30T08:29:59Z, false",
            "2026-11-30T08:30:00Z, true",
            "2026-11-30T16:59:59Z, true",
            "2026-11-30T17:00:00Z, false",
            "2026-11-28T12:00:00Z, false",
            "2026-11-29T12:00:00Z, false",
            "2026-07-01T07:30:00Z, true",
            "2026-07-01T16:00:00Z, false"})
    void openOnWeekdaysDuringTheDay(String at, boolean open) {
        Clock clock = Clock.fixed(Instant.parse(at), ZoneOffset.UTC);
        assertThat(new WeekdayCentreHours(clock).isOpenNow()).isEqualTo(open);
    }
}
