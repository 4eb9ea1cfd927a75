package org.socialworkr.feed.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.socialworkr.connection.Connections;
import org.socialworkr.connection.RelationshipChanged;
import org.socialworkr.post.GroupAccess;
import org.socialworkr.post.Timelines.AudienceChanged;
import org.socialworkr.post.Timelines.HomeAudience;
import org.socialworkr.post.ViewerScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Each reader's network (followees, connections, blocks either way, mutes, groups) kept in memory,
 * because every feed page needs it and it changes rarely: reading it costs five statements, more
 * than the page itself (one for the ids, two for the cards). A change drops the entries of both
 * members right after its commit ({@link RelationshipChanged}, {@link AudienceChanged}), before the
 * member who made it sees a response, so a new follow, mute or block applies to the next page.
 * {@link #FRESHNESS} bounds how long a change made on another node goes unseen when several nodes
 * serve the instance. Each id is held in the sorted arrays and in the sets of the audience and
 * scope worked out once from them (about 100 bytes an id): a member following 150 others costs
 * about 15 KB, so {@link #MAX_IDS} (about 60 MB) holds a few thousand active members.
 */
@Component
class ViewerNetworks {

    static final Duration FRESHNESS = Duration.ofSeconds(60);
    static final long MAX_IDS = 600_000;

    private final Connections connections;
    private final ObjectProvider<GroupAccess> groups;
    private final Cache<Long, Network> networks = Caffeine.newBuilder()
            .expireAfterWrite(FRESHNESS)
            .maximumWeight(MAX_IDS)
            .weigher((Long viewerId, Network network) -> network.size())
            .build();

    ViewerNetworks(Connections connections, ObjectProvider<GroupAccess> groups) {
        this.connections = connections;
        this.groups = groups;
    }

    /**
     * Loaded in the cache's own computation, so an invalidation that arrives meanwhile waits for it
     * and then removes what it loaded: a change committed during a load is never cached over.
     */
    Network of(long viewerId) {
        return networks.get(viewerId, this::load);
    }

    private Network load(long viewerId) {
        GroupAccess groupAccess = groups.getIfAvailable();
        return Network.of(
                viewerId,
                ids(connections.followingIds(viewerId)),
                ids(connections.connectionIds(viewerId)),
                ids(connections.blockedEitherWay(viewerId)),
                ids(connections.mutedIds(viewerId)),
                ids(groupAccess == null ? Set.of() : groupAccess.memberGroupIds(viewerId)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RelationshipChanged event) {
        networks.invalidate(event.memberId());
        networks.invalidate(event.otherId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AudienceChanged event) {
        networks.invalidateAll(event.memberIds());
    }

    private static long[] ids(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * A member's network; the arrays are sorted and never changed. The audience and scope every
     * page needs are worked out once, when the network is read.
     */
    record Network(
            long viewerId,
            long[] following,
            long[] connections,
            long[] blocked,
            long[] muted,
            long[] groups,
            HomeAudience audience,
            ViewerScope scope) {

        static Network of(
                long viewerId, long[] following, long[] connections, long[] blocked, long[] muted, long[] groups) {
            Set<Long> hidden = set(blocked);
            hidden.addAll(set(muted));
            // Muted and blocked members leave the author set before the query, so their posts
            // never take a place on a page that filtering would then leave short.
            Set<Long> connected = set(connections);
            connected.removeAll(hidden);
            Set<Long> authors = set(following);
            authors.addAll(connected);
            authors.removeAll(hidden);
            authors.add(viewerId);
            return new Network(
                    viewerId,
                    following,
                    connections,
                    blocked,
                    muted,
                    groups,
                    new HomeAudience(viewerId, authors, connected, hidden, set(groups)),
                    new ViewerScope(viewerId, set(connections), set(blocked), set(groups)));
        }

        int size() {
            return 1 + following.length + connections.length + blocked.length + muted.length + groups.length;
        }

        Set<Long> hidden() {
            return audience.hiddenAuthorIds();
        }

        /** Whether the member follows and is connected with nobody (but the muted and blocked). */
        boolean empty() {
            return audience.authorIds().size() == 1;
        }

        private static Set<Long> set(long[] ids) {
            Set<Long> set = new HashSet<>(ids.length * 2);
            for (long id : ids) {
                set.add(id);
            }
            return set;
        }
    }
}
