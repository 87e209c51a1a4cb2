package org.charterconsole.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import org.charterconsole.base.time.SimulatedClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A wait that the browser keeps counting ({@code <wait-clock>}, scripts/wait-clock.js): up from when a caller
 * joined, or down to when they are expected to be answered. The server sends the moment once, with its own
 * now and how fast its clock runs (the simulator's may run faster), and the text as it stands; the browser
 * moves the text on every second, so a ticking wait costs no push. Reads as 0:42, 4:05, 1:02:10.
 */
@Tag("wait-clock")
@JavaScript("context://scripts/wait-clock.js")
public class WaitClock extends Component implements HasStyle, HasText {

    private Instant since;
    private Instant until;

    /** Counts up from {@code since}; does nothing while it already does. */
    public void countUpFrom(Instant since, Clock clock) {
        if (since.equals(this.since) && until == null) {
            return;
        }
        this.since = since;
        this.until = null;
        getElement().removeAttribute("until");
        getElement().setAttribute("since", String.valueOf(since.toEpochMilli()));
        anchor(clock);
        ShownText.set(this, format(Duration.between(since, clock.instant()).toSeconds()));
    }

    /**
     * Counts down to {@code until}, never below 0:00, as {@code prefix} and the time left; while at least
     * {@code limitSeconds} are left it shows {@code limitText} instead. Does nothing while it already does.
     */
    public void countDownTo(Instant until, Clock clock, String prefix, long limitSeconds, String limitText) {
        if (until.equals(this.until) && since == null) {
            return;
        }
        this.until = until;
        this.since = null;
        getElement().removeAttribute("since");
        getElement().setAttribute("until", String.valueOf(until.toEpochMilli()));
        setAttribute("prefix", prefix);
        setAttribute("limit", String.valueOf(limitSeconds));
        setAttribute("limit-text", limitText);
        anchor(clock);
        long left = Math.max(0, Duration.between(clock.instant(), until).toSeconds());
        ShownText.set(this, left >= limitSeconds ? limitText : prefix + format(left));
    }

    /** Stops counting and shows {@code text}. */
    public void stop(String text) {
        since = null;
        until = null;
        getElement().removeAttribute("since");
        getElement().removeAttribute("until");
        ShownText.set(this, text);
    }

    /** The server's now when the text was set, and its rate against real time, for the browser to carry on from. */
    private void anchor(Clock clock) {
        getElement().setAttribute("now", String.valueOf(clock.millis()));
        double rate = clock instanceof SimulatedClock simulated ? simulated.timeScale() : 1;
        if (rate != 1) {
            setAttribute("rate", String.valueOf(rate));
        }
    }

    private void setAttribute(String name, String value) {
        if (!value.equals(getElement().getAttribute(name))) {
            getElement().setAttribute(name, value);
        }
    }

    /** The moment counted from or to, if counting. */
    public Instant counting() {
        return since != null ? since : until;
    }

    public static String format(long seconds) {
        long s = Math.max(0, seconds);
        if (s >= 3600) {
            return "%d:%02d:%02d".formatted(s / 3600, (s % 3600) / 60, s % 60);
        }
        return "%d:%02d".formatted(s / 60, s % 60);
    }
}
