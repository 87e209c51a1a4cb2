package org.charterconsole.wallboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;

/**
 * A tile's small chart of callers waiting over the last hour, drawn in the browser by uPlot (MIT) through
 * the {@code <waiting-trend>} element in {@code src/main/frontend/waiting-trend.js}. Sends the series
 * only when it has changed.
 */
@Tag("waiting-trend")
@NpmPackage(value = "uplot", version = "1.6.32")
@JsModule("./waiting-trend.js")
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
