package org.charterconsole.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends the open sessions of a disabled user once the change is committed; their next request goes to
 * the login page. Sessions are known per console node: on other nodes they end when they time out.
 */
@Component
class DisabledUserSessions {

    private static final Logger log = LoggerFactory.getLogger(DisabledUserSessions.class);

    private final SessionRegistry sessions;

    DisabledUserSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void onDisabled(UserDisabled event) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(event.username())) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        if (ended > 0) {
            log.info("Ended {} open session(s) of the disabled user {}", ended, event.username());
        }
    }
}
