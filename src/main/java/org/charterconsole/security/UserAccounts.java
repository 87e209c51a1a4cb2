package org.charterconsole.security;

import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;

/** Creating and finding users; every creation is audited. */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the user, its password stored as a bcrypt hash.
     *
     * @param actor who creates it (username, or {@code system})
     * @throws IllegalArgumentException when the username is taken
     */
    @Transactional
    public ConsoleUser create(NewUserAccount user, String actor) {
        if (accounts.existsByUsername(user.username())) {
            throw new IllegalArgumentException("The username " + user.username() + " is taken");
        }
        UserAccount account = accounts.saveAndFlush(new UserAccount(user.username(), user.displayName(),
                passwordEncoder.encode(user.password()), user.roles(), user.agentInterface(), clock.instant()));
        audit.record(actor, AuditActions.USER_CREATED, account.username(),
                "roles " + new TreeSet<>(user.roles()) + user.agentInterface().map(phone -> ", phone " + phone).orElse(""));
        return toConsoleUser(account);
    }

    @Transactional(readOnly = true)
    public Optional<ConsoleUser> find(String username) {
        return accounts.findByUsername(username).map(UserAccounts::toConsoleUser);
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return accounts.count() == 0;
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(String role) {
        return accounts.existsWithRole(role);
    }

    private static ConsoleUser toConsoleUser(UserAccount account) {
        return new ConsoleUser(account.username(), account.displayName(), account.roles(), account.agentInterface());
    }
}
