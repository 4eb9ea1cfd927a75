package org.socialworkr.connection.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialworkr.common.persistence.AfterCommit;
import org.socialworkr.connection.NetworkCounts;
import org.socialworkr.connection.RelationshipChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Members' connection, follower and following counts kept in memory. Client apps show them on
 * every account embedded in a status, and counting a well-followed member's tens of thousands of
 * follows on every page would cost far more than the page itself. A count changes only with a
 * relationship of its member, so both members' counts are dropped after such a change commits;
 * {@link #LIFETIME} bounds how stale a count may be after a change on another node, or after a
 * load that overlapped a change (a count is a figure to show, never a permission).
 */
@Component
class NetworkCountsCache {

    static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final long MAX_MEMBERS = 200_000;

    private final NetworkStore store;
    private final Cache<Long, NetworkCounts> counts = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumSize(MAX_MEMBERS)
            .build();

    NetworkCountsCache(NetworkStore store) {
        this.store = store;
    }

    Map<Long, NetworkCounts> counts(Collection<Long> memberIds) {
        return counts.getAll(memberIds, missing -> store.counts(Set.copyOf(missing)));
    }

    @EventListener
    void on(RelationshipChanged event) {
        AfterCommit.run(() -> counts.invalidateAll(List.of(event.memberId(), event.otherId())));
    }
}
