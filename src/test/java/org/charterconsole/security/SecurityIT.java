package org.charterconsole.security;

import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in through the form, and the HTTP Basic rules of the API and actuator endpoints. */
@SpringBootTest
class SecurityIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditService audit;
    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // Built by hand rather than with @AutoConfigureMockMvc, so this class shares the one cached test context.
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestUsers.ensure(accounts);
    }

    @Test
    void the_right_password_signs_in_through_the_form_and_is_audited() throws Exception {
        mvc.perform(formLogin("/login").user(TestUsers.HANDLER).password(TestUsers.HANDLER))
                .andExpect(authenticated().withUsername(TestUsers.HANDLER).withRoles(Roles.HANDLER))
                .andExpect(status().is3xxRedirection());

        assertThat(audit.latest(5)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.LOGIN_SUCCEEDED);
            assertThat(entry.actor()).isEqualTo(TestUsers.HANDLER);
        });
    }

    @Test
    void with_the_simulator_the_demo_handler_is_created_on_start_and_signs_in_with_its_username_as_password()
            throws Exception {
        mvc.perform(formLogin("/login").user("handler").password("handler"))
                .andExpect(authenticated().withUsername("handler").withRoles(Roles.HANDLER));
    }

    @Test
    void a_wrong_password_goes_back_to_the_login_page_with_an_error_and_is_audited() throws Exception {
        mvc.perform(formLogin("/login").user(TestUsers.LEADER).password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));

        AuditEntry newest = audit.latest(1).get(0);
        assertThat(newest.action()).isEqualTo(AuditActions.LOGIN_FAILED);
        assertThat(newest.subject()).isEqualTo(TestUsers.LEADER);
        assertThat(newest.detail()).doesNotContain("not-the-password");
    }

    @Test
    void signing_out_is_audited() throws Exception {
        mvc.perform(post("/logout").with(csrf()).with(user(TestUsers.LEADER).roles(Roles.TEAM_LEADER)))
                .andExpect(unauthenticated());

        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.LOGGED_OUT);
            assertThat(entry.actor()).isEqualTo(TestUsers.LEADER);
        });
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_the_attempt_is_audited() throws Exception {
        String username = "t-leaver-" + System.nanoTime();
        accounts.create(new NewUserAccount(username, "Leaver", "password", java.util.Set.of(Roles.HANDLER),
                java.util.Optional.empty()), "system");
        accounts.setEnabled(username, false, "system");

        mvc.perform(formLogin("/login").user(username).password("password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audit.latest(1).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.LOGIN_FAILED);
            assertThat(entry.subject()).isEqualTo(username);
            assertThat(entry.detail()).contains("DisabledException");
        });
    }

    @Test
    void disabling_a_user_ends_the_session_they_have_open() throws Exception {
        String username = "t-session-" + System.nanoTime();
        accounts.create(new NewUserAccount(username, "Leaver", "password", java.util.Set.of(Roles.HANDLER),
                java.util.Optional.empty()), "system");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("password"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);

        accounts.setEnabled(username, false, "admin");

        mvc.perform(get("/console").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void line_breaks_in_a_tried_username_cannot_forge_log_or_audit_lines() throws Exception {
        mvc.perform(get("/api/queues").with(httpBasic("intruder\nLOGIN_SUCCEEDED admin", "x")))
                .andExpect(status().isUnauthorized());

        assertThat(audit.latest(1).get(0).subject()).isEqualTo("intruder?LOGIN_SUCCEEDED admin");
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while() throws Exception {
        String username = "t-guessed-" + System.nanoTime();
        accounts.create(new NewUserAccount(username, "Guessed", "right-password", java.util.Set.of(Roles.HANDLER),
                java.util.Optional.empty()), "system");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("guess-" + attempt)).andExpect(unauthenticated());
        }

        mvc.perform(formLogin("/login").user(username).password("right-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audit.latest(1).get(0).detail()).contains("LockedException");
    }

    @Test
    void an_unknown_user_cannot_sign_in() throws Exception {
        mvc.perform(formLogin("/login").user("nobody").password("nobody"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_view_without_a_signed_in_user_redirects_to_the_login_page() throws Exception {
        mvc.perform(get("/console")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void the_api_refuses_anonymous_callers_with_401_and_a_basic_challenge_not_a_redirect() throws Exception {
        mvc.perform(get("/api/queues"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Charter Console\""))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }

    @Test
    void the_api_refuses_a_wrong_basic_password_and_audits_the_attempt_once() throws Exception {
        long newestBefore = audit.latest(1).get(0).id();

        mvc.perform(get("/api/queues").with(httpBasic(TestUsers.HANDLER, "wrong")))
                .andExpect(status().isUnauthorized());

        assertThat(audit.latest(10)).filteredOn(entry -> entry.id() > newestBefore).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditActions.LOGIN_FAILED);
                    assertThat(entry.subject()).isEqualTo(TestUsers.HANDLER);
                });
    }

    @Test
    void the_api_accepts_a_right_basic_password_and_creates_no_session() throws Exception {
        var result = mvc.perform(get("/actuator/info").with(httpBasic(TestUsers.HANDLER, TestUsers.HANDLER)))
                .andExpect(authenticated().withUsername(TestUsers.HANDLER))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void health_is_public_but_shows_only_the_status() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").exists())
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void health_details_are_shown_to_a_team_leader_but_not_to_a_handler() throws Exception {
        mvc.perform(get("/actuator/health").with(httpBasic(TestUsers.LEADER, TestUsers.LEADER)))
                .andExpect(jsonPath("$.components").exists());
        mvc.perform(get("/actuator/health").with(httpBasic(TestUsers.HANDLER, TestUsers.HANDLER)))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void prometheus_is_for_team_leaders_and_administrators_only() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(TestUsers.HANDLER, TestUsers.HANDLER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic(TestUsers.LEADER, TestUsers.LEADER)))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").with(user("a").roles(Roles.ADMIN)))
                .andExpect(status().isOk());
    }

    @Test
    void style_sheets_and_the_error_page_need_no_login_but_views_do() {
        var anonymous = new AnonymousAuthenticationToken("key", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

        assertThat(privileges.isAllowed("/styles/console.css", anonymous)).isTrue();
        assertThat(privileges.isAllowed("/error", anonymous)).isTrue();
        assertThat(privileges.isAllowed("/console", anonymous)).isFalse();
        assertThat(privileges.isAllowed("/api/queues", anonymous)).isFalse();
    }
}
