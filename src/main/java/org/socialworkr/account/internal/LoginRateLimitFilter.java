package org.socialworkr.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.common.ratelimit.RateLimiter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/** Limits password attempts per client address and per login name, before any password is checked. */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private static final RequestMatcher LOGIN_ATTEMPT =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;

    LoginRateLimitFilter(RateLimiter rateLimiter, ApplicationEventPublisher events) {
        this.rateLimiter = rateLimiter;
        this.events = events;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_ATTEMPT.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String login = request.getParameter("username");
        boolean allowed = rateLimiter.tryAcquire("login-per-address", request.getRemoteAddr())
                && rateLimiter.tryAcquire("login-per-account", login == null ? "" : login.strip());
        if (!allowed) {
            events.publishEvent(SecurityEvent.of(SecurityEventType.RATE_LIMITED, null, null, "login"));
            response.sendRedirect(request.getContextPath() + "/login?limited");
            return;
        }
        chain.doFilter(request, response);
    }
}
