package org.socialworkr.post;

/** A post was deleted (by its author or a moderator); it stays in threads as a placeholder. */
public record PostDeleted(long postId, long authorId) {}
