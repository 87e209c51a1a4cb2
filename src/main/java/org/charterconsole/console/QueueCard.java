package org.charterconsole.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.privacy.CallerNumbers;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** One queue on the console: its class and target, its agents, and its callers in position order. */
class QueueCard extends Div {

    private final Clock clock;
    private final Span summary = new Span();
    private final Div callers = new Div();
    private final List<WaitCell> waits = new ArrayList<>();
    private LiveQueue queue;

    QueueCard(LiveQueue queue, Clock clock) {
        this.clock = clock;
        addClassName("queue-card");
        getElement().setAttribute("data-queue", queue.name());
        H3 title = new H3(queue.service());
        title.addClassName("queue-title");
        Span target = new Span(targetText(queue));
        target.addClassNames("queue-target", queue.priorityClass() == PriorityClass.PRIORITY ? "priority" : "standard");
        summary.addClassName("queue-summary");
        callers.addClassName("queue-callers");
        add(new Div(title, target), summary, callers);
        show(queue);
    }

    void show(LiveQueue queue) {
        this.queue = queue;
        LiveQueue.AgentCounts agents = queue.agents();
        summary.setText("%d waiting · agents %d available, %d busy, %d paused"
                .formatted(queue.waiting().size(), agents.available(), agents.busy(), agents.paused()));
        callers.removeAll();
        waits.clear();
        if (queue.waiting().isEmpty()) {
            Span none = new Span("No one waiting");
            none.addClassName("queue-empty");
            callers.add(none);
        }
        for (WaitingCaller caller : queue.waiting()) {
            callers.add(row(caller));
        }
        tick();
    }

    /** Moves every shown wait on to the clock's now. */
    void tick() {
        waits.forEach(WaitCell::refresh);
    }

    LiveQueue queue() {
        return queue;
    }

    private Div row(WaitingCaller caller) {
        Span position = new Span(String.valueOf(caller.position()));
        position.addClassName("caller-position");
        Span number = new Span(CallerNumbers.mask(caller.callerNumber()));
        number.addClassName("caller-number");
        Span service = new Span(queue.service());
        service.addClassName("caller-service");
        Div row = new Div(position, number, service);
        WaitCell wait = new WaitCell(caller, row);
        waits.add(wait);
        row.add(wait);
        if (caller.priority() > 0) {
            Span raised = new Span("priority " + caller.priority());
            raised.addClassName("caller-priority");
            row.add(raised);
        }
        row.addClassName("caller-row");
        row.getElement().setAttribute("data-unique-id", caller.uniqueId());
        return row;
    }

    private static String targetText(LiveQueue queue) {
        String cls = queue.priorityClass() == PriorityClass.PRIORITY ? "Priority" : "Standard";
        return "%s · answer within %s · %d%% target".formatted(cls, WaitFormat.of(queue.answerWithinSeconds()),
                queue.answeredTargetPercent());
    }

    private final class WaitCell extends Span {
        private final WaitingCaller caller;
        private final Div row;

        private WaitCell(WaitingCaller caller, Div row) {
            this.caller = caller;
            this.row = row;
            addClassName("caller-wait");
        }

        private void refresh() {
            long seconds = caller.waitSeconds(clock);
            setText(WaitFormat.of(seconds));
            String urgency = WaitFormat.urgency(seconds, queue.answerWithinSeconds());
            getElement().setAttribute("data-urgency", urgency);
            row.getElement().setAttribute("data-urgency", urgency);
        }
    }
}
