package org.charterconsole.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import elemental.json.JsonString;
import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.WaitEstimator;
import org.charterconsole.queue.WaitingCaller;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A queue card's callers in position order, sent to the browser as one value ({@code <caller-list>},
 * scripts/caller-list.js, which draws a row per caller and counts their waits on). When the head is answered
 * everyone behind moves up a row; sending the list whole makes that one change, where a row per caller made
 * it seven or eight per row. What a row says (the masked number, the colour, whether it can be raised) is
 * decided here; the browser only draws it. Nothing is sent unless a row changed.
 */
@Tag("caller-list")
@JavaScript("context://scripts/wait-clock.js")
@JavaScript("context://scripts/caller-list.js")
final class CallerList extends Component implements HasStyle {

    /** Smaller changes of a caller's estimate are not worth a push: the estimate is good to about 15 s. */
    static final long ESTIMATE_STEADY_SECONDS = 5;
    static final String CALLERS = "callers";
    /** The epoch second that rows count their times from, fixed when the list is made. */
    static final String EPOCH = "epoch";
    /** A masked number is sent with this in place of {@link CallerNumbers#MIDDLE}, which the browser puts back. */
    static final String MIDDLE_SENT = "*";
    /** The attribute that tells the browser what {@link #MIDDLE_SENT} stands for. */
    static final String MASK_MIDDLE = "mask-middle";
    /** A "Raise" click names the caller its row showed, so it acts on them even if the queue moved since. */
    static final String RAISED_CALLER = "event.detail.uniqueId";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final boolean canRaise;
    private final long epochSecond;
    private List<ShownCaller> shown = List.of();

    /**
     * @param raise a team leader's "Raise" on a caller behind the head, by unique id (null if the click named
     *              none); null for everyone else
     */
    CallerList(Clock clock, Consumer<String> raise) {
        this.clock = clock;
        this.canRaise = raise != null;
        this.epochSecond = clock.instant().getEpochSecond();
        getElement().setAttribute(EPOCH, String.valueOf(epochSecond));
        getElement().setAttribute(MASK_MIDDLE, CallerNumbers.MIDDLE);
        getElement().setAttribute("estimate-prefix", "est. ");
        getElement().setAttribute("estimate-limit", String.valueOf(WaitEstimator.MAX_SECONDS));
        getElement().setAttribute("estimate-limit-text", WaitFormat.estimate(WaitEstimator.MAX_SECONDS));
        if (raise != null) {
            getElement().addEventListener("caller-raise", click -> raise.accept(
                            click.getEventData().get(RAISED_CALLER) instanceof JsonString named ? named.getString() : null))
                    .addEventData(RAISED_CALLER);
        }
        getElement().setAttribute(CALLERS, "[]");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        WaitClock.anchorPage(attachEvent.getUI(), clock);
    }

    /** Shows these callers, in this order; sends the list only if a row changed. */
    void show(List<WaitingCaller> callers, int targetSeconds) {
        Map<String, ShownCaller> before = shown.stream()
                .collect(Collectors.toMap(ShownCaller::uniqueId, row -> row, (a, b) -> a));
        List<ShownCaller> next = new ArrayList<>(callers.size());
        for (WaitingCaller caller : callers) {
            next.add(row(caller, before.get(caller.uniqueId()), targetSeconds));
        }
        send(next);
    }

    /** Recolours waits that crossed a threshold; the browser counts the waits themselves. */
    void recolour(int targetSeconds) {
        List<ShownCaller> next = shown.stream()
                .map(row -> row.withUrgency(urgency(Instant.ofEpochMilli(row.since()), targetSeconds))).toList();
        send(next);
    }

    private ShownCaller row(WaitingCaller caller, ShownCaller before, int targetSeconds) {
        Long until = caller.expectedAnswerAt()
                .map(at -> at.getEpochSecond() * 1000)
                .map(at -> before != null && before.until() != null && steady(before.until(), at) ? before.until() : at)
                .orElse(null);
        // The same caller keeps the same number, so it is masked once, when the caller is first shown.
        String number = before != null ? before.number() : CallerNumbers.mask(caller.callerNumber());
        return new ShownCaller(caller.uniqueId(), caller.position(), number,
                caller.joinedAt().toEpochMilli(), until, caller.priority(),
                urgency(caller.joinedAt(), targetSeconds), canRaise && caller.position() > 1);
    }

    /** Each re-estimate moves the expected answer a little; within a few seconds the row keeps the one shown. */
    private static boolean steady(long shownMillis, long nextMillis) {
        return Math.abs(nextMillis - shownMillis) < ESTIMATE_STEADY_SECONDS * 1000;
    }

    private String urgency(Instant joinedAt, int targetSeconds) {
        return WaitFormat.urgency(Duration.between(joinedAt, clock.instant()).toSeconds(), targetSeconds);
    }

    private void send(List<ShownCaller> next) {
        if (next.equals(shown)) {
            return;
        }
        shown = List.copyOf(next);
        try {
            getElement().setAttribute(CALLERS, JSON.writeValueAsString(shown.stream().map(this::sent).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A row as sent: an array, not an object, with times as seconds from the list's {@link #EPOCH}, the mask's
     * middle as {@link #MIDDLE_SENT} and raisable as 1 or 0. Vaadin 24.9 writes out every character of a value
     * it sends one at a time ({@code JsonUtil.quote}), the largest part of the garbage a busy console makes.
     * Field names doubled a console push; epoch milliseconds, {@code true}/{@code false} and the mask's dots (not
     * Latin-1, so every string they are copied into takes two bytes a character) made it 40 % longer again.
     * Since is rounded up: counted from the server's whole second, as the browser counts, the wait shown is then
     * the whole seconds waited.
     */
    private Object[] sent(ShownCaller row) {
        long since = Math.floorDiv(row.since() + 999, 1000) - epochSecond;
        Long until = row.until() == null ? null : Math.floorDiv(row.until(), 1000) - epochSecond;
        return new Object[]{row.uniqueId(), row.position(), row.number().replace(CallerNumbers.MIDDLE, MIDDLE_SENT),
                since, until, row.priority(), row.urgency(), row.raisable() ? 1 : 0};
    }

    /**
     * One row as the browser draws it: the caller's place, masked number, when they joined and when they are
     * expected to be answered (epoch ms, counted on by the browser), their raised priority, the colour of their
     * wait against the queue's target ({@link WaitFormat#urgency}) and whether this user may raise them.
     * Sent in this order as {@link #sent}.
     */
    record ShownCaller(String uniqueId, int position, String number, long since, Long until, int priority,
                       String urgency, boolean raisable) {

        ShownCaller withUrgency(String next) {
            return next.equals(urgency) ? this
                    : new ShownCaller(uniqueId, position, number, since, until, priority, next, raisable);
        }
    }
}
