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
import java.util.Map;
import java.util.Optional;

/**
 * Where everyone lands after signing in: the live console for those who may open it, or the one view a
 * role has (e.g. a wallboard screen), otherwise a short welcome listing the views the user may open.
 */
@Route("")
@PageTitle("Charter Console")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    static final String CONSOLE_ROUTE = "console";
    /** Views with a full-screen form without the menu, for a role that has nothing else to open. */
    private static final Map<String, String> FULL_SCREEN_ROUTES = Map.of("wallboard", "wallboard/full");

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("home-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<MenuEntry> allowed = MenuConfiguration.getMenuEntries();
        Optional<String> landing = landingRoute(allowed);
        if (landing.isPresent()) {
            event.forwardTo(landing.get());
            return;
        }
        showWelcome(allowed);
    }

    /**
     * The live console when the user may open it, else their only view (full screen where it has such a
     * form: a wallboard screen has no use for the menu), else none (a welcome instead).
     */
    static Optional<String> landingRoute(List<MenuEntry> allowed) {
        if (allowed.stream().anyMatch(entry -> CONSOLE_ROUTE.equals(routeOf(entry)))) {
            return Optional.of(CONSOLE_ROUTE);
        }
        if (allowed.size() == 1) {
            String only = routeOf(allowed.get(0));
            return Optional.of(FULL_SCREEN_ROUTES.getOrDefault(only, only));
        }
        return Optional.empty();
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
        allowed.forEach(entry -> list.add(new ListItem(new Anchor(routeOf(entry), entry.title()))));
        add(list);
    }

    private static String routeOf(MenuEntry entry) {
        String path = entry.path();
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
