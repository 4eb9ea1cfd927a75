package org.socialworkr.common.ratelimit;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits, each a number of attempts per period under a name such as {@code login-per-address}.
 * {@code socialworkr.rate-limits.enabled=false} switches them all off: for benchmarks and load
 * tests only, never in production.
 */
@ConfigurationProperties("socialworkr.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, Map<String, Limit> limits) {

    public RateLimitProperties {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public record Limit(int attempts, Duration period) {}
}
