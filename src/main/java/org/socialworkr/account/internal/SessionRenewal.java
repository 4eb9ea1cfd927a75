package org.socialworkr.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps or ends the session of the request after its account's security stamp changed. Without a
 * renewal, {@link AccountSessionFilter} would end the session on its next request like every
 * other session of the account.
 */
@Component
public class SessionRenewal {

    private final AccountUserDetailsService userDetails;
    private final SecurityContextRepository contexts;
    private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

    SessionRenewal(AccountUserDetailsService userDetails, SecurityContextRepository contexts) {
        this.userDetails = userDetails;
        this.contexts = contexts;
        logout.setSecurityContextRepository(contexts);
    }

    /**
     * Stores the account's new stamp in this session, under a new session id so that an id
     * seen before the change is worth nothing after it. Call it after the change committed.
     */
    public void renew(long accountId, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = userDetails.loadById(accountId);
        principal.eraseCredentials();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Logs this session out now rather than on its next request. */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }
}
