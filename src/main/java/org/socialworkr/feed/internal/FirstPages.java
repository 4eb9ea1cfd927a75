package org.socialworkr.feed.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.socialworkr.common.persistence.AfterCommit;
import org.socialworkr.feed.internal.ViewerNetworks.Network;
import org.socialworkr.post.PostDeleted;
import org.socialworkr.post.PostPublished;
import org.socialworkr.post.PostReposted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The ids of each reader's newest home page, kept until something could change them: the page is
 * read again when anyone in the reader's network (or the reader) publishes, reposts or deletes, when
 * someone posts in one of the reader's groups, and when the reader's network changes (a new
 * {@link Network} from {@link ViewerNetworks}, after a follow, connection, block, mute or group
 * change). This is fan-out on write to cached timelines only, done lazily: a post costs one map
 * write for its author (and group), never a write per follower, and a reader's cached page checks
 * the stamps of the authors it depends on (a few microseconds for hundreds of authors).
 *
 * <p>Every change takes a stamp from one clock after its commit; a page records the clock before
 * its query ran and is used only while none of its authors or groups has a newer stamp, so a
 * change committed while the page was being read is never hidden. Edits, reactions and replies
 * do not change which posts a page holds; their cards are read fresh by the post module.
 *
 * <p>A page of twenty ids takes under 1 KB, so {@link #MAX_PAGES} bounds this cache near 35 MB.
 *
 * <p>Per node: on several nodes a post published on another node reaches this node's cached pages
 * only when its events are relayed here; {@link #FRESHNESS} bounds that delay until they are.
 */
@Component
class FirstPages {

    static final Duration FRESHNESS = Duration.ofSeconds(30);
    static final long MAX_PAGES = 50_000;

    /**
     * @param network the network the page was read for, weakly: a page must not keep a network
     *     that {@link ViewerNetworks} has let go of (and a new one makes the page stale anyway)
     * @param stamp the clock before the page's query ran
     */
    record Page(WeakReference<Network> network, int limit, long stamp, List<Long> ids) {

        Page {
            ids = List.copyOf(ids);
        }

        boolean readFor(Network current) {
            return network.get() == current;
        }
    }

    private final AtomicLong clock = new AtomicLong();
    private final Map<Long, Long> authorChanged = new ConcurrentHashMap<>();
    private final Map<Long, Long> groupChanged = new ConcurrentHashMap<>();
    private final Cache<Long, Page> pages = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumSize(MAX_PAGES)
            .build();

    /** The cached newest page of the reader of {@code network}, or {@code query}'s answer, then cached. */
    List<Long> newest(Network network, int limit, Supplier<List<Long>> query) {
        Page page = pages.getIfPresent(network.viewerId());
        if (page != null && page.readFor(network) && page.limit() == limit && unchanged(page, network)) {
            return page.ids();
        }
        long stamp = clock.incrementAndGet();
        List<Long> ids = query.get();
        pages.put(network.viewerId(), new Page(new WeakReference<>(network), limit, stamp, ids));
        return ids;
    }

    /** Every author the page may hold is checked, muted and blocked members included (harmlessly). */
    private boolean unchanged(Page page, Network network) {
        return unchanged(authorChanged, network.viewerId(), page.stamp())
                && unchanged(authorChanged, network.following(), page.stamp())
                && unchanged(authorChanged, network.connections(), page.stamp())
                && unchanged(groupChanged, network.groups(), page.stamp());
    }

    private static boolean unchanged(Map<Long, Long> changed, long[] ids, long stamp) {
        for (long id : ids) {
            if (!unchanged(changed, id, stamp)) {
                return false;
            }
        }
        return true;
    }

    private static boolean unchanged(Map<Long, Long> changed, long id, long stamp) {
        Long at = changed.get(id);
        return at == null || at < stamp;
    }

    @EventListener
    void on(PostPublished event) {
        AfterCommit.run(() -> {
            long now = clock.incrementAndGet();
            authorChanged.put(event.authorId(), now);
            if (event.groupId() != null) {
                groupChanged.put(event.groupId(), now);
            }
        });
    }

    @EventListener
    void on(PostReposted event) {
        AfterCommit.run(() -> authorChanged.put(event.accountId(), clock.incrementAndGet()));
    }

    /** A deleted post leaves its cards at once (the post module); this refills the pages it left short. */
    @EventListener
    void on(PostDeleted event) {
        AfterCommit.run(() -> authorChanged.put(event.authorId(), clock.incrementAndGet()));
    }
}
