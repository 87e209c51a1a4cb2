package org.charterconsole.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One queue on the console: its class and target, its agents, and its callers in position order. */
class QueueCard extends Div {

    private final Clock clock;
    /** A team leader's "Raise" on each caller behind the head; null for everyone else. */
    private final Consumer<WaitingCaller> raise;
    private final Span summary = new Span();
    private final Div callers = new Div();
    private final Span none = new Span("No one waiting");
    private Map<String, CallerRow> rows = new LinkedHashMap<>();
    private LiveQueue queue;

    QueueCard(LiveQueue queue, Clock clock) {
        this(queue, clock, null);
    }

    QueueCard(LiveQueue queue, Clock clock, Consumer<WaitingCaller> raise) {
        this.clock = clock;
        this.raise = raise;
        addClassName("queue-card");
        getElement().setAttribute("data-queue", queue.name());
        H3 title = new H3(queue.service());
        title.addClassName("queue-title");
        Span target = new Span(targetText(queue));
        target.addClassNames("queue-target", queue.priorityClass() == PriorityClass.PRIORITY ? "priority" : "standard");
        summary.addClassName("queue-summary");
        callers.addClassName("queue-callers");
        none.addClassName("queue-empty");
        add(new Div(title, target), summary, callers);
        show(queue);
    }

    /** Keeps the rows of callers still waiting and changes only what moved: a push touches few elements. */
    void show(LiveQueue queue) {
        this.queue = queue;
        LiveQueue.AgentCounts agents = queue.agents();
        String summaryText = "%d waiting · agents %d available, %d busy, %d paused"
                .formatted(queue.waiting().size(), agents.available(), agents.busy(), agents.paused());
        if (!summaryText.equals(summary.getText())) {
            summary.setText(summaryText);
        }
        Map<String, CallerRow> previous = rows;
        rows = new LinkedHashMap<>();
        for (WaitingCaller caller : queue.waiting()) {
            CallerRow row = previous.get(caller.uniqueId());
            if (row == null) {
                row = new CallerRow(caller);
            } else {
                row.show(caller);
            }
            rows.put(caller.uniqueId(), row);
        }
        if (!List.copyOf(rows.keySet()).equals(List.copyOf(previous.keySet())) || callers.getComponentCount() == 0) {
            callers.removeAll();
            if (rows.isEmpty()) {
                callers.add(none);
            }
            rows.values().forEach(callers::add);
        }
        tick();
    }

    /** Moves every shown wait on to the clock's now. */
    void tick() {
        rows.values().forEach(row -> row.wait.refresh());
    }

    LiveQueue queue() {
        return queue;
    }

    private final class CallerRow extends Div {
        private final Span position = new Span();
        private final Span raised = new Span();
        private final WaitCell wait = new WaitCell(this);
        private final Button raiseButton = new Button("Raise");

        private CallerRow(WaitingCaller caller) {
            position.addClassName("caller-position");
            Span number = new Span(CallerNumbers.mask(caller.callerNumber()));
            number.addClassName("caller-number");
            Span service = new Span(queue.service());
            service.addClassName("caller-service");
            raised.addClassName("caller-priority");
            raiseButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            raiseButton.addClassName("caller-raise");
            raiseButton.getElement().setAttribute("title", "Raise this caller's priority: ahead of callers at its priority");
            raiseButton.addClickListener(click -> raise.accept(wait.caller));
            add(position, number, service, wait, wait.estimate);
            addClassName("caller-row");
            getElement().setAttribute("data-unique-id", caller.uniqueId());
            show(caller);
        }

        private void show(WaitingCaller caller) {
            wait.caller = caller;
            String shownPosition = String.valueOf(caller.position());
            if (!shownPosition.equals(position.getText())) {
                position.setText(shownPosition);
            }
            if (caller.priority() > 0) {
                String priority = "priority " + caller.priority();
                if (!priority.equals(raised.getText())) {
                    raised.setText(priority);
                }
                if (raised.getParent().isEmpty()) {
                    add(raised);
                }
            } else if (raised.getParent().isPresent()) {
                remove(raised);
            }
            boolean canRaise = raise != null && caller.position() > 1;
            if (canRaise && raiseButton.getParent().isEmpty()) {
                add(raiseButton);
            } else if (!canRaise && raiseButton.getParent().isPresent()) {
                remove(raiseButton);
            }
        }
    }

    private static String targetText(LiveQueue queue) {
        String cls = queue.priorityClass() == PriorityClass.PRIORITY ? "Priority" : "Standard";
        return "%s · answer within %s · %d%% target".formatted(cls, WaitFormat.of(queue.answerWithinSeconds()),
                queue.answeredTargetPercent());
    }

    /** The ticking wait, and beside it how much longer the caller is expected to wait. */
    private final class WaitCell extends Span {
        private final Div row;
        private final Span estimate = new Span();
        private WaitingCaller caller;

        private WaitCell(Div row) {
            this.row = row;
            addClassName("caller-wait");
            estimate.addClassName("caller-estimate");
        }

        private void refresh() {
            long seconds = caller.waitSeconds(clock);
            String shown = WaitFormat.of(seconds);
            if (!shown.equals(getText())) {
                setText(shown);
            }
            String urgency = WaitFormat.urgency(seconds, queue.answerWithinSeconds());
            getElement().setAttribute("data-urgency", urgency);
            row.getElement().setAttribute("data-urgency", urgency);
            String estimated = caller.estimatedRemainingSeconds(clock).map(WaitFormat::estimate).orElse("");
            if (!estimated.equals(estimate.getText())) {
                estimate.setText(estimated);
            }
        }
    }
}
