package org.socialworkr.chat;

public record MessageEdited(long conversationId, long messageId, long senderId) {}
