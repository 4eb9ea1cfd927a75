package org.socialworkr.post.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.socialworkr.post.Trending;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TrendingService implements Trending {

    static final int MAX_LIMIT = 50;

    private final PostStore store;
    private final Clock clock;

    TrendingService(PostStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrendingTag> top(int limit, Duration window) {
        return store.trending(clock.instant().minus(window), Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(entry -> new TrendingTag(entry.getKey(), entry.getValue()))
                .toList();
    }
}
