package org.charterconsole.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The user of the current request or UI, read from Spring Security's context. */
@Component
public class CurrentUser {

    private static final String ROLE_PREFIX = "ROLE_";

    public Optional<ConsoleUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        if (authentication.getPrincipal() instanceof ConsolePrincipal principal) {
            return Optional.of(new ConsoleUser(authentication.getName(), principal.displayName(), roles,
                    principal.agentInterface()));
        }
        return Optional.of(new ConsoleUser(authentication.getName(), authentication.getName(), roles,
                Optional.empty()));
    }

    public ConsoleUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    /** The name audit entries carry: the username, or {@code system} for work without a user. */
    public String actorName() {
        return get().map(ConsoleUser::username).orElse("system");
    }
}
