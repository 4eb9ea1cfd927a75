package org.socialworkr.chat;

public record MessageDeleted(long conversationId, long messageId, long senderId) {}
