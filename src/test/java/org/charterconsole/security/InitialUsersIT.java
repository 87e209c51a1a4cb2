package org.charterconsole.security;

import org.charterconsole.pbx.PbxProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each test starts from an empty user table inside a transaction that is rolled back afterwards,
 * so the users other tests rely on come back.
 */
@SpringBootTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class InitialUsersIT {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyTheUserTable() {
        jdbc.update("delete from user_account");
        assertThat(accounts.none()).isTrue();
    }

    @Test
    void with_the_simulator_and_no_users_the_five_demo_users_are_created_with_their_roles_and_phones() {
        initialUsers(PbxProperties.Mode.SIMULATOR, Optional.empty()).run(new DefaultApplicationArguments());

        assertThat(accounts.find("handler")).get().satisfies(user -> {
            assertThat(user.roles()).containsExactly(Roles.HANDLER);
            assertThat(user.agentInterface()).contains("PJSIP/2001");
        });
        assertThat(accounts.find("leader")).get().satisfies(user -> {
            assertThat(user.roles()).containsExactlyInAnyOrder(Roles.TEAM_LEADER, Roles.HANDLER);
            assertThat(user.agentInterface()).contains("PJSIP/2002");
        });
        assertThat(accounts.find("ooh")).get().extracting(ConsoleUser::roles).isEqualTo(Set.of(Roles.OUT_OF_HOURS));
        assertThat(accounts.find("wallboard")).get().extracting(ConsoleUser::roles).isEqualTo(Set.of(Roles.WALLBOARD));
        assertThat(accounts.find("admin")).get().extracting(ConsoleUser::roles).isEqualTo(Set.of(Roles.ADMIN));
        assertThat(userCount()).isEqualTo(5);
    }

    @Test
    void demo_passwords_are_stored_as_bcrypt_hashes() {
        initialUsers(PbxProperties.Mode.SIMULATOR, Optional.empty()).run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("select password_hash from user_account", String.class))
                .hasSize(5).allSatisfy(hash -> assertThat(hash).matches("\\$2[aby]\\$10\\$.{53}"));
    }

    @Test
    void with_the_simulator_no_demo_users_are_added_when_any_user_exists() {
        accounts.create(new NewUserAccount("someone", "Someone", "password", Set.of(Roles.HANDLER), Optional.empty()), "admin");

        initialUsers(PbxProperties.Mode.SIMULATOR, Optional.empty()).run(new DefaultApplicationArguments());

        assertThat(userCount()).isEqualTo(1);
        assertThat(accounts.find("handler")).isEmpty();
    }

    @Test
    void with_a_real_pbx_no_users_are_created(CapturedOutput output) {
        initialUsers(PbxProperties.Mode.ASTERISK, Optional.empty()).run(new DefaultApplicationArguments());

        assertThat(userCount()).isZero();
        assertThat(output).contains("console.security.initial-admin-password");
    }

    @Test
    void with_a_real_pbx_and_an_initial_password_only_an_administrator_is_created_and_its_password_is_not_logged(
            CapturedOutput output) {
        initialUsers(PbxProperties.Mode.ASTERISK, Optional.of("Very-Secret-1")).run(new DefaultApplicationArguments());

        assertThat(userCount()).isEqualTo(1);
        assertThat(accounts.find("admin")).get().extracting(ConsoleUser::roles).isEqualTo(Set.of(Roles.ADMIN));
        assertThat(output).contains("initial administrator").doesNotContain("Very-Secret-1");
    }

    @Test
    void with_a_real_pbx_no_second_administrator_is_created_when_one_exists() {
        accounts.create(new NewUserAccount("chief", "Chief", "password", Set.of(Roles.ADMIN), Optional.empty()), "system");

        initialUsers(PbxProperties.Mode.ASTERISK, Optional.of("Very-Secret-1")).run(new DefaultApplicationArguments());

        assertThat(userCount()).isEqualTo(1);
        assertThat(accounts.find("admin")).isEmpty();
    }

    private InitialUsers initialUsers(PbxProperties.Mode mode, Optional<String> adminPassword) {
        PbxProperties pbx = new PbxProperties(mode, "127.0.0.1", 5038, null, null, Duration.ofSeconds(20),
                Duration.ofSeconds(15), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(45));
        return new InitialUsers(accounts, pbx, new ConsoleSecurityProperties(adminPassword, 5, Duration.ofMinutes(15)));
    }

    private int userCount() {
        return jdbc.queryForObject("select count(*) from user_account", Integer.class);
    }
}
