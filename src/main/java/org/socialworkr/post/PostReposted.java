package org.socialworkr.post;

/** A member reposted a public post; {@code repostId} is the new repost. */
public record PostReposted(long postId, long authorId, long accountId, long repostId) {}
