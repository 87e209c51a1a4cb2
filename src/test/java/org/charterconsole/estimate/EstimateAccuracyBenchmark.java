package org.charterconsole.estimate;

import org.charterconsole.queue.CallOutcome;
import org.charterconsole.queue.CallRecord;
import org.charterconsole.queue.LiveState;
import org.charterconsole.queue.ServiceTarget;
import org.charterconsole.simulator.VirtualDay;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far the wait a caller is given on joining is from the wait they then have, for the console's
 * estimate and for app_queue's (its queue's exponential average hold time, blind to position), over a
 * seeded simulated working day: the 12:00–14:00 peak, staggered lunches and breaks, and the early shift
 * leaving at 16:00 while the late one stays. The simulator runs in-process on a virtual clock, its events
 * go through the real live state with the estimator, and the estimate kept is the one the call record
 * keeps. Answered callers only: for a caller who gave up, the wait they would have had is not known.
 * Run with {@code mvn -Pbenchmark test -Dtest=EstimateAccuracyBenchmark}; prints the figures and writes
 * them to target/benchmarks/. No assertions on accuracy.
 */
class EstimateAccuracyBenchmark {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 30, 7, 55);
    private static final LocalTime END = LocalTime.of(18, 0);
    private static final Duration STEP = Duration.ofSeconds(1);
    private static final Duration RESYNC = Duration.ofSeconds(15);
    /** Seeds of the days to run, comma-separated: {@code -Dconsole.benchmark.seed=20261130,7,42}. */
    private static final String SEEDS_PROPERTY = "console.benchmark.seed";
    /** The day the figures were first given for, and two more so that no one day's luck is tuned to. */
    private static final String DEFAULT_SEEDS = "20261130,1,2";

    /**
     * One answered caller: {@code staffingChanged} when an agent of their queue went on or came back from
     * a break, or logged in or out, while they waited (which the picture at joining did not show).
     */
    record Outcome(long seed, LocalTime joined, String queue, int position,
                   boolean staffingChanged, long actual, long console, long appQueue) {

        int hour() {
            return joined.getHour();
        }
    }

    @Test
    void estimateAtJoiningAgainstTheWaitCallersHad() throws Exception {
        long[] seeds = Arrays.stream(System.getProperty(SEEDS_PROPERTY, DEFAULT_SEEDS).split(","))
                .map(String::strip).mapToLong(Long::parseLong).toArray();
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        StringBuilder report = new StringBuilder();
        List<Outcome> all = new ArrayList<>();
        for (long seed : seeds) {
            long started = System.nanoTime();
            List<Outcome> outcomes = runDay(seed);
            double seconds = (System.nanoTime() - started) / 1e9;
            all.addAll(outcomes);
            report.append(EstimateAccuracyReport.day(seed, outcomes, seconds));
        }
        if (seeds.length > 1) {
            report.append(EstimateAccuracyReport.summary(all));
        }
        System.out.println(report);
        Files.writeString(out.resolve("estimate-accuracy.md"), report);
        Files.writeString(out.resolve("estimate-accuracy.csv"), EstimateAccuracyReport.csv(all));
    }

    private List<Outcome> runDay(long seed) throws InterruptedException {
        Map<CallRecord.Key, CallRecord> records = new ConcurrentHashMap<>();
        AtomicReference<LiveState> state = new AtomicReference<>();
        StaffingChanges staffing = new StaffingChanges();
        VirtualDay day = new VirtualDay(START, seed, event -> {
            staffing.accept(event);
            state.get().accept(event);
        });
        LiveState live = new LiveState(day.clock(), ServiceTarget::standardFor,
                List.of(record -> records.merge(record.key(), record, CallRecord::laterOf)),
                Optional.of(new ProjectedWaitEstimator(TestEstimateProperties.defaults())), Duration.ZERO);
        state.set(live);
        live.start();
        try {
            live.accept(day.queueStatus());
            Instant nextResync = day.now().plus(RESYNC);
            Instant end = START.toLocalDate().atTime(END).atZone(LONDON).toInstant();
            while (day.now().isBefore(end)) {
                day.advance(STEP);
                if (!day.now().isBefore(nextResync)) {
                    live.accept(day.queueStatus());
                    nextResync = nextResync.plus(RESYNC);
                }
                if (!live.awaitApplied(Duration.ofMinutes(1))) {
                    throw new IllegalStateException("The live state fell behind at " + day.now());
                }
            }
        } finally {
            live.stop();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (CallRecord record : records.values()) {
            Optional<Integer> appQueue = day.appQueueEstimate(record.uniqueId());
            if (record.outcome() == CallOutcome.ANSWERED && record.estimatedWaitSeconds().isPresent()
                    && appQueue.isPresent()) {
                Instant answered = record.joinedAt().plusSeconds(record.waitSeconds());
                outcomes.add(new Outcome(seed, record.joinedAt().atZone(LONDON).toLocalTime().withNano(0), record.queue(),
                        staffing.positionAtJoin(record.uniqueId()),
                        staffing.changedDuring(record.queue(), record.joinedAt(), answered), record.waitSeconds(),
                        record.estimatedWaitSeconds().get(), appQueue.get()));
            }
        }
        return outcomes;
    }
}
