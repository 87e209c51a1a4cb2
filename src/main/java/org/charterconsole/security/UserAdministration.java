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

    public List<ConsoleUser> users() {
        return accounts.all();
    }

    /** @throws IllegalArgumentException when the username is taken */
    public ConsoleUser create(NewUserAccount user) {
        return accounts.create(user, currentUser.actorName());
    }
}
