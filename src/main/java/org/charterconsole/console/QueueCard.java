package org.charterconsole.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.ui.ShownText;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;

import java.time.Clock;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One queue on the console: its class and target, its agents, and its first callers in position order with
 * a count of the rest, which a handler can open. Showing a bounded number of rows keeps each push small
 * however long the queue grows.
 */
class QueueCard extends Div {

    /** Callers shown before "+N more waiting". */
    static final int SHOWN_CALLERS = 12;

    private final Span summary = new Span();
    private final CallerList callers;
    private final Span none = new Span("No one waiting");
    private final Button more = new Button();
    private boolean expanded;
    private LiveQueue queue;
    private Summary shownSummary;

    QueueCard(LiveQueue queue, Clock clock) {
        this(queue, clock, null);
    }

    /** @param raise a team leader's "Raise" on a caller behind the head (queue, unique id); null for everyone else */
    QueueCard(LiveQueue queue, Clock clock, BiConsumer<String, String> raise) {
        this.callers = new CallerList(clock,
                raise == null ? null : uniqueId -> raise.accept(queue.name(), uniqueId));
        addClassName("queue-card");
        getElement().setAttribute("data-queue", queue.name());
        H3 title = new H3(queue.service());
        title.addClassName("queue-title");
        Span target = new Span(targetText(queue));
        target.addClassNames("queue-target", queue.priorityClass() == PriorityClass.PRIORITY ? "priority" : "standard");
        summary.addClassName("queue-summary");
        callers.addClassName("queue-callers");
        none.addClassName("queue-empty");
        more.addClassName("queue-more");
        more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> {
            expanded = !expanded;
            show(this.queue);
        });
        more.setVisible(false);
        add(new Div(title, target), summary, none, callers, more);
        show(queue);
    }

    /** Shows the queue's first callers; a push carries only what changed. */
    void show(LiveQueue queue) {
        this.queue = queue;
        LiveQueue.AgentCounts agents = queue.agents();
        List<WaitingCaller> waiting = queue.waiting();
        Summary counts = new Summary(waiting.size(), agents);
        if (!counts.equals(shownSummary)) {
            shownSummary = counts;
            ShownText.set(summary, counts.text());
        }
        int visible = expanded ? waiting.size() : Math.min(SHOWN_CALLERS, waiting.size());
        callers.show(waiting.subList(0, visible), queue.answerWithinSeconds());
        if (none.isVisible() != (visible == 0)) {
            none.setVisible(visible == 0);
        }
        showMore(waiting.size() - visible);
    }

    private void showMore(int hidden) {
        boolean visible = expanded || hidden > 0;
        if (visible) {
            ShownText.set(more, expanded ? "Show the first %d only".formatted(SHOWN_CALLERS)
                    : "+%d more waiting".formatted(hidden));
        }
        if (more.isVisible() != visible) {
            more.setVisible(visible);
        }
        if (expanded && queue.waiting().size() <= SHOWN_CALLERS) {
            expanded = false;
            more.setVisible(false);
        }
    }

    /** Recolours waits that crossed a threshold; the browser counts the waits themselves. */
    void tick() {
        callers.recolour(queue.answerWithinSeconds());
    }

    LiveQueue queue() {
        return queue;
    }

    /** The counts the summary line shows; its text is made only when they change, as most pushes leave them. */
    private record Summary(int waiting, LiveQueue.AgentCounts agents) {
        String text() {
            return "%d waiting · agents %d available, %d busy, %d paused"
                    .formatted(waiting, agents.available(), agents.busy(), agents.paused());
        }
    }

    private static String targetText(LiveQueue queue) {
        String cls = queue.priorityClass() == PriorityClass.PRIORITY ? "Priority" : "Standard";
        return "%s · answer within %s · %d%% target".formatted(cls, WaitFormat.of(queue.answerWithinSeconds()),
                queue.answeredTargetPercent());
    }
}
