package org.charterconsole.wallboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.security.Roles;

import java.time.Clock;

/**
 * The wallboard alone on the page, for the office screen: no menu or title bar, every pixel for the tiles.
 * The wallboard account lands here; team leaders open it from the wallboard's header.
 */
@Route(value = "wallboard/full", autoLayout = false)
@PageTitle("Wallboard · Charter Console")
@RolesAllowed({Roles.TEAM_LEADER, Roles.WALLBOARD, Roles.ADMIN})
@StyleSheet("context://styles/wallboard.css")
public class FullScreenWallboardView extends WallboardScreen {

    FullScreenWallboardView(LiveQueues liveQueues, SecondTicker ticker, UiPushDispatcher dispatcher,
                            WaitingTrendSampler trends, TodaysFigures todaysFigures, CentreHours centreHours,
                            Clock clock) {
        super(liveQueues, ticker, dispatcher, trends, todaysFigures, centreHours, clock);
        addClassName("wallboard-full-screen");
    }

    @Override
    boolean linksToFullScreen() {
        return false;
    }
}
