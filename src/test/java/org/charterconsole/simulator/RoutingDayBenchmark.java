package org.charterconsole.simulator;

import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueFigures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code docs/routing-report.md}: the charter figures of simulated Mondays under each
 * routing choice (equal weights, the shipped weights, plus the console's escalation) and with
 * more staff on the priority services. Run with
 * {@code mvn -Pbenchmark test -Dtest=RoutingDayBenchmark}.
 */
class RoutingDayBenchmark {

    static final String COMMAND = "mvn -Pbenchmark test -Dtest=RoutingDayBenchmark";
    private static final long[] SEEDS = {20261130, 20261201, 20261202};
    private static final List<String> PRIORITY_SKILLS = List.of("elas", "household-support", "adult-social-care",
            "childrens-social-care");

    @Test
    void writes_the_routing_report() throws IOException {
        List<SimulatedAgent> staff = CouncilCatalog.agents();
        List<SimulatedDay.Settings> variants = List.of(
                new SimulatedDay.Settings("A. equal weights (no priority routing), no escalation", false, 0, staff),
                new SimulatedDay.Settings("B. shipped weights (priority 10, standard 0), no escalation", true, 0, staff),
                new SimulatedDay.Settings("C. shipped weights + console escalation at 75 %", true, 0.75, staff),
                new SimulatedDay.Settings("D. as C, + 2 priority-only handlers", true, 0.75, withPriorityHandlers(staff, 2)),
                new SimulatedDay.Settings("E. as C, + 4 priority-only handlers", true, 0.75, withPriorityHandlers(staff, 4)));
        StringBuilder tables = new StringBuilder();
        List<Row> rows = new ArrayList<>();
        for (SimulatedDay.Settings variant : variants) {
            List<SimulatedDay> days = new ArrayList<>();
            for (long seed : SEEDS) {
                days.add(SimulatedDay.play(variant, seed));
            }
            for (PriorityClass priorityClass : PriorityClass.values()) {
                rows.add(Row.of(variant.label(), priorityClass, days));
            }
            long violations = days.stream().mapToLong(day -> day.violations.size()).sum();
            long escalations = days.stream().mapToLong(day -> day.escalations.size()).sum();
            rows.get(rows.size() - 2).notes = "%d standard offered while a priority caller waited for that agent; %d escalations"
                    .formatted(violations, escalations);
            System.out.printf(Locale.ROOT, "%s: %s%n", variant.label(), rows.get(rows.size() - 2).notes);
        }
        tables.append("| routing | class | offered | answered | abandoned | call-back | answer rate | service level "
                + "(target) | mean wait | 95th pct wait |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            tables.append(row.markdown()).append('\n');
            System.out.println(row.markdown());
        }
        tables.append("\n");
        for (Row row : rows) {
            if (row.notes != null) {
                tables.append("- ").append(row.variant, 0, 2).append(' ').append(row.notes).append('\n');
            }
        }
        String report = Files.readString(Path.of("docs/routing-report.md"));
        String begin = "<!-- figures: begin -->";
        String end = "<!-- figures: end -->";
        String generated = begin + "\n_Generated " + LocalDate.now(MutableClock.LONDON) + " by `" + COMMAND
                + "`; seeds " + java.util.Arrays.toString(SEEDS) + ", figures summed over the three days._\n\n"
                + tables + end;
        int from = report.indexOf(begin);
        int to = report.indexOf(end);
        if (from < 0 || to < 0) {
            throw new IllegalStateException("docs/routing-report.md lost its figure markers");
        }
        Files.writeString(Path.of("docs/routing-report.md"), report.substring(0, from) + generated
                + report.substring(to + end.length()));
    }

    /** Handlers who serve the four priority queues only, half early and half late, lunches outside the peak. */
    static List<SimulatedAgent> withPriorityHandlers(List<SimulatedAgent> staff, int extra) {
        List<SimulatedAgent> more = new ArrayList<>(staff);
        for (int i = 0; i < extra; i++) {
            boolean early = i % 2 == 0;
            more.add(new SimulatedAgent("PJSIP/" + (2101 + i), "Extra handler " + (i + 1), PRIORITY_SKILLS,
                    early ? LocalTime.of(8, 0) : LocalTime.of(9, 0), early ? LocalTime.of(16, 0) : LocalTime.of(17, 30),
                    early ? LocalTime.of(11, 15) : LocalTime.of(14, 15)));
        }
        return more;
    }

    private static final class Row {
        final String variant;
        final PriorityClass priorityClass;
        final long offered;
        final long answered;
        final long abandoned;
        final long callbacks;
        final double answerRate;
        final double serviceLevel;
        final double meanWait;
        final long p95Wait;
        String notes;

        private Row(String variant, PriorityClass priorityClass, long offered, long answered, long abandoned,
                    long callbacks, double answerRate, double serviceLevel, double meanWait, long p95Wait) {
            this.variant = variant;
            this.priorityClass = priorityClass;
            this.offered = offered;
            this.answered = answered;
            this.abandoned = abandoned;
            this.callbacks = callbacks;
            this.answerRate = answerRate;
            this.serviceLevel = serviceLevel;
            this.meanWait = meanWait;
            this.p95Wait = p95Wait;
        }

        static Row of(String variant, PriorityClass priorityClass, List<SimulatedDay> days) {
            long offered = 0;
            long answered = 0;
            long abandoned = 0;
            long callbacks = 0;
            long within = 0;
            List<Long> waits = new ArrayList<>();
            for (SimulatedDay day : days) {
                QueueFigures figures = day.figures(priorityClass);
                offered += figures.offered();
                answered += figures.answered();
                abandoned += figures.abandoned();
                callbacks += figures.callbacks();
                within += figures.answeredWithinTarget();
                waits.addAll(day.waits(priorityClass));
            }
            waits.sort(null);
            // The one place that computes the metrics, over the three days' summed counts.
            QueueFigures summed = org.charterconsole.queue.ServiceLevelCalculator.figures(
                    new org.charterconsole.queue.CallTally(priorityClass.name(), offered, answered, abandoned, callbacks,
                            within, 0), 0);
            double mean = waits.stream().mapToLong(Long::longValue).average().orElse(0);
            long p95 = waits.isEmpty() ? 0 : waits.get((int) Math.ceil(0.95 * waits.size()) - 1);
            return new Row(variant, priorityClass, offered, answered, abandoned, callbacks, summed.answerRatePct(),
                    summed.serviceLevelPct(), mean, p95);
        }

        String markdown() {
            String target = priorityClass == PriorityClass.PRIORITY ? "90 %" : "80 %";
            return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.1f %% | **%.1f %%** (%s) | %s | %s |",
                    variant, priorityClass == PriorityClass.PRIORITY ? "priority" : "standard", offered, answered,
                    abandoned, callbacks, answerRate, serviceLevel, target, minutes(Math.round(meanWait)), minutes(p95Wait));
        }

        static String minutes(long seconds) {
            return "%d:%02d".formatted(seconds / 60, seconds % 60);
        }
    }
}
