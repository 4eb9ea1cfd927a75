package org.socialworkr.post;

/** A member reacted to a post (again, possibly: reacting twice changes nothing but says so twice). */
public record PostReacted(long postId, long authorId, long accountId, ReactionKind kind) {}
