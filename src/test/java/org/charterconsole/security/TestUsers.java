package org.charterconsole.security;

import java.util.Optional;
import java.util.Set;

/** Users for tests of sign-in, created once per test database; the password equals the username. */
final class TestUsers {

    static final String HANDLER = "t-handler";
    static final String LEADER = "t-leader";

    private TestUsers() {
    }

    static void ensure(UserAccounts accounts) {
        ensure(accounts, HANDLER, Set.of(Roles.HANDLER), Optional.of("PJSIP/2901"));
        ensure(accounts, LEADER, Set.of(Roles.TEAM_LEADER, Roles.HANDLER), Optional.of("PJSIP/2902"));
    }

    private static synchronized void ensure(UserAccounts accounts, String username, Set<String> roles,
                                            Optional<String> phone) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(new NewUserAccount(username, "Test " + username, username, roles, phone), "system");
        }
    }
}
