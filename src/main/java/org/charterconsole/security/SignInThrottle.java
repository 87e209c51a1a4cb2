package org.charterconsole.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pauses sign-in for a username after repeated wrong passwords, against password guessing. Counted per
 * console node; a right password resets the count.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    /** Guessing with made-up usernames must not fill the memory. */
    static final int MAX_TRACKED = 10_000;

    private record Failures(int count, Instant latest) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final ConsoleSecurityProperties properties;
    private final Clock clock;

    SignInThrottle(ConsoleSecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    boolean paused(String username) {
        Failures seen = failures.get(key(username));
        return seen != null && seen.count() >= properties.maxFailedSignIns() && !expired(seen);
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(this::expired);
        }
        if (failures.size() >= MAX_TRACKED) {
            return;
        }
        Instant now = clock.instant();
        Failures updated = failures.merge(key(event.getAuthentication().getName()), new Failures(1, now),
                (old, fresh) -> expired(old) ? fresh : new Failures(old.count() + 1, now));
        if (updated.count() == properties.maxFailedSignIns()) {
            log.warn("Sign-in paused for {} after {} wrong passwords", key(event.getAuthentication().getName()),
                    updated.count());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    private boolean expired(Failures seen) {
        return !seen.latest().plus(properties.signInPause()).isAfter(clock.instant());
    }

    private static String key(String username) {
        return String.valueOf(username).toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
    }
}
