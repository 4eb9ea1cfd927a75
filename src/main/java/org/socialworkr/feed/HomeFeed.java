package org.socialworkr.feed;

import java.util.List;
import org.socialworkr.account.CurrentAccount;
import org.socialworkr.post.PostCard;

/**
 * A member's timelines with everything the member must not see left out: posts of muted and
 * blocked members (also as reposts by others), connections-only posts of non-connections, and
 * direct posts to someone else.
 */
public interface HomeFeed {

    int DEFAULT_LIMIT = 20;

    /** How many new posts the "new posts" notice counts before it says "more than". */
    int NEW_POSTS_CAP = 99;

    /**
     * @param maxId the id of the last post seen, for the next older page, or {@code null}
     * @param sinceId only posts newer than this id, or {@code null}
     */
    FeedPage home(CurrentAccount viewer, Long maxId, Long sinceId, int limit);

    /** New posts in the member's home timeline since {@code sinceId}, counted up to {@link #NEW_POSTS_CAP}. */
    int countNewer(long viewerId, long sinceId);

    /** Public top-level posts of everyone on the instance but whom the viewer muted or blocked. */
    FeedPage publicTimeline(CurrentAccount viewer, Long maxId, Long sinceId, int limit);

    /**
     * @param networkEmpty whether the member follows and is connected with nobody yet
     * @param nextMaxId the cursor of the next older page, or {@code null} on the last page
     */
    record FeedPage(List<PostCard> cards, boolean networkEmpty, Long nextMaxId) {

        public FeedPage {
            cards = List.copyOf(cards);
        }

        /** The newest post on the page, where the "new posts" notice starts counting. */
        public long newestId() {
            return cards.isEmpty() ? 0 : cards.get(0).id();
        }
    }
}
