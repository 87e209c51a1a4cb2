package org.charterconsole.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.charterconsole.security.ConsoleSecurityProperties;

/** The sign-in page; the form posts to Spring Security's form login at {@code /login}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Charter Console")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authenticationContext;

    LoginView(AuthenticationContext authenticationContext, ConsoleSecurityProperties security) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        getStyle().set("display", "flex").set("justify-content", "center").set("padding-top", "10vh");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(security));
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    LoginForm form() {
        return form;
    }

    private static LoginI18n texts(ConsoleSecurityProperties security) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Charter Console");
        i18n.getForm().setUsername("Username");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check your username and password and try again. After %d wrong attempts, "
                .formatted(security.maxFailedSignIns())
                + "signing in as that user pauses for " + security.signInPause().toMinutes() + " minutes.");
        return i18n;
    }
}
