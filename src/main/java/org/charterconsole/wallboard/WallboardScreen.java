package org.charterconsole.wallboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.ShownText;
import org.charterconsole.base.ui.Subscriptions;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.base.ui.WaitClock;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.QueueFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team leaders' wallboard for a big screen across the room: one tile per queue, coloured by
 * {@link TileStatus}, under a header with the centre's state, the PBX link and the time.
 * Changes reach it through the {@link UiPushDispatcher}: the live-state thread only offers the snapshot,
 * the board is worked out on a push thread and only changed values are set inside {@code UI.access}.
 * Today's figures are read on the ticker thread (they may touch the database). Never shows a caller number.
 *
 * <p>Two pages show it: {@link WallboardView} inside the menu and {@link FullScreenWallboardView} alone.
 */
abstract class WallboardScreen extends Div {

    private static final Logger log = LoggerFactory.getLogger(WallboardScreen.class);
    private static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/London");

    private final LiveQueues liveQueues;
    private final SecondTicker ticker;
    private final UiPushDispatcher dispatcher;
    private final WaitingTrendSampler trends;
    private final TodaysFigures todaysFigures;
    private final CentreHours centreHours;
    private final Clock clock;
    private final Span centreState = new Span();
    private final Span linkState = new Span();
    /** Moved on by the browser: a tick with no changed figure sends nothing. */
    private final WaitClock time = new WaitClock();
    private final Div linkBanner = new Div();
    private final Div grid = new Div();
    private final Map<String, QueueTile> tiles = new LinkedHashMap<>();
    private final Subscriptions subscriptions = Subscriptions.whileAttached(this, this::follow);
    /** Last figures read by the ticker, reused by snapshot pushes so those never wait on the database. */
    private volatile Map<String, QueueFigures> lastFigures;

    WallboardScreen(LiveQueues liveQueues, SecondTicker ticker, UiPushDispatcher dispatcher, WaitingTrendSampler trends,
                  TodaysFigures todaysFigures, CentreHours centreHours, Clock clock) {
        this.liveQueues = liveQueues;
        this.ticker = ticker;
        this.dispatcher = dispatcher;
        this.trends = trends;
        this.todaysFigures = todaysFigures;
        this.centreHours = centreHours;
        this.clock = clock;
        addClassName("wallboard-view");
        H1 title = new H1("Charter Console wallboard");
        title.addClassName("wallboard-title");
        centreState.addClassName("wallboard-centre");
        linkState.addClassName("wallboard-link");
        time.addClassName("wallboard-time");
        time.showTimeOfDay(clock, CENTRE_ZONE);
        Div header = new Div(title, centreState, linkState, time);
        if (linksToFullScreen()) {
            Anchor fullScreen = new Anchor("wallboard/full", "Full screen");
            fullScreen.addClassName("wallboard-full-screen-link");
            header.add(fullScreen);
        }
        header.addClassName("wallboard-header");
        linkBanner.addClassName("wallboard-link-banner");
        linkBanner.getElement().setAttribute("role", "alert");
        linkBanner.setText("The link to the phone system is down: figures below may be out of date. Reconnecting…");
        grid.addClassName("wallboard-grid");
        add(header, linkBanner, grid);
        lastFigures = todaysFigures.today();
        show(board(liveQueues.snapshot()));
    }

    /** The page with the menu offers the full-screen board; the full-screen board itself does not. */
    abstract boolean linksToFullScreen();

    /** Runs on every attach; what it opens is closed on detach. */
    private void follow(UI ui) {
        UiPushDispatcher.Feed<LiveSnapshot> feed = dispatcher.open(ui, this::board, this::show);
        subscriptions.add(feed);
        subscriptions.add(liveQueues.subscribe(feed::offer));
        subscriptions.add(ticker.subscribe(() -> {
            refreshFigures();
            feed.offer(liveQueues.snapshot());
        }));
        show(board(liveQueues.snapshot()));
    }

    /**
     * A failed read keeps the last figures: the ticker drops a listener that throws, and a database
     * hiccup must not freeze the wallboard for good.
     */
    private void refreshFigures() {
        try {
            lastFigures = todaysFigures.today();
        } catch (RuntimeException e) {
            log.warn("Wallboard keeps its last figures: reading today's figures failed ({})", e.toString());
        }
    }

    private WallboardBoard board(LiveSnapshot snapshot) {
        return WallboardBoard.of(snapshot, lastFigures, centreHours.isOpenNow(), trends::trend, clock);
    }

    void show(WallboardBoard board) {
        setText(centreState, board.centreOpen() ? "Centre open" : "Centre closed");
        centreState.getElement().setAttribute("data-state", board.centreOpen() ? "open" : "closed");
        setText(linkState, board.pbxConnected() ? "PBX link up" : "PBX link down");
        linkState.getElement().setAttribute("data-state", board.pbxConnected() ? "up" : "down");
        linkBanner.setVisible(!board.pbxConnected());
        List<String> order = board.tiles().stream().map(TileFigures::queue).toList();
        if (!order.equals(List.copyOf(tiles.keySet()))) {
            Map<String, QueueTile> previous = new LinkedHashMap<>(tiles);
            tiles.clear();
            grid.removeAll();
            for (TileFigures figures : board.tiles()) {
                QueueTile tile = previous.getOrDefault(figures.queue(), null);
                tile = tile == null ? new QueueTile(figures, clock) : tile;
                tiles.put(figures.queue(), tile);
                grid.add(tile);
            }
        }
        for (TileFigures figures : board.tiles()) {
            tiles.get(figures.queue()).show(figures);
        }
    }

    private static void setText(Span span, String text) {
        ShownText.set(span, text);
    }
}
