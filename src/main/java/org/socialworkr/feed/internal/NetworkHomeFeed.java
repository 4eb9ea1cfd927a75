package org.socialworkr.feed.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.connection.Connections;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.Timelines;
import org.socialworkr.post.Timelines.HomeAudience;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home timeline as a read model, fanned out on read (see the post module's timeline queries
 * for the measurement): the member's network in four small indexed lookups, the page of ids in one
 * statement, then the post module's cards in their batched reads, whatever the size of the page.
 */
@Service
@Transactional(readOnly = true)
class NetworkHomeFeed implements HomeFeed {

    private final Connections connections;
    private final Timelines timelines;
    private final PostCards cards;

    NetworkHomeFeed(Connections connections, Timelines timelines, PostCards cards) {
        this.connections = connections;
        this.timelines = timelines;
        this.cards = cards;
    }

    @Override
    public FeedPage home(CurrentAccount viewer, Long maxId, Long sinceId, int limit) {
        HomeAudience audience = audience(viewer.id());
        List<Long> ids = timelines.home(audience, maxId, sinceId, limit);
        boolean networkEmpty = audience.authorIds().size() == 1;
        return page(ids, viewer, networkEmpty, limit);
    }

    @Override
    public int countNewer(long viewerId, long sinceId) {
        return timelines.countNewer(audience(viewerId), sinceId, NEW_POSTS_CAP + 1);
    }

    @Override
    public FeedPage publicTimeline(CurrentAccount viewer, Long maxId, Long sinceId, int limit) {
        List<Long> ids = timelines.publicTimeline(hidden(viewer.id()), maxId, sinceId, limit);
        return page(ids, viewer, false, limit);
    }

    /**
     * Muted and blocked members leave the author set before the query, so their posts never take
     * a place on a page that filtering would then leave short.
     */
    private HomeAudience audience(long viewerId) {
        Set<Long> hidden = hidden(viewerId);
        Set<Long> connected = new HashSet<>(connections.connectionIds(viewerId));
        connected.removeAll(hidden);
        Set<Long> authors = new HashSet<>(connections.followingIds(viewerId));
        authors.addAll(connected);
        authors.removeAll(hidden);
        authors.add(viewerId);
        return new HomeAudience(viewerId, authors, connected, hidden);
    }

    private Set<Long> hidden(long viewerId) {
        Set<Long> hidden = new HashSet<>(connections.blockedEitherWay(viewerId));
        hidden.addAll(connections.mutedIds(viewerId));
        return hidden;
    }

    /** The cursor comes from the ids, not the cards: a card the post module leaves out must not end paging. */
    private FeedPage page(List<Long> ids, CurrentAccount viewer, boolean networkEmpty, int limit) {
        Long nextMaxId = ids.size() == limit ? ids.get(ids.size() - 1) : null;
        return new FeedPage(cards.cards(ids, viewer), networkEmpty, nextMaxId);
    }
}
