package org.socialworkr.connection;

/** A member started following another (also when connecting, for both directions). */
public record FollowStarted(long followerId, long followeeId) {}
