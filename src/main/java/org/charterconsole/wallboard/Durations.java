package org.charterconsole.wallboard;

import java.util.Locale;

/** Numbers as the wallboard writes them: 4:05, 1:02:10, 87%. */
final class Durations {

    private Durations() {
    }

    static String minutesSeconds(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= 3600) {
            return "%d:%02d:%02d".formatted(s / 3600, (s % 3600) / 60, s % 60);
        }
        return "%d:%02d".formatted(s / 60, s % 60);
    }

    static String percent(double pct) {
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(pct));
    }
}
