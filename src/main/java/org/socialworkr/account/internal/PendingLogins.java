package org.socialworkr.account.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Logins that passed the password and wait for the second factor (see {@link LoginSuccessHandler}). */
@Component
public class PendingLogins {

    private final AccountUserDetailsService userDetails;
    private final SecurityContextRepository contexts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler redirectToSavedRequest =
            new SavedRequestAwareAuthenticationSuccessHandler();

    PendingLogins(
            AccountUserDetailsService userDetails,
            SecurityContextRepository contexts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.userDetails = userDetails;
        this.contexts = contexts;
        this.events = events;
        this.clock = clock;
        redirectToSavedRequest.setDefaultTargetUrl("/");
    }

    /** The account waiting for its second factor in this session, if the wait has not expired. */
    public Optional<Long> pendingAccountId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !(session.getAttribute(LoginSuccessHandler.PENDING_ATTRIBUTE)
                        instanceof LoginSuccessHandler.PendingTwoFactor pending)) {
            return Optional.empty();
        }
        if (clock.instant().isAfter(pending.expiresAt())) {
            session.removeAttribute(LoginSuccessHandler.PENDING_ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending.accountId());
    }

    /** Logs the member in under a new session id and sends them where they were going. */
    public void complete(long accountId, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        AccountPrincipal principal = userDetails.loadById(accountId);
        principal.eraseCredentials();
        request.getSession().removeAttribute(LoginSuccessHandler.PENDING_ATTRIBUTE);
        request.changeSessionId();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        events.publishEvent(
                SecurityEvent.of(SecurityEventType.LOGIN_SUCCEEDED, accountId, accountId, "with two-factor code"));
        redirectToSavedRequest.onAuthenticationSuccess(request, response, authentication);
    }

    public void abandon(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(LoginSuccessHandler.PENDING_ATTRIBUTE);
        }
    }
}
