package org.charterconsole.wallboard;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.time.MovableClock;
import org.charterconsole.queue.FakeLiveQueues;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.LiveQueue;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.PriorityClass;
import org.charterconsole.queue.QueueFigures;
import org.charterconsole.queue.WaitingCaller;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The wallboard, browserless: tiles, colours, pushed updates, the link banner and privacy. */
class WallboardViewTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOON);
    private final FakeLiveQueues liveQueues = new FakeLiveQueues(NOON);
    private final SecondTicker ticker = new SecondTicker();
    private final UiPushDispatcher dispatcher = UiPushDispatcher.direct();
    private final WaitingTrendSampler trends = new WaitingTrendSampler(liveQueues, clock);
    private final Map<String, QueueFigures> figures = new ConcurrentHashMap<>();
    private boolean centreOpen = true;
    private boolean failFigures;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        trends.start();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void oneTilePerQueueWithItsFigures() {
        figures.put("council-tax", today("council-tax", 87.5, 82.4));
        liveQueues.publish(snapshot(true,
                queue("elas", "ELAS", PriorityClass.PRIORITY, 120, 90),
                queue("council-tax", "Council Tax", PriorityClass.STANDARD, 300, 80, 100, 40)));
        openWallboard();

        assertThat(tileNames()).containsExactly("elas", "council-tax");
        QueueTile councilTax = tile("council-tax");
        assertThat(text(councilTax, "tile-service")).isEqualTo("Council Tax");
        assertThat(text(councilTax, "tile-waiting")).isEqualTo("2");
        assertThat(text(councilTax, "tile-longest")).isEqualTo("1:40");
        assertThat(text(councilTax, "tile-agents")).isEqualTo("1 · 2 · 1");
        assertThat(text(councilTax, "tile-answer-rate")).isEqualTo("87%");
        assertThat(text(councilTax, "tile-service-level")).isEqualTo("82%");
        assertThat(councilTax.getElement().getTextRecursively()).contains("target 80% in 5:00");
        assertThat(text(councilTax, "tile-estimated")).isEqualTo("2:40");
        assertThat(text(tile("elas"), "tile-waiting")).isEqualTo("0");
    }

    @Test
    void tilesAreColouredByTheCharterRule() {
        figures.put("waste", today("waste", 100, 100));
        figures.put("housing", today("housing", 100, 100));
        figures.put("benefits", today("benefits", 80, 79.0));
        liveQueues.publish(snapshot(true,
                queue("waste", "Waste & Recycling", PriorityClass.STANDARD, 300, 80, 30),
                queue("housing", "Housing", PriorityClass.STANDARD, 300, 80, 240),
                queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        openWallboard();

        assertThat(status("waste")).isEqualTo("green");
        assertThat(status("housing")).isEqualTo("amber");
        assertThat(status("benefits")).isEqualTo("red");

        clock.advance(Duration.ofSeconds(60));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(status("housing")).isEqualTo("red");
        assertThat(text(tile("housing"), "tile-longest")).as("the browser counts it on").isEqualTo("4:00");
        assertThat(_get(tile("housing"), WaitClock.class, spec -> spec.withClasses("tile-longest")).getElement()
                .getAttribute("since")).isEqualTo(String.valueOf(clock.instant().minusSeconds(300).toEpochMilli()));
    }

    @Test
    void aPushedSnapshotChangesTheWaitingCount() {
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        openWallboard();
        assertThat(text(tile("benefits"), "tile-waiting")).isEqualTo("0");

        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 5, 3)));
        MockVaadin.clientRoundtrip();

        assertThat(text(tile("benefits"), "tile-waiting")).isEqualTo("2");
    }

    @Test
    void headerShowsCentreStateLinkStateAndTime() {
        centreOpen = false;
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        openWallboard();

        assertThat(headerText("wallboard-centre")).isEqualTo("Centre closed");
        assertThat(headerText("wallboard-link")).isEqualTo("PBX link up");
        assertThat(headerText("wallboard-time")).isEqualTo("12:00:00");
        assertThat(_get(WaitClock.class, spec -> spec.withClasses("wallboard-time")).getElement()
                .getAttribute("time-zone")).isEqualTo("Europe/London");

        centreOpen = true;
        clock.advance(Duration.ofSeconds(5));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(headerText("wallboard-centre")).isEqualTo("Centre open");
        assertThat(headerText("wallboard-time")).as("the browser moves the clock on").isEqualTo("12:00:00");
    }

    @Test
    void bannerShowsWhileThePbxLinkIsDown() {
        liveQueues.publish(snapshot(false, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        openWallboard();
        Div banner = _get(Div.class, spec -> spec.withClasses("wallboard-link-banner"));
        assertThat(banner.getText()).contains("link to the phone system is down");
        assertThat(headerText("wallboard-link")).isEqualTo("PBX link down");

        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        MockVaadin.clientRoundtrip();

        assertThat(banner.isVisible()).isFalse();
        assertThat(headerText("wallboard-link")).isEqualTo("PBX link up");
    }

    @Test
    void aFailedFigureReadKeepsTheLastFiguresAndTheBeat() {
        figures.put("benefits", today("benefits", 91.0, 90.0));
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 200)));
        openWallboard();
        assertThat(status("benefits")).isEqualTo("green");
        failFigures = true;

        clock.advance(Duration.ofSeconds(30));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        assertThat(ticker.listenerCount()).isEqualTo(1);
        assertThat(text(tile("benefits"), "tile-answer-rate")).isEqualTo("91%");
        assertThat(status("benefits")).as("the beat goes on: the wait passed 75 % of the target").isEqualTo("amber");
    }

    @Test
    void leavingTheViewUnsubscribesFromLiveStateAndTicker() {
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        int samplerOnly = liveQueues.listenerCount();
        WallboardView view = openWallboard();
        assertThat(liveQueues.listenerCount()).isEqualTo(samplerOnly + 1);
        assertThat(ticker.listenerCount()).isEqualTo(1);
        assertThat(dispatcher.openFeeds()).isEqualTo(1);

        UI.getCurrent().remove(view);

        assertThat(liveQueues.listenerCount()).isEqualTo(samplerOnly);
        assertThat(ticker.listenerCount()).isZero();
        assertThat(dispatcher.openFeeds()).isZero();
    }

    @Test
    void eachTileDrawsCallersWaitingOverTheLastHourFedFromTheServer() {
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80)));
        clock.advance(Duration.ofMinutes(10));
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 40, 20, 5)));
        clock.advance(Duration.ofSeconds(30));
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 50)));
        openWallboard();

        WaitingTrendChart chart = tile("benefits").trendChart();
        List<Integer> counts = chartCounts(chart);
        assertThat(counts).hasSize(120);
        assertThat(counts.subList(counts.size() - 3, counts.size())).containsExactly(0, 3, 3);
        assertThat(counts.get(counts.size() - 22)).isEqualTo(0);
        assertThat(counts.get(0)).as("before the console first saw the queue").isNull();
        assertThat((long) chart.getElement().getProperty("start", 0.0))
                .isEqualTo(clock.instant().minus(Duration.ofMinutes(59).plusSeconds(30)).getEpochSecond());
        assertThat(chart.getElement().getProperty("step", 0.0)).isEqualTo(30.0);

        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 60, 50, 40, 1)));
        MockVaadin.clientRoundtrip();

        assertThat(chartCounts(chart)).last().isEqualTo(4);
    }

    @Test
    void theTrendShowsTheLastHourOnly() {
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 9, 8, 7, 6, 5)));
        clock.advance(Duration.ofMinutes(1));
        liveQueues.publish(snapshot(true, queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 9)));
        openWallboard();
        assertThat(chartCounts(tile("benefits").trendChart())).contains(5);

        clock.advance(Duration.ofMinutes(60));
        ticker.tick();
        MockVaadin.clientRoundtrip();

        List<Integer> counts = chartCounts(tile("benefits").trendChart());
        assertThat(counts).hasSize(120).doesNotContain(5).containsOnly(1);
    }

    @Test
    void noCallerNumberAppearsAnywhere() {
        liveQueues.publish(snapshot(true,
                queue("benefits", "Benefits", PriorityClass.STANDARD, 300, 80, 20, 10, 5)));
        WallboardView view = openWallboard();

        String shown = view.getElement().getOuterHTML();
        assertThat(shown).contains("Benefits");
        for (WaitingCaller caller : liveQueues.snapshot().queues().get(0).waiting()) {
            String number = caller.callerNumber();
            assertThat(shown).doesNotContain(number).doesNotContain(number.substring(number.length() - 3))
                    .doesNotContain(number.substring(0, 5)).doesNotContain("•");
        }
    }

    private WallboardView openWallboard() {
        WallboardView view = new WallboardView(liveQueues, ticker, dispatcher, trends, this::figuresToday,
                () -> centreOpen, clock);
        UI.getCurrent().add(view);
        return view;
    }

    private Map<String, QueueFigures> figuresToday() {
        if (failFigures) {
            throw new IllegalStateException("database unavailable");
        }
        return Map.copyOf(figures);
    }

    private static List<Integer> chartCounts(WaitingTrendChart chart) {
        JsonArray counts = (JsonArray) chart.getElement().getPropertyRaw("counts");
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < counts.length(); i++) {
            values.add(counts.get(i).getType() == JsonType.NULL ? null : (int) counts.getNumber(i));
        }
        return values;
    }

    private static List<String> tileNames() {
        return _find(QueueTile.class).stream().map(tile -> tile.getElement().getAttribute("data-queue")).toList();
    }

    private static QueueTile tile(String queue) {
        return _find(QueueTile.class).stream().filter(tile -> queue.equals(tile.getElement().getAttribute("data-queue")))
                .findFirst().orElseThrow();
    }

    private static String status(String queue) {
        return tile(queue).getElement().getAttribute("data-status");
    }

    private static String text(QueueTile tile, String className) {
        return _get(tile, Component.class, spec -> spec.withClasses(className)).getElement().getText();
    }

    private static String headerText(String className) {
        return _get(Component.class, spec -> spec.withClasses(className)).getElement().getText();
    }

    private static QueueFigures today(String queue, double answerRate, double serviceLevel) {
        return new QueueFigures(queue, 40, 35, 5, 0, 33, answerRate, serviceLevel, 0);
    }

    private LiveSnapshot snapshot(boolean connected, LiveQueue... queues) {
        return new LiveSnapshot(clock.instant(), liveQueues.nextVersion(), connected, List.of(queues), List.of());
    }

    /** A queue with agents 1 available, 2 busy, 1 paused and callers who have waited the given seconds. */
    private LiveQueue queue(String name, String service, PriorityClass cls, int within, int target,
                            long... waitedSeconds) {
        List<WaitingCaller> callers = new ArrayList<>();
        long[] waits = Arrays.stream(waitedSeconds).boxed().sorted((a, b) -> Long.compare(b, a))
                .mapToLong(Long::longValue).toArray();
        IntStream.range(0, waits.length).forEach(i -> callers.add(new WaitingCaller(name + "-" + i, name,
                "PJSIP/trunk-" + i, "0770090012" + i, "", i + 1, 0, clock.instant().minusSeconds(waits[i]))));
        return new LiveQueue(name, service, cls, within, target, callers, new LiveQueue.AgentCounts(1, 2, 1),
                Optional.of(160L));
    }
}
