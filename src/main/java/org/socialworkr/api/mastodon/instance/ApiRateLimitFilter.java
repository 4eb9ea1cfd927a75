package org.socialworkr.api.mastodon.instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Mastodon's general API limit (300 requests per 5 minutes per member, or per address for
 * visitors and apps), with its {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset}
 * headers on every API response so clients can slow down before they hit it. Runs after Spring
 * Security, so it knows the member.
 */
@Component
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final boolean enabled;
    private final long requests;
    private final Duration period;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(30))
            .maximumSize(200_000)
            .build();

    ApiRateLimitFilter(
            @Value("${socialworkr.rate-limits.enabled:true}") boolean enabled,
            @Value("${socialworkr.api.rate-limit.requests:300}") long requests,
            @Value("${socialworkr.api.rate-limit.period:5m}") Duration period) {
        this.enabled = enabled;
        this.requests = requests;
        this.period = period;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled) {
            writeHeaders(response, requests, Instant.now().plus(period));
            chain.doFilter(request, response);
            return;
        }
        Bucket bucket = buckets.get(keyOf(request), ignored -> Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requests)
                        .refillIntervally(requests, period)
                        .build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        writeHeaders(
                response,
                probe.getRemainingTokens(),
                Instant.now()
                        .plusNanos(
                                probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill()));
        if (!probe.isConsumed()) {
            response.setStatus(429);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"Too many requests\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private void writeHeaders(HttpServletResponse response, long remaining, Instant reset) {
        response.setHeader("X-RateLimit-Limit", Long.toString(requests));
        response.setHeader("X-RateLimit-Remaining", Long.toString(remaining));
        response.setHeader(
                "X-RateLimit-Reset", DateTimeFormatter.ISO_INSTANT.format(reset.truncatedTo(ChronoUnit.SECONDS)));
    }

    private static String keyOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName())) {
            return "member:" + authentication.getName();
        }
        return "address:" + request.getRemoteAddr();
    }
}
