package org.socialworkr.post;

import java.util.List;
import java.util.Set;

/**
 * Which posts a timeline shows, newest first, as ids for {@link PostCards#cards}: a page costs one
 * statement for the ids and the cards' batched reads, never one per post. Every timeline pages by
 * id (ids grow with time), never by offset. The visibility rule in the SQL is {@link ViewerScope}'s.
 */
public interface Timelines {

    /**
     * Whose posts a member's home timeline holds and what the member may see of them. The caller
     * (the feed) works it out from the member's network, so this module needs no knowledge of
     * follows and connections.
     *
     * @param viewerId the member reading
     * @param authorIds followees, connections and the viewer, without muted or blocked members
     * @param connectionIds the viewer's connections, whose connections-only posts the viewer may read
     * @param hiddenAuthorIds muted and blocked members: their posts reposted by others stay hidden too
     * @param groupIds the groups the viewer belongs to ({@link GroupAccess#memberGroupIds}): their
     *     top-level posts join the timeline, whoever wrote them
     */
    record HomeAudience(
            long viewerId,
            Set<Long> authorIds,
            Set<Long> connectionIds,
            Set<Long> hiddenAuthorIds,
            Set<Long> groupIds) {

        public HomeAudience(long viewerId, Set<Long> authorIds, Set<Long> connectionIds, Set<Long> hiddenAuthorIds) {
            this(viewerId, authorIds, connectionIds, hiddenAuthorIds, Set.of());
        }

        public HomeAudience {
            authorIds = Set.copyOf(authorIds);
            connectionIds = Set.copyOf(connectionIds);
            hiddenAuthorIds = Set.copyOf(hiddenAuthorIds);
            groupIds = Set.copyOf(groupIds);
        }
    }

    /**
     * A member's home audience changed outside the connection module (which publishes its own
     * {@code RelationshipChanged}): publish it when members join or leave a group, so that a home
     * feed keeping their audience in memory reads it again. Handled after the commit.
     */
    record AudienceChanged(Set<Long> memberIds) {

        public AudienceChanged {
            memberIds = Set.copyOf(memberIds);
        }
    }

    /**
     * The home timeline: posts and reposts by the audience's authors, and their replies to one
     * another (as in Mastodon, a reply to a stranger stays in its thread), that the viewer may
     * read ({@link ViewerScope}): public and members-only posts, connections-only posts of
     * connections, direct posts the viewer received, and all of the viewer's own.
     *
     * @param maxId only posts older than this id, or {@code null} for the newest
     * @param sinceId only posts newer than this id, or {@code null}
     */
    List<Long> home(HomeAudience audience, Long maxId, Long sinceId, int limit);

    /** How many posts newer than {@code sinceId} the home timeline holds, counted up to {@code cap}. */
    int countNewer(HomeAudience audience, long sinceId, int cap);

    /** Public top-level posts and reposts of everyone on this instance but the hidden authors. */
    List<Long> publicTimeline(Set<Long> hiddenAuthorIds, Long maxId, Long sinceId, int limit);

    /**
     * A group's timeline: its top-level posts, newest first, without the hidden authors. It does not
     * check who reads: the caller asks {@link GroupAccess#mayRead} (or the group module's facade) first.
     *
     * @param maxId only posts older than this id, or {@code null}
     * @param sinceId only posts newer than this id, or {@code null}
     * @param minId like {@code sinceId}, but the page is the posts right after {@code minId} (still
     *     returned newest first), as Mastodon's {@code min_id}
     */
    List<Long> group(long groupId, Set<Long> hiddenAuthorIds, Long maxId, Long sinceId, Long minId, int limit);
}
