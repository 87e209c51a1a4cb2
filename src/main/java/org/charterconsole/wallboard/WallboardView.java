package org.charterconsole.wallboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.queue.LiveSnapshot;
import org.charterconsole.queue.QueueFigures;
import org.charterconsole.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team leaders' wallboard for a big screen across the room: one tile per queue, coloured by
 * {@link TileStatus}, under a header with the centre's state, the PBX link and the time.
 * Figures are read on the pushing thread (they may touch the database); the UI lock is taken only
 * to set values. Never shows a caller number.
 */
@Route("wallboard")
@PageTitle("Wallboard · Charter Console")
@Menu(title = "Wallboard", order = 2)
@RolesAllowed({Roles.TEAM_LEADER, Roles.WALLBOARD, Roles.ADMIN})
@StyleSheet("context://styles/wallboard.css")
public class WallboardView extends Div {

    private static final Logger log = LoggerFactory.getLogger(WallboardView.class);
    private static final ZoneId CENTRE_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LiveQueues liveQueues;
    private final SecondTicker ticker;
    private final TodaysFigures todaysFigures;
    private final CentreHours centreHours;
    private final Clock clock;
    private final Span centreState = new Span();
    private final Span linkState = new Span();
    private final Span time = new Span();
    private final Div linkBanner = new Div();
    private final Div grid = new Div();
    private final Map<String, QueueTile> tiles = new LinkedHashMap<>();
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    /** Last figures read by the ticker, reused by snapshot pushes so those never wait on the database. */
    private volatile Map<String, QueueFigures> lastFigures;

    WallboardView(LiveQueues liveQueues, SecondTicker ticker, TodaysFigures todaysFigures, CentreHours centreHours,
                  Clock clock) {
        this.liveQueues = liveQueues;
        this.ticker = ticker;
        this.todaysFigures = todaysFigures;
        this.centreHours = centreHours;
        this.clock = clock;
        addClassName("wallboard-view");
        H1 title = new H1("Charter Console wallboard");
        title.addClassName("wallboard-title");
        centreState.addClassName("wallboard-centre");
        linkState.addClassName("wallboard-link");
        time.addClassName("wallboard-time");
        Div header = new Div(title, centreState, linkState, time);
        header.addClassName("wallboard-header");
        linkBanner.addClassName("wallboard-link-banner");
        linkBanner.getElement().setAttribute("role", "alert");
        linkBanner.setText("The link to the phone system is down: figures below may be out of date. Reconnecting…");
        grid.addClassName("wallboard-grid");
        add(header, linkBanner, grid);
        lastFigures = todaysFigures.today();
        show(board(liveQueues.snapshot()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        closeSubscriptions();
        subscriptions.add(liveQueues.subscribe(snapshot -> {
            WallboardBoard board = board(snapshot);
            ui.access(() -> show(board));
        }));
        subscriptions.add(ticker.subscribe(() -> {
            refreshFigures();
            WallboardBoard board = board(liveQueues.snapshot());
            ui.access(() -> show(board));
        }));
        show(board(liveQueues.snapshot()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        closeSubscriptions();
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
        return WallboardBoard.of(snapshot, lastFigures, centreHours.isOpenNow(), clock);
    }

    void show(WallboardBoard board) {
        centreState.setText(board.centreOpen() ? "Centre open" : "Centre closed");
        centreState.getElement().setAttribute("data-state", board.centreOpen() ? "open" : "closed");
        linkState.setText(board.pbxConnected() ? "PBX link up" : "PBX link down");
        linkState.getElement().setAttribute("data-state", board.pbxConnected() ? "up" : "down");
        linkBanner.setVisible(!board.pbxConnected());
        time.setText(TIME.format(board.at().atZone(CENTRE_ZONE)));
        List<String> order = board.tiles().stream().map(TileFigures::queue).toList();
        if (!order.equals(List.copyOf(tiles.keySet()))) {
            Map<String, QueueTile> previous = new LinkedHashMap<>(tiles);
            tiles.clear();
            grid.removeAll();
            for (TileFigures figures : board.tiles()) {
                QueueTile tile = previous.getOrDefault(figures.queue(), null);
                tile = tile == null ? new QueueTile(figures) : tile;
                tiles.put(figures.queue(), tile);
                grid.add(tile);
            }
        }
        for (TileFigures figures : board.tiles()) {
            tiles.get(figures.queue()).show(figures);
        }
    }

    private void closeSubscriptions() {
        for (AutoCloseable subscription : subscriptions) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a subscription only removes a listener
            }
        }
        subscriptions.clear();
    }
}
