package org.charterconsole.security;

import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Optional;

/**
 * Security settings ({@code console.security.*}).
 *
 * @param initialAdminPassword with a real PBX: the password of an {@code admin} user created on start
 *                             while no administrator exists; change it after the first sign-in
 */
@Validated
@ConfigurationProperties("console.security")
public record ConsoleSecurityProperties(Optional<@Size(min = 8, max = 72) String> initialAdminPassword) {

    public ConsoleSecurityProperties {
        initialAdminPassword = initialAdminPassword == null ? Optional.empty()
                : initialAdminPassword.filter(password -> !password.isBlank());
    }

    @Override
    public String toString() {
        return "ConsoleSecurityProperties[initialAdminPassword=" + (initialAdminPassword.isPresent() ? "******" : "<none>") + "]";
    }
}
