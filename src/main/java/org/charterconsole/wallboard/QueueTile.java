package org.charterconsole.wallboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One queue on the wallboard, readable across a room: callers waiting large, the rest beneath. */
class QueueTile extends Div {

    private final Span service = new Span();
    private final Span waiting = new Span();
    private final Span longestWait = new Span();
    private final Span estimatedWait = new Span();
    private final Span agents = new Span();
    private final Span answerRate = new Span();
    private final Span serviceLevel = new Span();
    private TileFigures shown;

    QueueTile(TileFigures figures) {
        addClassName("wallboard-tile");
        getElement().setAttribute("data-queue", figures.queue());
        service.addClassName("tile-service");
        waiting.addClassName("tile-waiting");
        Span waitingLabel = new Span("waiting");
        waitingLabel.addClassName("tile-waiting-label");
        Div stats = new Div(stat("Longest wait", longestWait, "tile-longest"),
                stat("Estimated wait", estimatedWait, "tile-estimated"),
                stat("Agents free · busy · paused", agents, "tile-agents"),
                stat("Answered today", answerRate, "tile-answer-rate"),
                stat("Service level", serviceLevel, "tile-service-level"));
        stats.addClassName("tile-stats");
        add(service, new Div(waiting, waitingLabel), stats);
        show(figures);
    }

    void show(TileFigures figures) {
        if (figures.equals(shown)) {
            return;
        }
        shown = figures;
        service.setText(figures.service());
        waiting.setText(String.valueOf(figures.waiting()));
        longestWait.setText(Durations.minutesSeconds(figures.longestWaitSeconds()));
        estimatedWait.setText(Durations.minutesSeconds(figures.estimatedWaitSeconds()));
        agents.setText("%d · %d · %d".formatted(figures.agents().available(), figures.agents().busy(),
                figures.agents().paused()));
        answerRate.setText(Durations.percent(figures.answerRatePct()));
        serviceLevel.setText("%s of %d%% in %s".formatted(Durations.percent(figures.serviceLevelPct()),
                figures.answeredTargetPercent(), Durations.minutesSeconds(figures.answerWithinSeconds())));
        getElement().setAttribute("data-status", figures.status().cssName());
        getElement().setAttribute("data-class", figures.priorityClass() ? "priority" : "standard");
    }

    TileFigures shown() {
        return shown;
    }

    private static Div stat(String label, Span value, String className) {
        Span name = new Span(label);
        name.addClassName("tile-stat-label");
        value.addClassNames("tile-stat-value", className);
        Div stat = new Div(name, value);
        stat.addClassName("tile-stat");
        return stat;
    }
}
