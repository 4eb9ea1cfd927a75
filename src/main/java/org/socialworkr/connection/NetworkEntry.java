package org.socialworkr.connection;

import java.time.Instant;

/**
 * A member on one of another member's lists (connections, followers, following, blocked, muted).
 *
 * @param cursor the position on the list: pass the last one as {@code maxId} for the next page
 * @param since when the relationship began
 */
public record NetworkEntry(long cursor, long accountId, Instant since) {}
