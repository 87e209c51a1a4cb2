package org.charterconsole.console;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.WaitingCaller;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Consumer<WaitingCaller> raise;
    private final Span summary = new Span();
    private final Div callers = new Div();
    private final Span none = new Span("No one waiting");
    private final Button more = new Button();
    private final List<CallerRow> shown = new ArrayList<>();
    private final Deque<CallerRow> spare = new ArrayDeque<>();
    private boolean expanded;
    private LiveQueue queue;

    QueueCard(LiveQueue queue, Clock clock) {
        this(queue, clock, null);
    }

    /** @param raise a team leader's "Raise" on each caller behind the head; null for everyone else */
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

    /** Keeps the rows of callers still shown and changes only what moved: a push touches few elements. */
    void show(LiveQueue queue) {
        this.queue = queue;
        LiveQueue.AgentCounts agents = queue.agents();
        setText(summary, "%d waiting · agents %d available, %d busy, %d paused"
                .formatted(queue.waiting().size(), agents.available(), agents.busy(), agents.paused()));
        List<WaitingCaller> waiting = queue.waiting();
        List<WaitingCaller> visible = expanded ? waiting : waiting.subList(0, Math.min(SHOWN_CALLERS, waiting.size()));
        layOut(rowsFor(visible));
        showMore(waiting.size() - visible.size());
    }

    /** Rows for these callers in order: a caller keeps their row, a newcomer takes a freed one. */
    private List<CallerRow> rowsFor(List<WaitingCaller> visible) {
        Map<String, CallerRow> byCaller = new HashMap<>();
        shown.forEach(row -> byCaller.put(row.caller().uniqueId(), row));
        List<CallerRow> kept = new ArrayList<>(visible.size());
        for (WaitingCaller caller : visible) {
            kept.add(byCaller.remove(caller.uniqueId()));
        }
        spare.addAll(byCaller.values());
        while (spare.size() > SHOWN_CALLERS) {
            spare.removeLast();
        }
        List<CallerRow> rows = new ArrayList<>(visible.size());
        for (int i = 0; i < visible.size(); i++) {
            CallerRow row = kept.get(i);
            if (row == null) {
                row = spare.isEmpty() ? new CallerRow(queue.service(), clock, raise) : spare.pop();
            }
            row.show(visible.get(i), queue.answerWithinSeconds());
            rows.add(row);
        }
        return rows;
    }

    /** Moves only rows out of place: a caller answered at the head moves one row, not all of them. */
    private void layOut(List<CallerRow> rows) {
        List<Component> wanted = rows.isEmpty() ? List.of(none) : List.copyOf(rows);
        callers.getChildren().filter(child -> !wanted.contains(child)).toList().forEach(callers::remove);
        for (int i = 0; i < wanted.size(); i++) {
            Component row = wanted.get(i);
            if (i >= callers.getElement().getChildCount() || !callers.getElement().getChild(i).equals(row.getElement())) {
                if (row.getParent().isPresent()) {
                    callers.remove(row);
                }
                callers.addComponentAtIndex(i, row);
            }
        }
        shown.clear();
        shown.addAll(rows);
    }

    private void showMore(int hidden) {
        boolean visible = expanded || hidden > 0;
        if (visible) {
            setText(more, expanded ? "Show the first %d only".formatted(SHOWN_CALLERS) : "+%d more waiting".formatted(hidden));
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
        shown.forEach(row -> row.recolour(queue.answerWithinSeconds()));
    }

    LiveQueue queue() {
        return queue;
    }

    private static void setText(HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    private static String targetText(LiveQueue queue) {
        String cls = queue.priorityClass() == PriorityClass.PRIORITY ? "Priority" : "Standard";
        return "%s · answer within %s · %d%% target".formatted(cls, WaitFormat.of(queue.answerWithinSeconds()),
                queue.answeredTargetPercent());
    }
}
