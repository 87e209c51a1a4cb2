package org.charterconsole.wallboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import elemental.json.Json;
import elemental.json.JsonArray;

/**
 * A tile's small chart of callers waiting over the last hour, drawn in the browser by uPlot 1.6.32 (MIT)
 * through the {@code <waiting-trend>} element. Both scripts are static resources loaded at run time, so
 * adding the chart needs no frontend build (docs/decisions/2026-11-30-wallboard-trend.md). Sends the
 * series only when it has changed.
 */
@Tag("waiting-trend")
@JavaScript("context://scripts/uplot/uPlot.iife.min.js")
@JavaScript("context://scripts/waiting-trend.js")
@StyleSheet("context://scripts/uplot/uPlot.min.css")
class WaitingTrendChart extends Component {

    private WaitingTrend shown;

    WaitingTrendChart() {
        getElement().setAttribute("aria-label", "Callers waiting over the last hour");
        getElement().setAttribute("role", "img");
    }

    void show(WaitingTrend trend) {
        if (trend.equals(shown)) {
            return;
        }
        shown = trend;
        JsonArray counts = Json.createArray();
        for (int i = 0; i < trend.counts().size(); i++) {
            int count = trend.counts().get(i);
            if (count == WaitingTrend.UNKNOWN) {
                counts.set(i, Json.createNull());
            } else {
                counts.set(i, count);
            }
        }
        getElement().setProperty("start", trend.start().getEpochSecond());
        getElement().setProperty("step", trend.slotSeconds());
        getElement().setPropertyJson("counts", counts);
    }

    WaitingTrend shown() {
        return shown;
    }
}
