package org.charterconsole.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Optional;

/**
 * Security settings ({@code console.security.*}).
 *
 * @param initialAdminPassword with a real PBX: the password of an {@code admin} user created on start
 *                             while no administrator exists; change it after the first sign-in
 * @param maxFailedSignIns     failed attempts on one username after which its sign-in pauses
 * @param signInPause          how long sign-in pauses, counted from the latest failed attempt
 */
@Validated
@ConfigurationProperties("console.security")
public record ConsoleSecurityProperties(Optional<@Size(min = 8, max = 72) String> initialAdminPassword,
                                        @Min(1) @DefaultValue("5") int maxFailedSignIns,
                                        @NotNull @DefaultValue("15m") Duration signInPause) {

    public ConsoleSecurityProperties {
        initialAdminPassword = initialAdminPassword == null ? Optional.empty()
                : initialAdminPassword.filter(password -> !password.isBlank());
    }

    @Override
    public String toString() {
        return "ConsoleSecurityProperties[initialAdminPassword=%s, maxFailedSignIns=%d, signInPause=%s]"
                .formatted(initialAdminPassword.isPresent() ? "******" : "<none>", maxFailedSignIns, signInPause);
    }
}
