package org.charterconsole.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The principal of a signed-in user; kept in the HTTP session, hence serializable and without entities. */
public final class ConsoleUserDetails implements UserDetails, ConsolePrincipal, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final String agentInterface;
    private final boolean enabled;
    private final boolean signInPaused;
    private final List<SimpleGrantedAuthority> authorities;
    private String passwordHash;

    public ConsoleUserDetails(String username, String displayName, Optional<String> agentInterface,
                              Set<String> roles, String passwordHash, boolean enabled) {
        this(username, displayName, agentInterface.orElse(null), enabled, false,
                roles.stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(), passwordHash);
    }

    private ConsoleUserDetails(String username, String displayName, String agentInterface, boolean enabled,
                               boolean signInPaused, List<SimpleGrantedAuthority> authorities, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.agentInterface = agentInterface;
        this.enabled = enabled;
        this.signInPaused = signInPaused;
        this.authorities = authorities;
        this.passwordHash = passwordHash;
    }

    /** The same user, refused before the password is even checked (too many failed attempts). */
    ConsoleUserDetails withSignInPaused() {
        return new ConsoleUserDetails(username, displayName, agentInterface, enabled, true, authorities, passwordHash);
    }

    @Override
    public boolean isAccountNonLocked() {
        return !signInPaused;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Optional<String> agentInterface() {
        return Optional.ofNullable(agentInterface);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleUserDetails details && details.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "ConsoleUserDetails[username=" + username + ", authorities=" + authorities + "]";
    }
}
