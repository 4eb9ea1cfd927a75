package org.socialworkr.connection;

/** How many connections, followers and followed members a member has. */
public record NetworkCounts(long connections, long followers, long following) {}
