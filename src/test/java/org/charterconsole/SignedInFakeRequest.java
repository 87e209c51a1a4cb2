package org.charterconsole;

import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.security.Principal;

/**
 * A fake request that answers {@code getUserPrincipal()} and {@code isUserInRole()} from Spring Security's
 * context, as Spring's servlet filter would in a real container, so Vaadin's view access control sees the
 * user a test signed in.
 */
class SignedInFakeRequest extends FakeRequest {

    SignedInFakeRequest(FakeHttpSession session) {
        super(session);
    }

    @Override
    public Principal getUserPrincipal() {
        return signedIn();
    }

    @Override
    public boolean isUserInRole(String role) {
        Authentication authentication = signedIn();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.equals("ROLE_" + role));
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication;
    }
}
