package org.charterconsole.estimate;

import org.charterconsole.estimate.EstimateAccuracyBenchmark.Outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The accuracy benchmark's tables: per hour joined, and the signed error (estimate − actual) broken
 * down by position on joining, by queue and by whether staffing changed during the wait, which is
 * where an estimate's error comes from rather than only how large it is.
 */
final class EstimateAccuracyReport {

    private static final String HEADER = "| %s | answered callers | mean actual wait | console MAE | app_queue MAE | "
            + "console P90 | app_queue P90 | console / app_queue MAE | console mean signed | app_queue mean signed |\n"
            + "|---|---|---|---|---|---|---|---|---|---|\n";

    private EstimateAccuracyReport() {
    }

    static String day(long seed, List<Outcome> outcomes, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "## Seed %d (%.0f s to run)%n%n", seed, seconds));
        out.append(table("hour joined", outcomes, o -> "%02d:00".formatted(o.hour())));
        out.append(worstHour(outcomes)).append('\n');
        out.append(table("position on joining", outcomes, EstimateAccuracyReport::positionBand));
        out.append(table("queue", outcomes, Outcome::queue));
        out.append(table("staffing changed while waiting", outcomes, o -> o.staffingChanged() ? "yes" : "no"));
        return out.toString();
    }

    static String summary(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("## All seeds\n\n");
        out.append(table("seed", outcomes, o -> String.valueOf(o.seed())));
        return out.toString();
    }

    static String csv(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder("seed,joined,hour,queue,position,staffing_changed,actual,console,app_queue\n");
        for (Outcome o : outcomes) {
            out.append(String.format(Locale.ROOT, "%d,%s,%d,%s,%d,%b,%d,%d,%d%n", o.seed(), o.joined(), o.hour(), o.queue(),
                    o.position(), o.staffingChanged(), o.actual(), o.console(), o.appQueue()));
        }
        return out.toString();
    }

    private static String positionBand(Outcome outcome) {
        int position = outcome.position();
        return position <= 1 ? "1" : position <= 3 ? "2–3" : position <= 6 ? "4–6" : "7+";
    }

    private static String table(String label, List<Outcome> outcomes, Function<Outcome, String> group) {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(group.apply(o), g -> new ArrayList<>()).add(o));
        StringBuilder out = new StringBuilder(HEADER.formatted(label));
        groups.forEach((name, list) -> out.append(row(name, list)));
        out.append(row("**all**", outcomes)).append('\n');
        return out.toString();
    }

    /** The hour where the console comes closest to (or beyond) app_queue. */
    private static String worstHour(List<Outcome> outcomes) {
        Map<Integer, List<Outcome>> byHour = new LinkedHashMap<>();
        outcomes.forEach(o -> byHour.computeIfAbsent(o.hour(), h -> new ArrayList<>()).add(o));
        int worst = -1;
        double worstRatio = -1;
        for (Map.Entry<Integer, List<Outcome>> hour : byHour.entrySet()) {
            double ratio = ratio(hour.getValue());
            if (ratio > worstRatio) {
                worstRatio = ratio;
                worst = hour.getKey();
            }
        }
        return String.format(Locale.ROOT, "Worst hour: %02d:00 at %.0f %% of app_queue's MAE; whole day %.0f %%.%n",
                worst, 100 * worstRatio, 100 * ratio(outcomes));
    }

    private static double ratio(List<Outcome> list) {
        double app = mean(absolute(list, Outcome::appQueue));
        return app > 0 ? mean(absolute(list, Outcome::console)) / app : 0;
    }

    private static String row(String label, List<Outcome> list) {
        double[] console = absolute(list, Outcome::console);
        double[] app = absolute(list, Outcome::appQueue);
        double actual = list.stream().mapToLong(Outcome::actual).average().orElse(0);
        double consoleMae = mean(console);
        double appMae = mean(app);
        return String.format(Locale.ROOT, "| %s | %d | %.0f s | %.1f s | %.1f s | %.0f s | %.0f s | %.0f %% | %+.1f s | %+.1f s |%n",
                label, list.size(), actual, consoleMae, appMae, p90(console), p90(app),
                appMae > 0 ? 100 * consoleMae / appMae : 0,
                list.stream().mapToLong(o -> o.console() - o.actual()).average().orElse(0),
                list.stream().mapToLong(o -> o.appQueue() - o.actual()).average().orElse(0));
    }

    private static double[] absolute(List<Outcome> list, Function<Outcome, Long> estimate) {
        return list.stream().mapToDouble(o -> Math.abs(estimate.apply(o) - o.actual())).sorted().toArray();
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
