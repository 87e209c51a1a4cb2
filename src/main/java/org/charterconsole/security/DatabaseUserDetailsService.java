package org.charterconsole.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks users up in {@code user_account}; the principal it returns implements {@link ConsolePrincipal}. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    DatabaseUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(account -> new ConsoleUserDetails(account.username(), account.displayName(),
                        account.agentInterface(), account.roles(), account.passwordHash(), account.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
