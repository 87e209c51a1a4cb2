package org.charterconsole.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.base.ui.ShownText;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.WaitEstimator;
import org.charterconsole.queue.WaitingCaller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One place in a queue card's list: the caller at that place now. A row stays in the page for good (hidden
 * while its place is empty) and only its texts change as callers move up, so a push never re-sends a whole
 * row; the browser counts the waits on by itself and the server changes a row only when its caller changes
 * or the wait crosses a colour threshold. "Raise" acts on the caller the browser showed when it was clicked.
 */
final class CallerRow extends Div {

    /** Smaller changes of a caller's estimate are not worth a push: the estimate is good to about 15 s. */
    static final long ESTIMATE_STEADY_SECONDS = 5;
    /** The caller the row showed in the browser when "Raise" was clicked. */
    static final String SHOWN_CALLER = "element.parentElement.getAttribute('data-unique-id')";

    private final Clock clock;
    private final Span position = new Span();
    private final Span number = new Span();
    private final Span raised = new Span();
    private final WaitClock wait = new WaitClock();
    private final WaitClock estimate = new WaitClock();
    private final Button raiseButton = new Button("Raise");
    /** A team leader's "Raise" on each caller behind the head, by unique id; null for everyone else. */
    private final Consumer<String> raise;
    private WaitingCaller caller;
    private String urgency;

    CallerRow(String service, Clock clock, Consumer<String> raise) {
        this.clock = clock;
        this.raise = raise;
        position.addClassName("caller-position");
        number.addClassName("caller-number");
        Span serviceName = new Span(service);
        serviceName.addClassName("caller-service");
        wait.addClassName("caller-wait");
        estimate.addClassName("caller-estimate");
        raised.addClassName("caller-priority");
        raiseButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        raiseButton.addClassName("caller-raise");
        raiseButton.getElement().setAttribute("title",
                "Raise this caller's priority: ahead of callers at its priority");
        raiseButton.getElement()
                .addEventListener("click", click -> raise.accept(click.getEventData().getString(SHOWN_CALLER)))
                .addEventData(SHOWN_CALLER);
        raised.setVisible(false);
        raiseButton.setVisible(false);
        add(position, number, serviceName, wait, estimate, raised);
        if (raise != null) {
            add(raiseButton);
        }
        addClassName("caller-row");
    }

    WaitingCaller caller() {
        return caller;
    }

    /** Shows this caller, or what changed about them since the last call. */
    void show(WaitingCaller next, int targetSeconds) {
        boolean sameCaller = caller != null && caller.uniqueId().equals(next.uniqueId());
        caller = next;
        if (!sameCaller) {
            getElement().setAttribute("data-unique-id", next.uniqueId());
            ShownText.set(number, CallerNumbers.mask(next.callerNumber()));
            wait.countUpFrom(next.joinedAt(), clock);
        }
        setText(position, String.valueOf(next.position()));
        showEstimate(next.expectedAnswerAt(), sameCaller);
        showPriority(next.priority());
        boolean canRaise = raise != null && next.position() > 1;
        if (raiseButton.isVisible() != canRaise) {
            raiseButton.setVisible(canRaise);
        }
        recolour(targetSeconds);
    }

    /** Colours the row by how close its wait is to the target; sends nothing unless the colour changes. */
    void recolour(int targetSeconds) {
        String now = WaitFormat.urgency(caller.waitSeconds(clock), targetSeconds);
        if (!now.equals(urgency)) {
            urgency = now;
            wait.getElement().setAttribute("data-urgency", now);
            getElement().setAttribute("data-urgency", now);
        }
    }

    /**
     * Each re-estimate moves the expected answer a little; within {@link #ESTIMATE_STEADY_SECONDS} of the one
     * shown, the row keeps counting down to the one shown and nothing is sent.
     */
    private void showEstimate(Optional<Instant> expectedAnswerAt, boolean sameCaller) {
        if (expectedAnswerAt.isEmpty()) {
            estimate.stop("");
            return;
        }
        Instant at = Instant.ofEpochSecond(expectedAnswerAt.get().getEpochSecond());
        Instant shown = estimate.counting();
        boolean steady = shown != null && Math.abs(Duration.between(shown, at).toSeconds()) < ESTIMATE_STEADY_SECONDS;
        if (sameCaller && steady) {
            return;
        }
        estimate.countDownTo(at, clock, "est. ", WaitEstimator.MAX_SECONDS,
                WaitFormat.estimate(WaitEstimator.MAX_SECONDS));
    }

    private void showPriority(int priority) {
        if (priority > 0) {
            setText(raised, "priority " + priority);
        }
        if (raised.isVisible() != priority > 0) {
            raised.setVisible(priority > 0);
        }
    }

    private static void setText(Span span, String text) {
        ShownText.set(span, text);
    }
}
