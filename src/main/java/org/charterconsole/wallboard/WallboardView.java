package org.charterconsole.wallboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.base.ui.SecondTicker;
import org.charterconsole.base.ui.UiPushDispatcher;
import org.charterconsole.queue.LiveQueues;
import org.charterconsole.security.Roles;

import java.time.Clock;

/** The wallboard inside the console's menu, for team leaders at their desks; links to the full-screen board. */
@Route("wallboard")
@PageTitle("Wallboard · Charter Console")
@Menu(title = "Wallboard", order = 2)
@RolesAllowed({Roles.TEAM_LEADER, Roles.WALLBOARD, Roles.ADMIN})
@StyleSheet("context://styles/wallboard.css")
public class WallboardView extends WallboardScreen {

    WallboardView(LiveQueues liveQueues, SecondTicker ticker, UiPushDispatcher dispatcher, WaitingTrendSampler trends,
                  TodaysFigures todaysFigures, CentreHours centreHours, Clock clock) {
        super(liveQueues, ticker, dispatcher, trends, todaysFigures, centreHours, clock);
    }

    @Override
    boolean linksToFullScreen() {
        return true;
    }
}
