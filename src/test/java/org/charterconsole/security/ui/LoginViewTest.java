package org.charterconsole.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.charterconsole.KaribuTest;
import org.charterconsole.console.ConsoleView;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void the_login_form_posts_to_the_form_login_and_shows_no_error_at_first() {
        UI.getCurrent().navigate("login");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void after_wrong_credentials_the_form_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void a_view_opened_without_signing_in_leads_to_the_login_page() {
        UI.getCurrent().navigate(ConsoleView.class);

        _get(LoginView.class);
    }

    @Test
    void a_signed_in_user_opening_the_login_page_goes_home() {
        login("handler", Roles.HANDLER);
        UI.getCurrent().navigate(LoginView.class);

        _get(ConsoleView.class);
    }
}
