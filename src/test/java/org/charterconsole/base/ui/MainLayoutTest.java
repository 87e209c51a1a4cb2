package org.charterconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.charterconsole.KaribuTest;
import org.charterconsole.console.ConsoleView;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends KaribuTest {

    @Test
    void a_team_leader_sees_their_name_a_sign_out_button_and_the_queues_in_the_navigation() {
        login("leader", Roles.TEAM_LEADER, Roles.HANDLER);
        UI.getCurrent().navigate(ConsoleView.class);

        assertThat(_get(Span.class, spec -> spec.withClasses("signed-in-user")).getText()).isEqualTo("Test leader");
        assertThat(_get(Button.class, spec -> spec.withText("Sign out")).isVisible()).isTrue();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Queues");
    }

    @Test
    void the_navigation_leaves_out_views_the_user_may_not_open() {
        login("wallboard", Roles.WALLBOARD);
        UI.getCurrent().navigate(HomeView.class);

        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Queues");
    }

    @Test
    void a_handler_lands_on_the_live_console() {
        login("handler", Roles.HANDLER);
        UI.getCurrent().navigate("");

        _get(ConsoleView.class);
    }

    @Test
    void a_team_leader_lands_on_the_live_console() {
        login("leader", Roles.TEAM_LEADER);
        UI.getCurrent().navigate("");

        _get(ConsoleView.class);
    }

    @Test
    void a_user_who_may_not_open_the_console_gets_a_welcome_instead() {
        login("ooh", Roles.OUT_OF_HOURS);
        UI.getCurrent().navigate("");

        _get(HomeView.class);
        assertThat(_find(ConsoleView.class)).isEmpty();
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains("Welcome, Test ooh");
    }
}
