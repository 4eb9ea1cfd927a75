package org.socialworkr.chat;

/**
 * A member of a conversation as the others see them.
 *
 * @param lastReadMessageId the newest message they have seen (0 for none): the "seen" state
 * @param pending they have not accepted the message request yet
 */
public record Participant(
        long accountId, String username, String displayName, long lastReadMessageId, boolean pending) {}
