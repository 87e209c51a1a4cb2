package org.charterconsole.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.charterconsole.KaribuTest;
import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditService;
import org.charterconsole.security.NewUserAccount;
import org.charterconsole.security.Roles;
import org.charterconsole.security.UserAccounts;
import org.charterconsole.security.UserAdministration;
import org.charterconsole.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    UserAdministration administration;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_adds_a_handler_with_a_phone_and_the_addition_is_audited_under_their_name() {
        String username = "h" + UUID.randomUUID().toString().substring(0, 8);
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        int before = _size(_get(Grid.class));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Sam Patel");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a-good-password");
        _get(CheckboxGroup.class, spec -> spec.withLabel("Roles")).setValue(Set.of(Roles.HANDLER));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Phone (queue member interface)")), "PJSIP/2044");
        _click(_get(Button.class, spec -> spec.withText("Add user")));

        assertThat(accounts.find(username)).get().satisfies(user -> {
            assertThat(user.roles()).containsExactly(Roles.HANDLER);
            assertThat(user.agentInterface()).contains("PJSIP/2044");
        });
        assertThat(_size(_get(Grid.class))).isEqualTo(before + 1);
        assertThat(audit.latest(1)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.USER_CREATED);
            assertThat(entry.actor()).isEqualTo("chief-admin");
            assertThat(entry.subject()).isEqualTo(username);
        });
    }

    @Test
    void bad_input_shows_why_and_adds_nobody() {
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        int before = accounts.all().size();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "Not Valid");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Someone");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "a-good-password");
        _click(_get(Button.class, spec -> spec.withText("Add user")));

        assertThat(_get(Span.class, spec -> spec.withClasses("form-problem")).getText()).contains("username");
        assertThat(accounts.all()).hasSize(before);
    }

    @Test
    void only_administrators_may_list_or_add_users_even_without_the_view() {
        login("handler", Roles.HANDLER);

        assertThatThrownBy(() -> administration.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.create(new NewUserAccount("sneaky", "Sneaky", "password",
                Set.of(Roles.ADMIN), Optional.empty()))).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.find("sneaky")).isEmpty();
    }

    @Test
    void an_administrator_sees_every_user() {
        login("chief-admin", Roles.ADMIN);

        assertThat(administration.users()).extracting(summary -> summary.user().username()).contains("handler", "admin");
    }

    @Test
    void an_administrator_disables_and_enables_a_user_and_both_are_audited() {
        String username = someHandler();
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        select(username);
        _click(_get(Button.class, spec -> spec.withText("Disable")));
        assertThat(enabled(username)).isFalse();
        assertThat(audit.latest(1).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.USER_DISABLED);
            assertThat(entry.subject()).isEqualTo(username);
            assertThat(entry.actor()).isEqualTo("chief-admin");
        });

        _click(_get(Button.class, spec -> spec.withText("Enable")));
        assertThat(enabled(username)).isTrue();
        assertThat(audit.latest(1).get(0).action()).isEqualTo(AuditActions.USER_ENABLED);
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        login("admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        select("admin");
        _click(_get(Button.class, spec -> spec.withText("Disable")));

        assertThat(_get(Span.class, spec -> spec.withClasses("form-problem")).getText()).contains("your own account");
        assertThat(enabled("admin")).isTrue();
    }

    @Test
    void an_administrator_sets_a_new_password_which_is_stored_as_bcrypt_and_audited() {
        String username = someHandler();
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        select(username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "brand-new-pass");
        _click(_get(Button.class, spec -> spec.withText("Set password")));

        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        assertThat(BCrypt.checkpw("brand-new-pass", hash)).isTrue();
        assertThat(audit.latest(1).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.PASSWORD_CHANGED);
            assertThat(entry.subject()).isEqualTo(username);
            assertThat(entry.detail()).isNull();
        });
    }

    @Test
    void a_too_short_new_password_is_refused_and_the_old_one_stays() {
        String username = someHandler();
        String before = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        select(username);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("New password")), "x");
        _click(_get(Button.class, spec -> spec.withText("Set password")));

        assertThat(_get(Span.class, spec -> spec.withClasses("form-problem")).getText()).contains("password");
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username))
                .isEqualTo(before);
    }

    @Test
    void an_administrator_sets_a_users_phone_and_the_change_is_audited() {
        String username = someHandler();
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        select(username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Phone")), "PJSIP/2051");
        _click(_get(Button.class, spec -> spec.withText("Set phone")));

        assertThat(accounts.find(username)).get().satisfies(user ->
                assertThat(user.agentInterface()).contains("PJSIP/2051"));
        assertThat(audit.latest(1).get(0)).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditActions.USER_PHONE_CHANGED);
            assertThat(entry.actor()).isEqualTo("chief-admin");
            assertThat(entry.subject()).isEqualTo(username);
            assertThat(entry.detail()).isEqualTo("phone PJSIP/2051");
        });
    }

    @Test
    void a_phone_that_is_malformed_or_already_someone_elses_is_refused_at_once_and_nothing_changes() {
        String username = someHandler();
        login("chief-admin", Roles.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        select(username);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Phone")), "extension 2001");
        _click(_get(Button.class, spec -> spec.withText("Set phone")));
        assertThat(_get(Span.class, spec -> spec.withClasses("form-problem")).getText()).contains("looks like PJSIP/2001");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Phone")), "PJSIP/2001");
        _click(_get(Button.class, spec -> spec.withText("Set phone")));
        assertThat(_get(Span.class, spec -> spec.withClasses("form-problem")).getText())
                .isEqualTo("The phone PJSIP/2001 is already set for handler; a phone belongs to one user");

        assertThat(accounts.find(username)).get().satisfies(user -> assertThat(user.agentInterface()).isEmpty());
    }

    private String someHandler() {
        String username = "h" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUserAccount(username, "Some Handler", "password", Set.of(Roles.HANDLER), Optional.empty()),
                "system");
        return username;
    }

    @SuppressWarnings("unchecked")
    private static void select(String username) {
        Grid<UserSummary> grid = _get(Grid.class);
        grid.select(grid.getListDataView().getItems().filter(summary -> summary.user().username().equals(username))
                .findFirst().orElseThrow());
    }

    private boolean enabled(String username) {
        return accounts.summaries().stream().filter(summary -> summary.user().username().equals(username))
                .findFirst().orElseThrow().enabled();
    }
}
