package org.charterconsole.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewUserAccountTest {

    @Test
    void a_valid_user_keeps_its_fields_and_hides_its_password_from_logs() {
        NewUserAccount user = new NewUserAccount("j.smith", "  Jo Smith ", "secret-pw", Set.of(Roles.HANDLER),
                Optional.of("PJSIP/2003"));

        assertThat(user.displayName()).isEqualTo("Jo Smith");
        assertThat(user.toString()).contains("j.smith", "PJSIP/2003").doesNotContain("secret-pw");
    }

    @Test
    void every_role_has_a_label_people_read() {
        assertThat(Roles.ALL).allSatisfy(role -> assertThat(Roles.label(role)).isNotEqualTo(role).doesNotContain("_"));
        assertThat(Roles.label(Roles.TEAM_LEADER)).isEqualTo("Team leader");
    }

    @Test
    void a_blank_phone_means_no_phone() {
        assertThat(new NewUserAccount("jo", "Jo", "pw1", Set.of(Roles.HANDLER), Optional.of(" ")).agentInterface()).isEmpty();
    }

    @Test
    void bad_input_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> new NewUserAccount("Jo Smith", "Jo", "password", Set.of(Roles.HANDLER), Optional.empty()))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> new NewUserAccount("jo", " ", "password", Set.of(Roles.HANDLER), Optional.empty()))
                .hasMessageContaining("display name");
        assertThatThrownBy(() -> new NewUserAccount("jo", "Jo", "pw", Set.of(Roles.HANDLER), Optional.empty()))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> new NewUserAccount("jo", "Jo", "password", Set.of("SUPERUSER"), Optional.empty()))
                .hasMessageContaining("Roles");
        assertThatThrownBy(() -> new NewUserAccount("jo", "Jo", "password", Set.of(), Optional.empty()))
                .hasMessageContaining("Roles");
        assertThatThrownBy(() -> new NewUserAccount("jo", "Jo", "password", Set.of(Roles.HANDLER), Optional.of("2001")))
                .hasMessageContaining("PJSIP/2001");
    }
}
