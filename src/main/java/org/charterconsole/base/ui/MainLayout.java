package org.charterconsole.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.charterconsole.security.ConsoleUser;
import org.charterconsole.security.CurrentUser;

/**
 * The frame around every signed-in view: a side navigation with only the views the user may open
 * (Vaadin filters the menu entries by each view's access annotations), their name and a sign-out button.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final SideNav navigation = new SideNav();

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext) {
        ConsoleUser user = currentUser.require();
        Span title = new Span("Charter Console");
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Span userName = new Span(user.displayName());
        userName.addClassName("signed-in-user");
        Button signOut = new Button("Sign out", click -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, userName, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        navigation.setLabel("Views");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            navigation.addItem(new SideNavItem(entry.title(), entry.path()));
        }
        addToDrawer(navigation);
        setPrimarySection(Section.DRAWER);
    }

    SideNav navigation() {
        return navigation;
    }
}
