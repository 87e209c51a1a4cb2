package org.charterconsole.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks users up in {@code user_account}; the principal it returns implements {@link ConsolePrincipal}.
 * A user whose sign-in is paused comes back locked, so the password is not even checked.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SignInThrottle throttle;

    DatabaseUserDetailsService(UserAccountRepository accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new ConsoleUserDetails(account.username(), account.displayName(),
                        account.agentInterface(), account.roles(), account.passwordHash(), account.enabled()))
                .map(user -> throttle.paused(username) ? user.withSignInPaused() : user)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
