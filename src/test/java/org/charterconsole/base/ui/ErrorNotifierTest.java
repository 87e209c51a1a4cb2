package org.charterconsole.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.apache.catalina.connector.ClientAbortException;
import org.charterconsole.KaribuTest;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.net.SocketException;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ErrorNotifierTest extends KaribuTest {

    @Test
    void every_session_reports_unexpected_errors_through_the_notifier() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ErrorNotifier.class);
    }

    @Test
    void an_unexpected_error_is_shown_as_a_notification() {
        login("handler", Roles.HANDLER);
        UI.getCurrent().navigate(HomeView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));
        MockVaadin.clientRoundtrip();

        expectNotifications(ErrorNotifier.MESSAGE);
    }

    @Test
    void a_browser_that_went_away_mid_answer_is_not_an_error_to_show() {
        login("handler", Roles.HANDLER);
        UI.getCurrent().navigate(HomeView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new UncheckedIOException(new ClientAbortException(new SocketException("Broken pipe")))));
        MockVaadin.clientRoundtrip();

        expectNotifications();
    }

    @Test
    void a_socket_error_under_a_users_action_is_still_shown() {
        login("handler", Roles.HANDLER);
        UI.getCurrent().navigate(HomeView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new IllegalStateException("could not save", new SocketException("Connection reset"))));
        MockVaadin.clientRoundtrip();

        expectNotifications(ErrorNotifier.MESSAGE);
    }
}
