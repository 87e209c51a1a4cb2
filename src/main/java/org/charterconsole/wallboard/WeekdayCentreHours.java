package org.charterconsole.wallboard;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Placeholder opening hours until the opening-hours feature (administrator-edited hours and bank
 * holidays) exists; replace this bean then: Monday to Friday 08:30–17:00 Europe/London, read from the injected clock.
 */
@Component
public class WeekdayCentreHours implements CentreHours {

    static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/London");
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 0);

    private final Clock clock;

    public WeekdayCentreHours(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isOpenNow() {
        ZonedDateTime now = ZonedDateTime.ofInstant(clock.instant(), CENTRE_ZONE);
        DayOfWeek day = now.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalTime time = now.toLocalTime();
        return !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }
}
