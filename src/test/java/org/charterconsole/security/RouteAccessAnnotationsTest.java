package org.charterconsole.security;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.charterconsole.base.ui.HomeView;
import org.charterconsole.console.ConsoleView;
import org.charterconsole.security.ui.LoginView;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RouteAccessAnnotationsTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(RolesAllowed.class, PermitAll.class, AnonymousAllowed.class, DenyAll.class);

    private final Set<Class<? extends Component>> routes = new Routes().autoDiscoverViews("org.charterconsole").getRoutes()
            .stream().filter(view -> view.isAnnotationPresent(Route.class)).collect(Collectors.toSet());

    @Test
    void the_views_of_the_console_are_found() {
        assertThat(routes).contains(LoginView.class, HomeView.class, ConsoleView.class);
    }

    @Test
    void every_route_declares_exactly_one_rule_of_who_may_enter() {
        assertThat(routes).allSatisfy(route -> assertThat(ACCESS_ANNOTATIONS.stream().filter(route::isAnnotationPresent))
                .as("access annotations on %s", route.getName()).hasSize(1));
    }

    @Test
    void roles_allowed_name_only_roles_that_exist() {
        assertThat(routes).filteredOn(route -> route.isAnnotationPresent(RolesAllowed.class))
                .allSatisfy(route -> assertThat(Roles.ALL).as("roles of %s", route.getName())
                        .contains(route.getAnnotation(RolesAllowed.class).value()));
    }

    @Test
    void only_the_login_page_is_open_to_anonymous_visitors() {
        assertThat(routes).filteredOn(route -> route.isAnnotationPresent(AnonymousAllowed.class))
                .containsExactly(LoginView.class);
    }
}
