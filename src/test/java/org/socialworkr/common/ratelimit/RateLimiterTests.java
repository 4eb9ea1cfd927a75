package org.socialworkr.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialworkr.common.TooManyRequestsException;

class RateLimiterTests {

    private static RateLimiter limiter(boolean enabled) {
        return new RateLimiter(new RateLimitProperties(
                enabled, Map.of("login", new RateLimitProperties.Limit(2, Duration.ofMinutes(10)))));
    }

    @Test
    void countsEachKeySeparatelyAndIgnoresCase() {
        RateLimiter limiter = limiter(true);
        assertThat(limiter.tryAcquire("login", "Maria")).isTrue();
        assertThat(limiter.tryAcquire("login", "maria")).isTrue();
        assertThat(limiter.tryAcquire("login", "MARIA")).isFalse();
        assertThat(limiter.tryAcquire("login", "james")).isTrue();
        assertThatThrownBy(() -> limiter.acquire("login", "maria")).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void switchedOffItAllowsEverything() {
        RateLimiter limiter = limiter(false);
        for (int i = 0; i < 100; i++) {
            assertThat(limiter.tryAcquire("login", "maria")).isTrue();
        }
    }

    @Test
    void anUnconfiguredLimitIsAProgrammingError() {
        assertThatThrownBy(() -> limiter(true).tryAcquire("unknown", "x")).isInstanceOf(IllegalStateException.class);
    }
}
