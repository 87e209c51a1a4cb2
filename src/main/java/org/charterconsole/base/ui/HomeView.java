package org.charterconsole.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.charterconsole.security.CurrentUser;

import java.util.List;

/**
 * Where everyone lands after signing in: the live console for those who may open it, otherwise a short
 * welcome listing the views the user may open.
 */
@Route("")
@PageTitle("Charter Console")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    static final String CONSOLE_ROUTE = "console";

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MenuEntry> allowed = MenuConfiguration.getMenuEntries();
        if (allowed.stream().anyMatch(entry -> CONSOLE_ROUTE.equals(routeOf(entry)))) {
            event.forwardTo(CONSOLE_ROUTE);
            return;
        }
        showWelcome(allowed);
    }

    private void showWelcome(List<MenuEntry> allowed) {
        removeAll();
        add(new H2("Welcome, " + currentUser.require().displayName()));
        if (allowed.isEmpty()) {
            add(new Paragraph("No views are open to your role yet. Ask an administrator if you need one."));
            return;
        }
        add(new Paragraph("You may open:"));
        UnorderedList list = new UnorderedList();
        allowed.forEach(entry -> list.add(new ListItem(new Anchor(entry.path(), entry.title()))));
        add(list);
    }

    private static String routeOf(MenuEntry entry) {
        String path = entry.path();
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
