package org.socialworkr.connection;

/** A member asked another to connect. */
public record ConnectionRequested(long requestId, long requesterId, long addresseeId) {}
