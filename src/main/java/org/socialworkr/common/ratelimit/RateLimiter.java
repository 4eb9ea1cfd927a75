package org.socialworkr.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.socialworkr.common.TooManyRequestsException;
import org.springframework.stereotype.Component;

/**
 * Token buckets per limit name and key (an address, an account), kept in memory for as long as
 * they are in use. Limits are per node; behind a load balancer each node counts on its own.
 */
@Component
public class RateLimiter {

    private static final Duration IDLE_BUCKET_LIFETIME = Duration.ofHours(2);
    private static final int MAX_TRACKED_KEYS = 200_000;

    private final RateLimitProperties properties;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(IDLE_BUCKET_LIFETIME)
            .maximumSize(MAX_TRACKED_KEYS)
            .build();

    RateLimiter(RateLimitProperties properties) {
        this.properties = properties;
    }

    /** Takes one attempt from the bucket; {@code false} when the limit is reached. */
    public boolean tryAcquire(String limitName, String key) {
        if (!properties.enabled() || key == null) {
            return true;
        }
        RateLimitProperties.Limit limit = properties.limits().get(limitName);
        if (limit == null) {
            throw new IllegalStateException(
                    "No rate limit configured under socialworkr.rate-limits.limits." + limitName);
        }
        String bucketKey = limitName + '\u0000' + key.toLowerCase(Locale.ROOT);
        return buckets.get(bucketKey, ignored -> newBucket(limit)).tryConsume(1);
    }

    /** Like {@link #tryAcquire} but throws {@link TooManyRequestsException} when the limit is reached. */
    public void acquire(String limitName, String key) {
        if (!tryAcquire(limitName, key)) {
            throw new TooManyRequestsException();
        }
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.attempts())
                        .refillGreedy(limit.attempts(), limit.period())
                        .build())
                .build();
    }
}
