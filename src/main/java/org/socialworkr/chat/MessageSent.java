package org.socialworkr.chat;

import java.util.Set;

/** A message was sent; {@code recipientIds} are the other participants at that moment. */
public record MessageSent(long conversationId, long messageId, long senderId, Set<Long> recipientIds) {}
