package org.charterconsole.security;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as the rest of the console sees it.
 *
 * @param roles          role names from {@link Roles}, without Spring's {@code ROLE_} prefix
 * @param agentInterface the phone (queue member interface, e.g. {@code PJSIP/2001}) the user answers on
 */
public record ConsoleUser(String username, String displayName, Set<String> roles, Optional<String> agentInterface) {

    public ConsoleUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
