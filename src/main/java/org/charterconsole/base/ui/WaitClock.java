package org.charterconsole.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.JavaScript;
import org.charterconsole.base.time.SimulatedClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A wait that the browser keeps counting ({@code <wait-clock>}, scripts/wait-clock.js): up from when a caller
 * joined or an agent's state began, or the time of day. (The script also counts down to an {@code until};
 * the console's caller rows draw those in the browser.) The server sends the moment once and the text as
 * it stands; the browser moves the text on every second, so a ticking wait costs no push. Once per page the
 * server also sends its clock's now and how fast it runs (the simulator's may run faster), which every clock
 * on the page counts from. Reads as 0:42, 4:05, 1:02:10.
 */
@Tag("wait-clock")
@JavaScript("context://scripts/wait-clock.js")
public class WaitClock extends Component implements HasStyle, HasText {

    private static final String ANCHORED = WaitClock.class.getName() + ".anchored";
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Instant since;
    private Clock clock;

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (clock != null) {
            anchorPage(attachEvent.getUI(), clock);
        }
    }

    /** Counts up from {@code since}; does nothing while it already does. */
    public void countUpFrom(Instant since, Clock clock) {
        if (since.equals(this.since)) {
            return;
        }
        this.since = since;
        getElement().setAttribute("since", String.valueOf(since.toEpochMilli()));
        anchor(clock);
        ShownText.set(this, format(Duration.between(since, clock.instant()).toSeconds()));
    }

    /** Shows the time of day in {@code zone} (13:05:09) by the server's clock, moved on by the browser. */
    public void showTimeOfDay(Clock clock, ZoneId zone) {
        since = null;
        getElement().setAttribute("time-zone", zone.getId());
        anchor(clock);
        ShownText.set(this, TIME_OF_DAY.format(clock.instant().atZone(zone)));
    }

    /** Stops counting and shows {@code text}. */
    public void stop(String text) {
        since = null;
        getElement().removeAttribute("since");
        ShownText.set(this, text);
    }

    private void anchor(Clock clock) {
        this.clock = clock;
        getUI().ifPresent(ui -> anchorPage(ui, clock));
    }

    /**
     * Sends the server clock's now and its rate against real time, once per page, for every clock on it to
     * count from; for components that draw {@code <wait-clock>}s in the browser themselves.
     */
    public static void anchorPage(UI ui, Clock clock) {
        if (ComponentUtil.getData(ui, ANCHORED) != null) {
            return;
        }
        ComponentUtil.setData(ui, ANCHORED, Boolean.TRUE);
        double rate = clock instanceof SimulatedClock simulated ? simulated.timeScale() : 1;
        ui.getPage().executeJs("window.waitClockAnchor = {now: $0, rate: $1, at: performance.now()};",
                (double) clock.millis(), rate);
    }

    /** 0:42, 4:05, 1:02:10; without String.format, which is slow for a text set this often. */
    public static String format(long seconds) {
        long s = Math.max(0, seconds);
        StringBuilder text = new StringBuilder(8);
        if (s >= 3600) {
            text.append(s / 3600).append(':');
            twoDigits(text, (s % 3600) / 60);
        } else {
            text.append(s / 60);
        }
        text.append(':');
        twoDigits(text, s % 60);
        return text.toString();
    }

    private static void twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }
}
