package org.socialworkr.connection;

/** A member blocked another: every channel between them is cut, and later modules drop what they hold. */
public record MemberBlocked(long blockerId, long blockedId) {}
