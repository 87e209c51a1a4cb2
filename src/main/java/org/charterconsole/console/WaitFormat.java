package org.charterconsole.console;

import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.WaitEstimator;

/** Waits as people read them on a console: 0:42, 4:05, 1:02:10. */
final class WaitFormat {

    private WaitFormat() {
    }

    static String of(long seconds) {
        return WaitClock.format(seconds);
    }

    /** A caller's estimated wait still to come: "est. 2:05"; an hour or more is open-ended. */
    static String estimate(long remainingSeconds) {
        return remainingSeconds >= WaitEstimator.MAX_SECONDS ? "est. over 1 h" : "est. " + of(remainingSeconds);
    }

    /** How close a wait is to its target, for colouring: ok below 75 %, near below 100 %, over after. */
    static String urgency(long waitSeconds, int targetSeconds) {
        if (targetSeconds <= 0) {
            return "ok";
        }
        if (waitSeconds >= targetSeconds) {
            return "over";
        }
        return waitSeconds * 4 >= targetSeconds * 3L ? "near" : "ok";
    }
}
