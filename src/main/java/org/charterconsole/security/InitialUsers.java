package org.charterconsole.security;

import org.charterconsole.pbx.PbxProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Users on first start. With the simulator and an empty user table: the demo users (password = username).
 * With a real PBX: none, except an {@code admin} when {@code console.security.initial-admin-password}
 * is set and no administrator exists yet.
 */
@Component
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    static final String SYSTEM = "system";
    static final String INITIAL_ADMIN = "admin";

    static final List<NewUserAccount> DEMO_USERS = List.of(
            demo("handler", "Call Handler (demo)", Set.of(Roles.HANDLER), "PJSIP/2001"),
            demo("leader", "Team Leader (demo)", Set.of(Roles.TEAM_LEADER, Roles.HANDLER), "PJSIP/2002"),
            demo("ooh", "Out of Hours (demo)", Set.of(Roles.OUT_OF_HOURS), null),
            demo("wallboard", "Wallboard (demo)", Set.of(Roles.WALLBOARD), null),
            demo("admin", "Administrator (demo)", Set.of(Roles.ADMIN), null));

    private final UserAccounts accounts;
    private final PbxProperties pbx;
    private final ConsoleSecurityProperties security;

    InitialUsers(UserAccounts accounts, PbxProperties pbx, ConsoleSecurityProperties security) {
        this.accounts = accounts;
        this.pbx = pbx;
        this.security = security;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (pbx.simulator()) {
            createDemoUsers();
        } else {
            createInitialAdministrator();
        }
    }

    private void createDemoUsers() {
        if (!accounts.none()) {
            return;
        }
        List<String> created = new ArrayList<>();
        for (NewUserAccount user : DEMO_USERS) {
            if (createIfFree(user)) {
                created.add(user.username());
            }
        }
        log.info("Simulator mode: created the demo users {} (each with its username as password)", created);
    }

    private void createInitialAdministrator() {
        if (security.initialAdminPassword().isEmpty()) {
            if (accounts.none()) {
                log.warn("No users exist. Set console.security.initial-admin-password to create an administrator '{}'",
                        INITIAL_ADMIN);
            }
            return;
        }
        if (accounts.anyWithRole(Roles.ADMIN)) {
            return;
        }
        NewUserAccount admin = new NewUserAccount(INITIAL_ADMIN, "Administrator", security.initialAdminPassword().get(),
                Set.of(Roles.ADMIN), Optional.empty());
        if (createIfFree(admin)) {
            log.info("Asterisk mode: created the initial administrator '{}' with the configured password", INITIAL_ADMIN);
        } else {
            log.warn("No administrator exists, but the username '{}' is taken: no initial administrator created",
                    INITIAL_ADMIN);
        }
    }

    /** Another console node starting at the same moment may create the same user first. */
    private boolean createIfFree(NewUserAccount user) {
        try {
            accounts.create(user, SYSTEM);
            return true;
        } catch (IllegalArgumentException | DataIntegrityViolationException e) {
            return false;
        }
    }

    private static NewUserAccount demo(String username, String displayName, Set<String> roles, String phone) {
        return new NewUserAccount(username, displayName, username, roles, Optional.ofNullable(phone));
    }
}
