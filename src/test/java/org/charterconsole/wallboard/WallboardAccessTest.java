package org.charterconsole.wallboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.KaribuTest;
import org.charterconsole.console.ConsoleView;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The wallboard screen's account sees the wallboard and nothing else. */
class WallboardAccessTest extends KaribuTest {

    @Test
    void theWallboardUserReachesTheWallboardAndIsRefusedTheConsole() {
        login("wallboard", Roles.WALLBOARD);

        UI.getCurrent().navigate("wallboard");
        assertThat(shownView()).isInstanceOf(WallboardView.class);

        UI.getCurrent().navigate("console");
        assertThat(shownView()).isNotInstanceOf(ConsoleView.class);
    }

    @Test
    void theWallboardUserLandsOnTheFullScreenWallboardWithoutTheMenu() {
        login("wallboard", Roles.WALLBOARD);

        UI.getCurrent().navigate("");

        assertThat(shownView()).isInstanceOf(FullScreenWallboardView.class);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("wallboard/full");
    }

    @Test
    void theWallboardWithTheMenuSitsInTheMainLayout() {
        login("leader", Roles.TEAM_LEADER, Roles.HANDLER);

        UI.getCurrent().navigate("wallboard");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).hasSize(2);
    }

    @Test
    void teamLeadersStillReachTheWallboard() {
        login("leader", Roles.TEAM_LEADER, Roles.HANDLER);

        UI.getCurrent().navigate("wallboard");

        assertThat(shownView()).isInstanceOf(WallboardView.class);
    }

    @Test
    void theConsoleDoesNotAdmitTheWallboardRole() {
        assertThat(Arrays.asList(ConsoleView.class.getAnnotation(RolesAllowed.class).value()))
                .doesNotContain(Roles.WALLBOARD);
    }

    private static Component shownView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
