package org.charterconsole.estimate;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** The charter's busy period (12:00–14:00 by default), when callers are told it is a busy time. */
record BusyPeriod(LocalTime from, LocalTime until) {

    static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/London");

    static BusyPeriod of(EstimateProperties properties) {
        return new BusyPeriod(properties.busyFrom(), properties.busyUntil());
    }

    boolean includes(Instant at) {
        LocalTime local = at.atZone(CENTRE_ZONE).toLocalTime();
        return !local.isBefore(from) && local.isBefore(until);
    }
}
