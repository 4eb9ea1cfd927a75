package org.socialworkr.post;

/**
 * A post was deleted (by its author or a moderator; it stays in threads as a placeholder), or a
 * repost was withdrawn: the repost's own id then, by the member who had reposted.
 */
public record PostDeleted(long postId, long authorId) {}
