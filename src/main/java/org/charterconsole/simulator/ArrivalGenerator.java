package org.charterconsole.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Poisson arrivals per service whose rate follows the day ({@link CallProfile}), drawn by
 * thinning. Each service has its own seeded {@link Random} and its own simulated timeline, so
 * the same seed gives the same calls however often the engine asks.
 */
final class ArrivalGenerator {

    private static final String[] FIRST_NAMES = {"J Smith", "A Jones", "M Brown", "S Taylor", "R Williams",
        "K Davies", "L Evans", "P Thomas", "D Roberts", "C Walker", "H Wright", "T Green"};

    private final List<ServiceStream> streams = new ArrayList<>();
    private final ZoneId zone;
    private final double trafficFactor;

    ArrivalGenerator(List<SimulatedService> services, long seed, Instant start, ZoneId zone, double trafficFactor) {
        this.zone = zone;
        this.trafficFactor = trafficFactor;
        for (int i = 0; i < services.size(); i++) {
            ServiceStream stream = new ServiceStream(services.get(i), new Random(seed * 1_000_003L + i), start,
                    CallProfile.maxRatePerHour(services.get(i), trafficFactor));
            stream.advance();
            streams.add(stream);
        }
    }

    /** Every call arriving up to {@code until}, in time order. */
    List<Arrival> arrivalsUntil(Instant until, Predicate<Instant> open) {
        List<Arrival> arrivals = new ArrayList<>();
        for (ServiceStream stream : streams) {
            while (!stream.candidate.isAfter(until)) {
                Instant at = stream.candidate;
                boolean isOpen = open.test(at);
                double rate = CallProfile.ratePerHour(stream.service, ZonedDateTime.ofInstant(at, zone), isOpen,
                        trafficFactor);
                double accept = stream.random.nextDouble();
                if (accept < rate / stream.maxRate) {
                    arrivals.add(describe(stream, at));
                }
                stream.advance();
            }
        }
        arrivals.sort(Comparator.comparing(Arrival::at));
        return arrivals;
    }

    private Arrival describe(ServiceStream stream, Instant at) {
        Random random = stream.random;
        SimulatedService service = stream.service;
        String number = "07700900" + "%03d".formatted(random.nextInt(1000));
        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        // The dialplan sets QUEUE_PRIO from the service alone.
        int queuePriority = service.callerPriority();
        double patienceMean = service.priorityClass() ? 420 : 300;
        Duration patience = Duration.ofSeconds(20 + (long) (-Math.log(1 - random.nextDouble()) * patienceMean));
        double handle = service.medianHandleSeconds() * Math.exp(0.5 * random.nextGaussian());
        Duration handleTime = Duration.ofSeconds(Math.max(30, (long) handle));
        boolean callback = random.nextDouble() < 0.25;
        return new Arrival(service, at, number, name, queuePriority, patience, handleTime, callback);
    }

    private static final class ServiceStream {
        final SimulatedService service;
        final Random random;
        final double maxRate;
        Instant candidate;

        ServiceStream(SimulatedService service, Random random, Instant start, double maxRate) {
            this.service = service;
            this.random = random;
            this.maxRate = maxRate;
            this.candidate = start;
        }

        void advance() {
            if (maxRate <= 0) {
                candidate = Instant.MAX;
                return;
            }
            double hours = -Math.log(1 - random.nextDouble()) / maxRate;
            candidate = candidate.plusNanos((long) (hours * 3_600_000_000_000L));
        }
    }
}
