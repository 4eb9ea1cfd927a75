package org.socialworkr.feed.internal;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.feed.HomeFeed;
import org.socialworkr.feed.internal.ViewerNetworks.Network;
import org.socialworkr.post.PostCards;
import org.socialworkr.post.Timelines;
import org.socialworkr.post.Timelines.HomeAudience;
import org.socialworkr.post.ViewerScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home timeline as a read model, fanned out on read (see the post module's timeline queries
 * for the measurement): the member's network from memory ({@link ViewerNetworks}), the page of ids
 * in one statement, then the post module's cards in two more, whatever the size of the page. The
 * newest page's ids stay in memory until its authors post ({@link FirstPages}), and the cards'
 * shared part until their posts change (the post module's card cache), so a warm page costs one
 * statement: the reader's own reactions, bookmarks and reposts. See the package documentation.
 */
@Service
@Transactional(readOnly = true)
class NetworkHomeFeed implements HomeFeed {

    private final ViewerNetworks networks;
    private final FirstPages firstPages;
    private final Timelines timelines;
    private final PostCards cards;

    NetworkHomeFeed(ViewerNetworks networks, FirstPages firstPages, Timelines timelines, PostCards cards) {
        this.networks = networks;
        this.firstPages = firstPages;
        this.timelines = timelines;
        this.cards = cards;
    }

    @Override
    public FeedPage home(CurrentAccount viewer, Long maxId, Long sinceId, int limit) {
        Network network = networks.of(viewer.id());
        HomeAudience audience = network.audience();
        List<Long> ids = maxId == null && sinceId == null
                ? firstPages.newest(network, limit, () -> timelines.home(audience, null, null, limit))
                : timelines.home(audience, maxId, sinceId, limit);
        return page(ids, viewer, network.scope(), network.empty(), limit);
    }

    @Override
    public int countNewer(long viewerId, long sinceId) {
        return timelines.countNewer(networks.of(viewerId).audience(), sinceId, NEW_POSTS_CAP + 1);
    }

    @Override
    public FeedPage publicTimeline(CurrentAccount viewer, Long maxId, Long sinceId, int limit) {
        Network network = networks.of(viewer.id());
        List<Long> ids = timelines.publicTimeline(network.hidden(), maxId, sinceId, limit);
        return page(ids, viewer, network.scope(), false, limit);
    }

    /** The cursor comes from the ids, not the cards: a card the post module leaves out must not end paging. */
    private FeedPage page(List<Long> ids, CurrentAccount viewer, ViewerScope scope, boolean networkEmpty, int limit) {
        Long nextMaxId = ids.size() == limit ? ids.get(ids.size() - 1) : null;
        return new FeedPage(cards.cards(ids, viewer, scope), networkEmpty, nextMaxId);
    }
}
