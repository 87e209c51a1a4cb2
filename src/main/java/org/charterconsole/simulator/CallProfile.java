package org.charterconsole.simulator;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** When the council's phones ring: opening hours and the shape of the day, lunchtime peak included. */
final class CallProfile {

    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 0);
    /** Emergencies per hour per priority service while the centre is closed. */
    static final double OUT_OF_HOURS_EMERGENCIES_PER_HOUR = 1.5;
    static final double PEAK_FACTOR = 1.7;

    private CallProfile() {
    }

    static boolean openBySchedule(ZonedDateTime time) {
        DayOfWeek day = time.getDayOfWeek();
        LocalTime clock = time.toLocalTime();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !clock.isBefore(OPENS) && clock.isBefore(CLOSES);
    }

    /** Relative call volume through an open day; 1.0 is an ordinary mid-morning hour. */
    static double dayFactor(LocalTime time) {
        int minute = time.getHour() * 60 + time.getMinute();
        if (minute < 9 * 60) {
            return 1.3;
        }
        if (minute < 10 * 60) {
            return 1.1;
        }
        if (minute < 12 * 60) {
            return 1.0;
        }
        if (minute < 14 * 60) {
            return PEAK_FACTOR;
        }
        if (minute < 16 * 60) {
            return 0.9;
        }
        return 0.7;
    }

    /** Calls per hour to one service at a time; while closed only emergencies reach the PBX. */
    static double ratePerHour(SimulatedService service, ZonedDateTime time, boolean open, double trafficFactor) {
        if (open) {
            return service.callsPerHour() * dayFactor(time.toLocalTime()) * trafficFactor;
        }
        return service.priorityClass() ? OUT_OF_HOURS_EMERGENCIES_PER_HOUR * trafficFactor : 0;
    }

    static double maxRatePerHour(SimulatedService service, double trafficFactor) {
        return Math.max(service.callsPerHour() * PEAK_FACTOR, OUT_OF_HOURS_EMERGENCIES_PER_HOUR) * trafficFactor;
    }
}
