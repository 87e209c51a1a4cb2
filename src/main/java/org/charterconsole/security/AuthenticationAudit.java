package org.charterconsole.security;

import org.charterconsole.audit.AuditActions;
import org.charterconsole.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Audits sign-ins and failed attempts. Successful HTTP Basic calls on the API are not audited:
 * scripts authenticate on every request and read only; their failures are.
 */
@Component
class AuthenticationAudit {

    private static final Logger log = LoggerFactory.getLogger(AuthenticationAudit.class);

    private final AuditService audit;

    AuthenticationAudit(AuditService audit) {
        this.audit = audit;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.record(authentication.getName(), AuditActions.LOGIN_SUCCEEDED, authentication.getName(), from(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        // Whatever was typed as the username: it may hold line breaks meant to forge log lines.
        String tried = String.valueOf(attempt.getName()).replaceAll("\\p{Cntrl}", "?");
        String reason = event.getException().getClass().getSimpleName();
        log.info("Sign-in failed for {} ({})", tried, reason);
        audit.record("anonymous", AuditActions.LOGIN_FAILED, tried, reason + ", " + from(attempt));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        audit.record(authentication.getName(), AuditActions.LOGGED_OUT, authentication.getName(), null);
    }

    private static String from(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return "from " + details.getRemoteAddress();
        }
        return "from an unknown address";
    }
}
