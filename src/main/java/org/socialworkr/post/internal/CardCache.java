package org.socialworkr.post.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.socialworkr.common.audit.SecurityEvent;
import org.socialworkr.common.audit.SecurityEventType;
import org.socialworkr.common.persistence.AfterCommit;
import org.socialworkr.post.PostCard;
import org.socialworkr.post.ReactionKind;
import org.socialworkr.post.internal.PostStore.CardRow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What every viewer sees of a post (its row and author, tags, mentions, images, recipients and
 * counts) kept in memory, so that a warm page of cards costs one statement: the viewer's own
 * reactions, bookmarks and reposts. {@link PostStore} evicts a post after the commit of any write
 * that changes what its card shows (edit, delete, reaction, reply, repost), so the next request
 * reads it again; a suspension or its end drops everything, since it hides or shows all of a
 * member's posts.
 *
 * <p>A load that overlaps an eviction must not cache what it read before the change committed:
 * loads take a {@link #stamp()} before reading, evictions record theirs, and {@link #put} drops
 * what an eviction newer than the load's stamp touched. {@link #LIFETIME} bounds what no post
 * write reports: a renamed author, and a change made on another node when several serve the
 * instance (the evictions are not relayed between nodes). The weight is about the characters
 * held, so {@link #MAX_WEIGHT} keeps the cache near 40 MB.
 */
@Component
class CardCache {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    static final long MAX_WEIGHT = 20_000_000;
    private static final int ENTRY_WEIGHT = 300;

    /** A post's card without the viewer's own reactions, bookmark and repost. */
    record SharedCard(
            CardRow row,
            Set<Long> recipients,
            List<PostCard.Mention> mentions,
            List<String> hashtags,
            List<PostCard.Attachment> media,
            long replies,
            long reposts,
            Map<ReactionKind, Long> reactions) {

        int weight() {
            String html = row.post().bodyHtml();
            return ENTRY_WEIGHT + (html == null ? 0 : html.length()) + 50 * (mentions.size() + media.size());
        }
    }

    private final AtomicLong clock = new AtomicLong();
    private final Cache<Long, SharedCard> cards = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumWeight(MAX_WEIGHT)
            .weigher((Long id, SharedCard card) -> card.weight())
            .build();
    /** When each post was last evicted; kept far longer than any load takes. */
    private final Cache<Long, Long> evictedAt =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();

    private volatile long allEvictedAt;

    Map<Long, SharedCard> present(Collection<Long> ids) {
        return cards.getAllPresent(ids);
    }

    /** Taken before a load reads the database. */
    long stamp() {
        return clock.incrementAndGet();
    }

    /** Caches what a load that started at {@code stamp} read, unless an eviction came since. */
    void put(Map<Long, SharedCard> loaded, long stamp) {
        cards.putAll(loaded);
        if (allEvictedAt > stamp) {
            cards.invalidateAll(loaded.keySet());
            return;
        }
        loaded.keySet().forEach(id -> {
            Long evicted = evictedAt.getIfPresent(id);
            if (evicted != null && evicted > stamp) {
                cards.invalidate(id);
            }
        });
    }

    /** Evicts the posts once the current transaction has committed (at once outside of one). */
    void evictAfterCommit(Long... ids) {
        List<Long> posts = Arrays.stream(ids).filter(Objects::nonNull).toList();
        if (!posts.isEmpty()) {
            AfterCommit.run(() -> {
                long now = clock.incrementAndGet();
                posts.forEach(id -> evictedAt.put(id, now));
                cards.invalidateAll(posts);
            });
        }
    }

    /** A suspended member's posts leave every card at once; a reinstated member's come back. */
    @EventListener
    void on(SecurityEvent event) {
        if (event.type() == SecurityEventType.ACCOUNT_SUSPENDED
                || event.type() == SecurityEventType.ACCOUNT_UNSUSPENDED) {
            AfterCommit.run(() -> {
                allEvictedAt = clock.incrementAndGet();
                cards.invalidateAll();
            });
        }
    }
}
