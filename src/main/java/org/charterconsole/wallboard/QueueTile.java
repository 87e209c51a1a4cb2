package org.charterconsole.wallboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.ui.ShownText;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.WaitEstimator;

import java.time.Clock;

/** One queue on the wallboard, readable across a room: callers waiting large, the rest beneath. */
class QueueTile extends Div {

    private final Span service = new Span();
    private final Span waiting = new Span();
    private final WaitClock longestWait = new WaitClock();
    private final Span estimatedWait = new Span();
    private final Span agents = new Span();
    private final Span answerRate = new Span();
    private final Span serviceLevel = new Span();
    private final Span serviceLevelLabel = new Span();
    private final WaitingTrendChart trend = new WaitingTrendChart();
    private final Clock clock;
    private TileFigures shown;

    QueueTile(TileFigures figures, Clock clock) {
        this.clock = clock;
        addClassName("wallboard-tile");
        getElement().setAttribute("data-queue", figures.queue());
        service.addClassName("tile-service");
        waiting.addClassName("tile-waiting");
        Span waitingLabel = new Span("waiting");
        waitingLabel.addClassName("tile-waiting-label");
        Div stats = new Div(stat(new Span("Longest wait"), longestWait, "tile-longest"),
                stat(new Span("Estimated wait"), estimatedWait, "tile-estimated"),
                stat(new Span("Free · busy · paused"), agents, "tile-agents"),
                stat(new Span("Answered today"), answerRate, "tile-answer-rate"),
                stat(serviceLevelLabel, serviceLevel, "tile-service-level"));
        stats.addClassName("tile-stats");
        trend.addClassName("tile-trend");
        Div headline = new Div(new Div(waiting, waitingLabel), trend);
        headline.addClassName("tile-headline");
        add(service, headline, stats);
        show(figures);
    }

    void show(TileFigures figures) {
        if (figures.equals(shown)) {
            return;
        }
        shown = figures;
        setText(service, figures.service());
        setText(waiting, String.valueOf(figures.waiting()));
        figures.longestWaitingSince().ifPresentOrElse(since -> longestWait.countUpFrom(since, clock),
                () -> longestWait.stop(Durations.minutesSeconds(0)));
        setText(estimatedWait, estimate(figures));
        setText(agents, "%d · %d · %d".formatted(figures.agents().available(), figures.agents().busy(),
                figures.agents().paused()));
        setText(answerRate, Durations.percent(figures.answerRatePct()));
        setText(serviceLevel, Durations.percent(figures.serviceLevelPct()));
        setText(serviceLevelLabel, "Service level · target %d%% in %s".formatted(figures.answeredTargetPercent(),
                Durations.minutesSeconds(figures.answerWithinSeconds())));
        getElement().setAttribute("data-status", figures.status().cssName());
        getElement().setAttribute("data-class", figures.priorityClass() ? "priority" : "standard");
        trend.show(figures.trend());
    }

    /** Only a changed text goes to the browser: most pushes change one or two figures of one tile. */
    private static void setText(Span span, String text) {
        ShownText.set(span, text);
    }

    WaitingTrendChart trendChart() {
        return trend;
    }

    TileFigures shown() {
        return shown;
    }

    /** With nobody staffed the estimate is open-ended; say so rather than print the bound. */
    private static String estimate(TileFigures figures) {
        if (figures.agents().available() + figures.agents().busy() == 0) {
            return "no agents";
        }
        if (figures.estimatedWaitSeconds() == TileFigures.NOT_ESTIMATED) {
            return "–";
        }
        if (figures.estimatedWaitSeconds() >= WaitEstimator.MAX_SECONDS) {
            return "over 1 h";
        }
        return Durations.minutesSeconds(figures.estimatedWaitSeconds());
    }

    private static <T extends Component & HasStyle> Div stat(Span name, T value, String className) {
        name.addClassName("tile-stat-label");
        value.addClassNames("tile-stat-value", className);
        Div stat = new Div(name, value);
        stat.addClassName("tile-stat");
        return stat;
    }
}
