package org.socialworkr.post.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.socialworkr.common.persistence.AfterCommit;
import org.springframework.stereotype.Component;

/**
 * How many posts and reposts each author has, kept in memory: client apps show the count on every
 * account embedded in a status, and counting a prolific author's posts on every page would cost
 * more than the page. {@link PostStore} drops an author's count after the commit of any post row
 * it writes for them; {@link #LIFETIME} bounds how stale a count may be after a write on another
 * node or a load that overlapped a write (a count is a figure to show, never a permission).
 */
@Component
class AuthorPostCounts {

    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final long MAX_AUTHORS = 200_000;

    private final Cache<Long, Long> counts = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumSize(MAX_AUTHORS)
            .build();

    Map<Long, Long> counts(Collection<Long> authorIds, Function<Collection<Long>, Map<Long, Long>> load) {
        return counts.getAll(authorIds, missing -> load.apply(Set.copyOf(missing)));
    }

    void evictAfterCommit(long authorId) {
        AfterCommit.run(() -> counts.invalidate(authorId));
    }
}
