package org.socialworkr.post.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.socialworkr.post.Trending;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trending tags count public posts over a window, which at 2,000,000 posts means grouping about
 * 1.8 million hashtag rows; the home page shows them on every view. They are the same for every
 * viewer, so each answer is kept for {@link #FRESHNESS} instead of counted per page view.
 */
@Service
class TrendingService implements Trending {

    static final int MAX_LIMIT = 50;
    static final Duration FRESHNESS = Duration.ofSeconds(30);

    private record Question(int limit, Duration window) {}

    private final PostStore store;
    private final Clock clock;
    private final Cache<Question, List<TrendingTag>> answers =
            Caffeine.newBuilder().expireAfterWrite(FRESHNESS).maximumSize(100).build();

    TrendingService(PostStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrendingTag> top(int limit, Duration window) {
        return answers.get(new Question(Math.max(1, Math.min(limit, MAX_LIMIT)), window), this::count);
    }

    private List<TrendingTag> count(Question question) {
        return store.trending(clock.instant().minus(question.window()), question.limit()).stream()
                .map(entry -> new TrendingTag(entry.getKey(), entry.getValue()))
                .toList();
    }
}
