package org.charterconsole.security;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.util.List;

/** What an administrator does with users; the signed-in administrator is the audited actor. */
@Service
@RolesAllowed(Roles.ADMIN)
public class UserAdministration {

    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    UserAdministration(UserAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    public List<UserSummary> users() {
        return accounts.summaries();
    }

    /** @throws IllegalArgumentException when the username is taken */
    public ConsoleUser create(NewUserAccount user) {
        return accounts.create(user, currentUser.actorName());
    }

    /** @throws IllegalArgumentException for oneself (no locking oneself out) or the last administrator */
    public void disable(String username) {
        if (username.equals(currentUser.actorName())) {
            throw new IllegalArgumentException("You cannot disable your own account");
        }
        accounts.setEnabled(username, false, currentUser.actorName());
    }

    public void enable(String username) {
        accounts.setEnabled(username, true, currentUser.actorName());
    }

    /** Sets or (blank) removes the user's phone. @throws IllegalArgumentException for a malformed or taken phone */
    public void setPhone(String username, String phone) {
        accounts.changeAgentInterface(username, phone, currentUser.actorName());
    }

    /** @throws IllegalArgumentException for an unacceptable password */
    public void setPassword(String username, String newPassword) {
        accounts.changePassword(username, newPassword, currentUser.actorName());
    }
}
