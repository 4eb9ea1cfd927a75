package org.socialworkr.connection;

import java.time.Instant;

/** A pending request as its requester and addressee see it. */
public record ConnectionRequestView(long id, long requesterId, long addresseeId, String note, Instant createdAt) {}
