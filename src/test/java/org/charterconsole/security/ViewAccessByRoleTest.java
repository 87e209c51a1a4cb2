package org.charterconsole.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.KaribuTest;
import org.charterconsole.base.ui.HomeView;
import org.charterconsole.catalogue.ui.CatalogueView;
import org.charterconsole.security.ui.LoginView;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signs in as each role and opens each view: allowed views render, denied ones never do. */
class ViewAccessByRoleTest extends KaribuTest {

    @Test
    void each_role_opens_exactly_the_views_it_is_allowed_into() {
        List<Class<? extends Component>> views = routeClasses().stream()
                .filter(view -> !HasUrlParameter.class.isAssignableFrom(view))
                .filter(view -> view != LoginView.class)
                .toList();
        assertThat(views).isNotEmpty();
        for (String role : Roles.ALL) {
            login("user-" + role.toLowerCase(), role);
            for (Class<? extends Component> view : views) {
                UI.getCurrent().navigate(view);
                Component shown = shownView();
                if (allowed(view, role)) {
                    assertThat(shown).as("%s opening %s", role, view.getSimpleName())
                            .isNotInstanceOf(LoginView.class);
                    if (view != HomeView.class) {
                        assertThat(shown).as("%s opening %s", role, view.getSimpleName()).isInstanceOf(view);
                    }
                } else {
                    assertThat(shown).as("%s opening %s", role, view.getSimpleName()).isNotInstanceOf(view)
                            .isInstanceOfAny(LoginView.class, HasErrorParameter.class);
                }
            }
        }
    }

    @Test
    void without_a_login_every_view_but_the_login_page_leads_to_the_login_page() {
        for (Class<? extends Component> view : routeClasses()) {
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                continue;
            }
            UI.getCurrent().navigate(view);
            assertThat(shownView()).as("anonymous opening %s", view.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void only_administrators_open_the_service_catalogue() {
        assertThat(routeClasses()).contains(CatalogueView.class);
        for (String role : Roles.ALL) {
            login("user-" + role.toLowerCase(), role);
            UI.getCurrent().navigate("catalogue");
            if (role.equals(Roles.ADMIN)) {
                assertThat(shownView()).as(role).isInstanceOf(CatalogueView.class);
            } else {
                assertThat(shownView()).as(role).isNotInstanceOf(CatalogueView.class);
            }
        }
    }

    private static boolean allowed(Class<? extends Component> view, String role) {
        if (view.isAnnotationPresent(PermitAll.class) || view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        RolesAllowed rolesAllowed = view.getAnnotation(RolesAllowed.class);
        return rolesAllowed != null && Arrays.asList(rolesAllowed.value()).contains(role);
    }

    private static Component shownView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
