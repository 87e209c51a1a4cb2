package org.charterconsole.base.ui;

import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewLandingTest {

    @Test
    void whoever_may_open_the_console_lands_there() {
        assertThat(HomeView.landingRoute(List.of(entry("/users"), entry("/console"), entry("/audit")))).contains("console");
    }

    @Test
    void a_role_with_a_single_view_lands_on_it() {
        assertThat(HomeView.landingRoute(List.of(entry("/audit")))).contains("audit");
    }

    @Test
    void the_wallboard_screen_lands_on_the_full_screen_wallboard() {
        assertThat(HomeView.landingRoute(List.of(entry("/wallboard")))).contains("wallboard/full");
    }

    @Test
    void a_role_with_several_views_but_not_the_console_gets_the_welcome() {
        assertThat(HomeView.landingRoute(List.of(entry("/users"), entry("/audit")))).isEmpty();
    }

    @Test
    void a_role_without_views_gets_the_welcome() {
        assertThat(HomeView.landingRoute(List.of())).isEmpty();
    }

    private static MenuEntry entry(String path) {
        return new MenuEntry(path, path.substring(1), 1.0, null, null);
    }
}
