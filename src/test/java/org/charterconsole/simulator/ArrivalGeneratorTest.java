package org.charterconsole.simulator;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArrivalGeneratorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Monday. */
    private static final LocalDateTime MONDAY_EIGHT = LocalDateTime.of(2026, 11, 30, 8, 0);

    @Test
    void the_same_seed_gives_the_same_calls_however_the_day_is_sliced() {
        Instant start = MONDAY_EIGHT.atZone(LONDON).toInstant();
        Instant end = start.plusSeconds(4 * 3600);
        ArrivalGenerator inOneGo = generator(42, start);
        ArrivalGenerator inSteps = generator(42, start);

        List<Arrival> once = inOneGo.arrivalsUntil(end, this::scheduled);
        List<Arrival> stepped = new java.util.ArrayList<>();
        for (Instant t = start; !t.isAfter(end); t = t.plusSeconds(7)) {
            stepped.addAll(inSteps.arrivalsUntil(t, this::scheduled));
        }

        assertThat(once).isNotEmpty().isEqualTo(stepped);
        assertThat(generator(43, start).arrivalsUntil(end, this::scheduled)).isNotEqualTo(once);
    }

    @Test
    void the_lunchtime_peak_brings_more_calls_than_mid_morning() {
        Instant start = MONDAY_EIGHT.atZone(LONDON).toInstant();
        List<Arrival> day = generator(7, start).arrivalsUntil(start.plusSeconds(7 * 3600), this::scheduled);

        long morning = countBetween(day, LocalTime.of(10, 0), LocalTime.of(12, 0));
        long lunch = countBetween(day, LocalTime.of(12, 0), LocalTime.of(14, 0));

        assertThat(lunch).isGreaterThan(morning);
        SimulatedService councilTax = CouncilCatalog.SERVICES.get(4);
        ZonedDateTime tenOClock = MONDAY_EIGHT.withHour(10).atZone(LONDON);
        assertThat(CallProfile.ratePerHour(councilTax, tenOClock.withHour(12).withMinute(30), true, 1))
                .isGreaterThan(CallProfile.ratePerHour(councilTax, tenOClock, true, 1));
    }

    @Test
    void while_closed_only_priority_services_ring_through_as_emergencies() {
        Instant night = LocalDateTime.of(2026, 11, 30, 22, 0).atZone(LONDON).toInstant();
        List<Arrival> arrivals = generator(7, night).arrivalsUntil(night.plusSeconds(6 * 3600), this::scheduled);

        assertThat(arrivals).isNotEmpty().allMatch(arrival -> arrival.service().priorityClass());
    }

    private boolean scheduled(Instant at) {
        return CallProfile.openBySchedule(at.atZone(LONDON));
    }

    private static long countBetween(List<Arrival> arrivals, LocalTime from, LocalTime to) {
        return arrivals.stream().map(a -> a.at().atZone(LONDON).toLocalTime())
                .filter(t -> !t.isBefore(from) && t.isBefore(to)).count();
    }

    private static ArrivalGenerator generator(long seed, Instant start) {
        return new ArrivalGenerator(CouncilCatalog.SERVICES, seed, start, LONDON, 1);
    }
}
