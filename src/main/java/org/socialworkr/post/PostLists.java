package org.socialworkr.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Lists of posts and of members around posts, for client apps: a member's posts, favourites, who
 * favourited or reposted a post, and text search. Every list applies {@link ViewerScope}'s rule in
 * its one SQL statement, pages by id (newest first) and never queries once per item.
 */
public interface PostLists {

    /**
     * A member's posts (and reposts) that the viewer may see, newest first.
     *
     * @param viewerId the member looking, or {@code null} for a visitor
     * @param sinceId only posts newer than this id, or {@code null}
     */
    IdPage byAuthor(
            long authorId,
            Long viewerId,
            Long maxId,
            Long sinceId,
            int limit,
            boolean excludeReplies,
            boolean excludeReposts,
            boolean onlyMedia);

    /** How many posts and reposts the member has that are not deleted. */
    long countByAuthor(long authorId);

    /** {@link #countByAuthor} for many members in one statement; a member without posts counts zero. */
    Map<Long, Long> countByAuthors(Collection<Long> authorIds);

    /** The posts the member liked that the member may still see, newest post first. */
    IdPage favourites(long accountId, Long maxId, int limit);

    /**
     * Who liked the post, most recent account id first.
     *
     * @throws PostNotFoundException when the viewer may not see the post
     */
    List<Long> favouritedBy(Long viewerId, long postId, Long maxId, int limit);

    /**
     * Who reposted the post, most recent account id first.
     *
     * @throws PostNotFoundException when the viewer may not see the post
     */
    List<Long> repostedBy(Long viewerId, long postId, Long maxId, int limit);

    /** The authors of these posts (deleted ones included), for "in reply to whom". */
    Map<Long, Long> authorsOf(Collection<Long> postIds);

    /** Posts the viewer may see whose text contains the words, newest first. */
    List<Long> search(String text, Long viewerId, Long maxId, int offset, int limit);

    /** Hashtags in use that start with the prefix, most used first. */
    List<String> searchTags(String prefix, int limit);
}
