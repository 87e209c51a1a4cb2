package org.charterconsole;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;
import org.charterconsole.security.ConsoleUserDetails;
import org.charterconsole.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Base class for browserless view tests (Karibu-Testing) in the full Spring context, with every
 * {@code @Route} under {@code org.charterconsole}. Sign a user in with {@link #login(String, String...)},
 * then navigate: {@code UI.getCurrent().navigate(ConsoleView.class)} and find components with
 * {@code LocatorJ._get(...)}. Vaadin's view access rules apply as in the running console.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.charterconsole");

    @Autowired
    protected ApplicationContext applicationContext;

    private Function1<FakeHttpSession, FakeRequest> plainRequests;

    @BeforeEach
    void setUpVaadin() {
        SecurityContextHolder.clearContext();
        plainRequests = MockVaadin.getMockRequestFactory();
        MockVaadin.setMockRequestFactory(SignedInFakeRequest::new);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, applicationContext, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        MockVaadin.setMockRequestFactory(plainRequests);
        SecurityContextHolder.clearContext();
    }

    /** Every {@code @Route} class under {@code org.charterconsole}, for tests that go through all views. */
    protected static List<Class<? extends Component>> routeClasses() {
        return ROUTES.getRoutes().stream().filter(view -> view.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    /**
     * Signs a user in for the rest of the test. The demo names get their demo phones ({@code handler}
     * {@code PJSIP/2001}, {@code leader} {@code PJSIP/2002}); any other user with the handler role gets
     * {@code PJSIP/2001}.
     *
     * @param roles names from {@link Roles}
     */
    protected ConsoleUserDetails login(String username, String... roles) {
        Set<String> roleSet = Set.copyOf(Arrays.asList(roles));
        Optional<String> phone = switch (username) {
            case "handler" -> Optional.of("PJSIP/2001");
            case "leader" -> Optional.of("PJSIP/2002");
            default -> roleSet.contains(Roles.HANDLER) ? Optional.of("PJSIP/2001") : Optional.empty();
        };
        return login(username, phone, roles);
    }

    /** Signs a user in with the given phone (queue member interface), or none. */
    protected ConsoleUserDetails login(String username, Optional<String> agentInterface, String... roles) {
        ConsoleUserDetails principal = new ConsoleUserDetails(username, "Test " + username, agentInterface,
                Set.copyOf(Arrays.asList(roles)), "", true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return principal;
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }
}
