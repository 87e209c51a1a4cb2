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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One queue on the console: its class and target, its agents, and its first callers in position order with
 * a count of the rest, which a handler can open. Showing a bounded number of rows keeps each push small
 * however long the queue grows.
 */
class QueueCard extends Div {

    /** Callers shown before "+N more waiting". */
    static final int SHOWN_CALLERS = 12;

    private final Clock clock;
    private final Consumer<String> raise;
    private final Span summary = new Span();
    private final Div callers = new Div();
    private final Span none = new Span("No one waiting");
    private final Button more = new Button();
    /** One row per place in the list, kept for good; rows past the callers shown are hidden. */
    private final List<CallerRow> places = new ArrayList<>();
    private int shown;
    private boolean expanded;
    private LiveQueue queue;

    QueueCard(LiveQueue queue, Clock clock) {
        this(queue, clock, null);
    }

    /** @param raise a team leader's "Raise" on a caller behind the head (queue, unique id); null for everyone else */
    QueueCard(LiveQueue queue, Clock clock, BiConsumer<String, String> raise) {
        this.clock = clock;
        this.raise = raise == null ? null : uniqueId -> raise.accept(queue.name(), uniqueId);
        addClassName("queue-card");
        getElement().setAttribute("data-queue", queue.name());
        H3 title = new H3(queue.service());
        title.addClassName("queue-title");
        Span target = new Span(targetText(queue));
        target.addClassNames("queue-target", queue.priorityClass() == PriorityClass.PRIORITY ? "priority" : "standard");
        summary.addClassName("queue-summary");
        callers.addClassName("queue-callers");
        none.addClassName("queue-empty");
        callers.add(none);
        more.addClassName("queue-more");
        more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(click -> {
            expanded = !expanded;
            show(this.queue);
        });
        more.setVisible(false);
        add(new Div(title, target), summary, callers, more);
        show(queue);
    }

    /** Puts each shown caller in their place; a push carries only the texts that changed. */
    void show(LiveQueue queue) {
        this.queue = queue;
        LiveQueue.AgentCounts agents = queue.agents();
        ShownText.set(summary, "%d waiting · agents %d available, %d busy, %d paused"
                .formatted(queue.waiting().size(), agents.available(), agents.busy(), agents.paused()));
        List<WaitingCaller> waiting = queue.waiting();
        int visible = expanded ? waiting.size() : Math.min(SHOWN_CALLERS, waiting.size());
        while (places.size() < visible) {
            CallerRow row = new CallerRow(queue.service(), clock, raise);
            places.add(row);
            callers.add(row);
        }
        for (int i = 0; i < places.size(); i++) {
            CallerRow row = places.get(i);
            if (i < visible) {
                row.show(waiting.get(i), queue.answerWithinSeconds());
            }
            if (row.isVisible() != i < visible) {
                row.setVisible(i < visible);
            }
        }
        shown = visible;
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
        if (!expanded && places.size() > SHOWN_CALLERS) {
            // back to the first callers: the rows of a long list opened once need not stay
            places.subList(SHOWN_CALLERS, places.size()).forEach(callers::remove);
            places.subList(SHOWN_CALLERS, places.size()).clear();
        }
    }

    /** Recolours waits that crossed a threshold; the browser counts the waits themselves. */
    void tick() {
        places.subList(0, shown).forEach(row -> row.recolour(queue.answerWithinSeconds()));
    }

    LiveQueue queue() {
        return queue;
    }

    private static String targetText(LiveQueue queue) {
        String cls = queue.priorityClass() == PriorityClass.PRIORITY ? "Priority" : "Standard";
        return "%s · answer within %s · %d%% target".formatted(cls, WaitFormat.of(queue.answerWithinSeconds()),
                queue.answeredTargetPercent());
    }
}
