package org.socialworkr.account.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After the right password: a member without two-factor login is in. A member with it is not
 * logged in yet: the session only remembers who is expected to give a code, for a few minutes.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String PENDING_ATTRIBUTE = LoginSuccessHandler.class.getName() + ".pendingTwoFactor";
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

    record PendingTwoFactor(long accountId, Instant expiresAt) implements java.io.Serializable {}

    private final SecurityContextRepository contexts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LoginSuccessHandler(SecurityContextRepository contexts, ApplicationEventPublisher events, Clock clock) {
        this.contexts = contexts;
        this.events = events;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
        if (principal.twoFactorEnabled()) {
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            request.getSession()
                    .setAttribute(
                            PENDING_ATTRIBUTE,
                            new PendingTwoFactor(principal.id(), clock.instant().plus(PENDING_LIFETIME)));
            getRedirectStrategy().sendRedirect(request, response, "/login/two-factor");
            return;
        }
        events.publishEvent(SecurityEvent.of(SecurityEventType.LOGIN_SUCCEEDED, principal.id(), principal.id(), null));
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
