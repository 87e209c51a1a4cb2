package org.charterconsole.security;

import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Creating and finding users; every creation is audited. */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditService audit, Clock clock,
                 ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
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
        user.agentInterface().ifPresent(phone -> requirePhoneFree(phone, user.username()));
        UserAccount account = accounts.saveAndFlush(new UserAccount(user.username(), user.displayName(),
                passwordEncoder.encode(user.password()), user.roles(), user.agentInterface(), clock.instant()));
        audit.record(actor, AuditActions.USER_CREATED, account.username(),
                "roles " + new TreeSet<>(user.roles()) + user.agentInterface().map(phone -> ", phone " + phone).orElse(""));
        return toConsoleUser(account);
    }

    /**
     * Lets the user sign in again, or stops them; a session already open runs on until it ends.
     *
     * @throws IllegalArgumentException for an unknown user, or when this would disable the last enabled administrator
     */
    @Transactional
    public void setEnabled(String username, boolean enabled, String actor) {
        UserAccount account = existing(username);
        if (account.enabled() == enabled) {
            return;
        }
        if (!enabled && account.roles().contains(Roles.ADMIN) && accounts.countEnabledWithRole(Roles.ADMIN) <= 1) {
            throw new IllegalArgumentException("The last administrator cannot be disabled");
        }
        account.setEnabled(enabled);
        audit.record(actor, enabled ? AuditActions.USER_ENABLED : AuditActions.USER_DISABLED, username, null);
        if (!enabled) {
            events.publishEvent(new UserDisabled(username));
        }
    }

    /** @throws IllegalArgumentException for an unknown user or an unacceptable password */
    @Transactional
    public void changePassword(String username, String newPassword, String actor) {
        NewUserAccount.requireValidPassword(newPassword);
        existing(username).setPasswordHash(passwordEncoder.encode(newPassword));
        audit.record(actor, AuditActions.PASSWORD_CHANGED, username, null);
    }

    /**
     * Sets the phone (queue member interface) the user answers on, or removes it when blank. A phone
     * belongs to one user only. Takes effect on the user's next action; their open session needs no new sign-in.
     *
     * @throws IllegalArgumentException for an unknown user, a malformed phone, or one set for another user
     */
    @Transactional
    public void changeAgentInterface(String username, String phone, String actor) {
        Optional<String> wanted = NewUserAccount.agentInterface(phone);
        UserAccount account = existing(username);
        Optional<String> was = account.agentInterface();
        if (wanted.map(w -> was.filter(w::equalsIgnoreCase).isPresent()).orElse(was.isEmpty())) {
            return;
        }
        wanted.ifPresent(w -> requirePhoneFree(w, username));
        account.setAgentInterface(wanted);
        audit.record(actor, AuditActions.USER_PHONE_CHANGED, username,
                wanted.map(w -> "phone " + w).orElse("phone removed") + was.map(w -> " (was " + w + ")").orElse(""));
    }

    private void requirePhoneFree(String phone, String username) {
        accounts.findByAgentInterface(phone).filter(other -> !other.username().equals(username)).ifPresent(other -> {
            throw new IllegalArgumentException("The phone " + phone + " is already set for " + other.username()
                    + "; a phone belongs to one user");
        });
    }

    /** Every user with whether they may sign in, by username; for administrators. */
    @Transactional(readOnly = true)
    public List<UserSummary> summaries() {
        return accounts.findAll(Sort.by("username")).stream()
                .map(account -> new UserSummary(toConsoleUser(account), account.enabled())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<ConsoleUser> find(String username) {
        return accounts.findByUsername(username).map(UserAccounts::toConsoleUser);
    }

    /** Every user, by username. */
    @Transactional(readOnly = true)
    public List<ConsoleUser> all() {
        return accounts.findAll(Sort.by("username")).stream().map(UserAccounts::toConsoleUser).toList();
    }

    @Transactional(readOnly = true)
    public boolean none() {
        return accounts.count() == 0;
    }

    @Transactional(readOnly = true)
    public boolean anyWithRole(String role) {
        return accounts.existsWithRole(role);
    }

    private UserAccount existing(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("There is no user " + username));
    }

    private static ConsoleUser toConsoleUser(UserAccount account) {
        return new ConsoleUser(account.username(), account.displayName(), account.roles(), account.agentInterface());
    }
}
