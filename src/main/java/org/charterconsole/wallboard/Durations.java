package org.charterconsole.wallboard;

import org.charterconsole.base.ui.WaitClock;

import java.util.Locale;

/** Numbers as the wallboard writes them: 4:05, 1:02:10, 87%. */
final class Durations {

    private Durations() {
    }

    static String minutesSeconds(long seconds) {
        return WaitClock.format(seconds);
    }

    static String percent(double pct) {
        return String.format(Locale.ROOT, "%.0f%%", Math.floor(pct));
    }
}
