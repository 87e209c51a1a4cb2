package org.charterconsole.security;

import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditEntry;
import org.charterconsole.audit.AuditService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class UserAccountsIT {

    @Autowired
    UserAccounts userAccounts;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditService audit;

    @Test
    void a_created_user_is_stored_with_a_bcrypt_hash_of_the_password_and_never_the_password_itself() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Priya Shah", "s3cret-pass", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2042")), "admin");

        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        assertThat(hash).startsWith("$2").doesNotContain("s3cret-pass");
        assertThat(BCrypt.checkpw("s3cret-pass", hash)).isTrue();
    }

    @Test
    void the_user_details_service_returns_a_console_principal_with_roles_and_phone() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Tom Evans", "pass-word", Set.of(Roles.TEAM_LEADER, Roles.HANDLER),
                Optional.of("PJSIP/2043")), "admin");

        UserDetails details = userDetailsService.loadUserByUsername(username);

        assertThat(details).isInstanceOf(ConsolePrincipal.class);
        ConsolePrincipal principal = (ConsolePrincipal) details;
        assertThat(principal.displayName()).isEqualTo("Tom Evans");
        assertThat(principal.agentInterface()).contains("PJSIP/2043");
        assertThat(details.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_TEAM_LEADER", "ROLE_HANDLER");
        assertThat(details.isEnabled()).isTrue();
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> userDetailsService.loadUserByUsername("nobody-" + uniqueName()))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void a_taken_username_is_refused_and_changes_nothing() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "First", "password1", Set.of(Roles.HANDLER), Optional.empty()), "admin");

        assertThatThrownBy(() -> userAccounts.create(
                new NewUserAccount(username, "Second", "password2", Set.of(Roles.ADMIN), Optional.empty()), "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taken");
        assertThat(userAccounts.find(username)).get().extracting(ConsoleUser::displayName).isEqualTo("First");
    }

    @Test
    void creating_a_user_is_audited_with_actor_subject_and_roles_but_no_password() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Ann Lee", "top-secret", Set.of(Roles.WALLBOARD), Optional.empty()),
                "admin");

        assertThat(audit.latest(20)).filteredOn(entry -> entry.subject().equals(username)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("admin");
                    assertThat(entry.action()).isEqualTo(AuditActions.USER_CREATED);
                    assertThat(entry.detail()).contains(Roles.WALLBOARD).doesNotContain("top-secret");
                })
                .extracting(AuditEntry::at).isNotNull();
    }

    @Test
    void roles_are_found_by_name() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Out of hours", "password", Set.of(Roles.OUT_OF_HOURS),
                Optional.empty()), "system");

        assertThat(userAccounts.anyWithRole(Roles.OUT_OF_HOURS)).isTrue();
        assertThat(userAccounts.none()).isFalse();
    }

    @Test
    @Transactional
    void the_last_enabled_administrator_cannot_be_disabled() {
        jdbc.update("delete from user_account");
        userAccounts.create(new NewUserAccount("only-admin", "Only", "password", Set.of(Roles.ADMIN), Optional.empty()), "system");
        userAccounts.create(new NewUserAccount("second-admin", "Second", "password", Set.of(Roles.ADMIN), Optional.empty()), "system");

        userAccounts.setEnabled("second-admin", false, "only-admin");

        assertThatThrownBy(() -> userAccounts.setEnabled("only-admin", false, "second-admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("last administrator");
        assertThat(userAccounts.summaries()).filteredOn(UserSummary::enabled)
                .extracting(summary -> summary.user().username()).containsExactly("only-admin");
    }

    @Test
    void a_disabled_user_is_loaded_as_disabled() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Leaver", "password", Set.of(Roles.HANDLER), Optional.empty()), "admin");

        userAccounts.setEnabled(username, false, "admin");

        assertThat(userDetailsService.loadUserByUsername(username).isEnabled()).isFalse();
    }

    @Test
    void changing_the_password_of_an_unknown_user_is_refused() {
        assertThatThrownBy(() -> userAccounts.changePassword("nobody-" + uniqueName(), "password", "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no user");
    }

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void a_phone_already_set_for_another_user_is_refused_with_a_clear_message_and_changes_nothing() {
        String first = uniqueName();
        String second = uniqueName();
        userAccounts.create(new NewUserAccount(first, "First", "password1", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2045")), "admin");
        userAccounts.create(new NewUserAccount(second, "Second", "password2", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2046")), "admin");

        assertThatThrownBy(() -> userAccounts.changeAgentInterface(second, "pjsip/2045", "admin"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The phone pjsip/2045 is already set for " + first + "; a phone belongs to one user");
        assertThatThrownBy(() -> userAccounts.create(new NewUserAccount(uniqueName(), "Third", "password3",
                Set.of(Roles.HANDLER), Optional.of("PJSIP/2045")), "admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already set for " + first);

        assertThat(userAccounts.find(second)).get().extracting(ConsoleUser::agentInterface)
                .isEqualTo(Optional.of("PJSIP/2046"));
    }

    @Test
    void the_database_itself_refuses_a_phone_set_twice() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Has Phone", "password1", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2047")), "admin");

        assertThatThrownBy(() -> jdbc.update("update user_account set agent_interface = 'PJSIP/2047' "
                + "where username <> ? and agent_interface is null limit 1", username))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void changing_and_removing_a_users_phone_is_audited_with_the_old_and_new_phone() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Moves Desk", "password1", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2048")), "admin");

        userAccounts.changeAgentInterface(username, " PJSIP/2049 ", "chief-admin");

        assertThat(userAccounts.find(username)).get().extracting(ConsoleUser::agentInterface)
                .isEqualTo(Optional.of("PJSIP/2049"));
        AuditEntry changed = audit.latest(1).get(0);
        assertThat(changed.actor()).isEqualTo("chief-admin");
        assertThat(changed.action()).isEqualTo(AuditActions.USER_PHONE_CHANGED);
        assertThat(changed.subject()).isEqualTo(username);
        assertThat(changed.detail()).isEqualTo("phone PJSIP/2049 (was PJSIP/2048)");

        userAccounts.changeAgentInterface(username, "", "chief-admin");

        assertThat(userAccounts.find(username)).get().extracting(ConsoleUser::agentInterface)
                .isEqualTo(Optional.empty());
        assertThat(audit.latest(1).get(0).detail()).isEqualTo("phone removed (was PJSIP/2049)");
    }

    @Test
    void a_malformed_phone_is_refused_and_the_old_one_stays() {
        String username = uniqueName();
        userAccounts.create(new NewUserAccount(username, "Keeps Phone", "password1", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2050")), "admin");
        long before = audit.latest(1).get(0).id();

        assertThatThrownBy(() -> userAccounts.changeAgentInterface(username, "2050", "chief-admin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("looks like PJSIP/2001");

        assertThat(userAccounts.find(username)).get().extracting(ConsoleUser::agentInterface)
                .isEqualTo(Optional.of("PJSIP/2050"));
        assertThat(audit.latest(1).get(0).id()).isEqualTo(before);
    }
}
