package org.socialworkr.post;

/** A post's text or content warning was edited by its author; the previous version is in its history. */
public record PostEdited(long postId, long authorId) {}
