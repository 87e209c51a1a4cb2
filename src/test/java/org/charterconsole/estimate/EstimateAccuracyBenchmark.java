package org.charterconsole.estimate;

import org.charterconsole.queue.CallOutcome;
import org.charterconsole.queue.CallRecord;
import org.charterconsole.queue.LiveState;
import org.charterconsole.queue.ServiceTarget;
import org.charterconsole.simulator.VirtualDay;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
    private static final long[] SEEDS = {20261130L};

    private record Outcome(int hour, long actual, long console, long appQueue) {}

    @Test
    void estimateAtJoiningAgainstTheWaitCallersHad() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        for (long seed : SEEDS) {
            outcomes.addAll(runDay(seed));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String report = report(outcomes, seconds);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "estimate-accuracy.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private List<Outcome> runDay(long seed) throws InterruptedException {
        Map<CallRecord.Key, CallRecord> records = new ConcurrentHashMap<>();
        AtomicReference<LiveState> state = new AtomicReference<>();
        VirtualDay day = new VirtualDay(START, seed, event -> state.get().accept(event));
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
                outcomes.add(new Outcome(record.joinedAt().atZone(LONDON).getHour(), record.waitSeconds(),
                        record.estimatedWaitSeconds().get(), appQueue.get()));
            }
        }
        return outcomes;
    }

    private static String report(List<Outcome> outcomes, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("## Estimated wait accuracy (").append(SEEDS.length).append(" simulated days, seeds ");
        for (int i = 0; i < SEEDS.length; i++) {
            out.append(i == 0 ? "" : ", ").append(SEEDS[i]);
        }
        out.append(String.format(Locale.ROOT, "; %.0f s to run)%n%n", seconds));
        out.append("| hour joined | answered callers | mean actual wait | console MAE | app_queue MAE | console P90 | "
                + "app_queue P90 | console / app_queue MAE |\n|---|---|---|---|---|---|---|---|\n");
        Map<Integer, List<Outcome>> byHour = new TreeMap<>();
        outcomes.forEach(o -> byHour.computeIfAbsent(o.hour(), h -> new ArrayList<>()).add(o));
        byHour.forEach((hour, list) -> out.append(row("%02d:00".formatted(hour), list)));
        out.append(row("**whole day**", outcomes));
        out.append(String.format(Locale.ROOT, "%nMean signed error (estimate − actual): console %.1f s, app_queue %.1f s%n",
                outcomes.stream().mapToLong(o -> o.console() - o.actual()).average().orElse(0),
                outcomes.stream().mapToLong(o -> o.appQueue() - o.actual()).average().orElse(0)));
        return out.toString();
    }

    private static String row(String label, List<Outcome> list) {
        double[] console = list.stream().mapToDouble(o -> Math.abs(o.console() - o.actual())).sorted().toArray();
        double[] app = list.stream().mapToDouble(o -> Math.abs(o.appQueue() - o.actual())).sorted().toArray();
        double actual = list.stream().mapToLong(Outcome::actual).average().orElse(0);
        double consoleMae = mean(console);
        double appMae = mean(app);
        return String.format(Locale.ROOT, "| %s | %d | %.0f s | %.1f s | %.1f s | %.0f s | %.0f s | %.0f %% |%n",
                label, list.size(), actual, consoleMae, appMae, p90(console), p90(app),
                appMae > 0 ? 100 * consoleMae / appMae : 0);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    private static double p90(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.9 * sorted.length) - 1)];
    }
}
