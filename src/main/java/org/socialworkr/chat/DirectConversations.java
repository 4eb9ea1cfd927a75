package org.socialworkr.chat;

import java.util.List;

/**
 * The member's direct conversations the way the Mastodon API shows them
 * ({@code /api/v1/conversations}): newest activity first, with the last message and unread flag.
 */
public interface DirectConversations {

    /**
     * @param maxId only conversations whose last message is older than this message id, or {@code null}
     * @param limit at most {@link Conversations#MAX_PAGE_SIZE}
     */
    List<Summary> directConversations(long memberId, Long maxId, int limit);

    /** Marks the conversation read up to its newest message. */
    void markDirectConversationRead(long memberId, long conversationId);

    /** Removes the conversation from the member's list (deletes their side). */
    void removeDirectConversation(long memberId, long conversationId);

    /**
     * @param otherAccountIds the other participants
     * @param lastMessage the newest visible message, or {@code null}
     */
    record Summary(long conversationId, List<Long> otherAccountIds, MessageView lastMessage, boolean unread) {}
}
