package org.socialworkr.post.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.socialworkr.post.Trending;
import org.springframework.stereotype.Service;

/**
 * Trending tags count public posts over a window, which at 2,000,000 posts means grouping about
 * 1.8 million hashtag rows (about a second on PostgreSQL); the home page shows them on every view.
 * They are the same for every viewer, so each answer is kept and recounted in the background once
 * it is older than {@link #FRESHNESS}: pages keep getting the previous answer meanwhile. Counting
 * on the request that finds the answer stale made every page of that moment wait for the count, a
 * pile-up of seconds under load. Only the first page after a start waits for it.
 */
@Service
class TrendingService implements Trending {

    static final int MAX_LIMIT = 50;
    static final Duration FRESHNESS = Duration.ofSeconds(30);

    /** An answer nobody asked for in this long is dropped rather than recounted. */
    private static final Duration UNUSED = Duration.ofMinutes(10);

    private record Question(int limit, Duration window) {}

    private final PostStore store;
    private final Clock clock;
    private final LoadingCache<Question, List<TrendingTag>> answers;

    TrendingService(PostStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.answers = Caffeine.newBuilder()
                .refreshAfterWrite(FRESHNESS)
                .expireAfterAccess(UNUSED)
                .maximumSize(100)
                .build(this::count);
    }

    @Override
    public List<TrendingTag> top(int limit, Duration window) {
        return answers.get(new Question(Math.max(1, Math.min(limit, MAX_LIMIT)), window));
    }

    private List<TrendingTag> count(Question question) {
        return store.trending(clock.instant().minus(question.window()), question.limit()).stream()
                .map(entry -> new TrendingTag(entry.getKey(), entry.getValue()))
                .toList();
    }
}
