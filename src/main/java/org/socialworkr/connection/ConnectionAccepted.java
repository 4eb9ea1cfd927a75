package org.socialworkr.connection;

/** Two members are now connected: the addressee accepted the requester's request. */
public record ConnectionAccepted(long requestId, long requesterId, long addresseeId) {}
