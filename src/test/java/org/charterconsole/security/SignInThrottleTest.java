package org.charterconsole.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-30T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new ConsoleSecurityProperties(Optional.empty(), 3, Duration.ofMinutes(15)), clock);

    @Test
    void sign_in_pauses_after_the_configured_number_of_wrong_passwords() {
        wrongPassword("jo");
        wrongPassword("jo");
        assertThat(throttle.paused("jo")).isFalse();

        wrongPassword("jo");

        assertThat(throttle.paused("jo")).isTrue();
        assertThat(throttle.paused("sam")).isFalse();
    }

    @Test
    void the_pause_ends_a_while_after_the_latest_wrong_password() {
        wrongPassword("jo");
        wrongPassword("jo");
        wrongPassword("jo");

        now = now.plus(Duration.ofMinutes(14));
        assertThat(throttle.paused("jo")).isTrue();
        now = now.plus(Duration.ofMinutes(1));
        assertThat(throttle.paused("jo")).isFalse();
    }

    @Test
    void old_wrong_passwords_are_forgotten_and_counting_starts_again() {
        wrongPassword("jo");
        wrongPassword("jo");
        now = now.plus(Duration.ofMinutes(20));

        wrongPassword("jo");

        assertThat(throttle.paused("jo")).isFalse();
    }

    @Test
    void a_right_password_resets_the_count() {
        wrongPassword("jo");
        wrongPassword("jo");
        throttle.onSuccess(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated("jo", null, null)));

        wrongPassword("jo");

        assertThat(throttle.paused("jo")).isFalse();
    }

    @Test
    void the_username_is_counted_regardless_of_letter_case() {
        wrongPassword("Jo");
        wrongPassword("JO");
        wrongPassword("jo");

        assertThat(throttle.paused("jo")).isTrue();
    }

    private void wrongPassword(String username) {
        throttle.onWrongPassword(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "guess"), new BadCredentialsException("bad")));
    }
}
