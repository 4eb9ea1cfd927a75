package org.socialworkr.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One message for an unknown name and a wrong password. Pending and suspended accounts get
 * their own message, but only after the right password was given (see the post-authentication
 * checks in {@link SecurityConfiguration}), so neither reveals that an account exists.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final ApplicationEventPublisher events;

    LoginFailureHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String outcome;
        if (exception instanceof DisabledException) {
            outcome = "unconfirmed";
        } else if (exception instanceof LockedException) {
            outcome = "suspended";
        } else {
            outcome = "error";
        }
        events.publishEvent(SecurityEvent.of(SecurityEventType.LOGIN_FAILED, null, null, maskedLogin(request)));
        response.sendRedirect(request.getContextPath() + "/login?" + outcome);
    }

    /** Enough to spot a pattern in the audit log without storing full login names of strangers. */
    private static String maskedLogin(HttpServletRequest request) {
        String login = request.getParameter("username");
        if (login == null || login.isBlank()) {
            return "login name missing";
        }
        String trimmed = login.strip();
        int shown = Math.min(3, trimmed.length() / 2);
        return "login " + trimmed.substring(0, shown) + "…";
    }
}
