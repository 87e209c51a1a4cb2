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
                Optional.of("PJSIP/2002")), "admin");

        UserDetails details = userDetailsService.loadUserByUsername(username);

        assertThat(details).isInstanceOf(ConsolePrincipal.class);
        ConsolePrincipal principal = (ConsolePrincipal) details;
        assertThat(principal.displayName()).isEqualTo("Tom Evans");
        assertThat(principal.agentInterface()).contains("PJSIP/2002");
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

    private static String uniqueName() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
