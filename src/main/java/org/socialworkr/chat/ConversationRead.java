package org.socialworkr.chat;

/** A participant has seen the conversation up to a message. */
public record ConversationRead(long conversationId, long accountId, long lastReadMessageId) {}
