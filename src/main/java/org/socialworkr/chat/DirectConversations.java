package org.socialworkr.chat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A member's conversations the way a client of the Mastodon API reads them
 * ({@code /api/v1/conversations}): direct and group alike, newest activity first, each with its
 * last message and unread flag, paged by the last message's id. Message requests are among them,
 * as such a client has no requests tab: answering one accepts it, as on the web. Single messages
 * are found by id. The same rules as {@link Conversations} apply: what the member cannot read is
 * not found.
 */
public interface DirectConversations {

    /**
     * The conversations the member can read (inbox and requests), newest activity first.
     *
     * @param maxMessageId only conversations whose last message is older than this message id, or {@code null}
     * @param sinceMessageId only conversations whose last message is newer than this message id, or {@code null}
     * @param limit at most {@link Conversations#MAX_PAGE_SIZE}
     */
    List<Summary> directConversations(long memberId, Long maxMessageId, Long sinceMessageId, int limit);

    /** One conversation the member can read, as the list shows it. */
    Summary directConversation(long memberId, long conversationId);

    /**
     * Marks the conversation read up to its newest message; a message request stays unread until
     * it is accepted (by answering it), so that its sender sees no "seen" before.
     */
    void markDirectConversationRead(long memberId, long conversationId);

    /** Removes the conversation from the member's list (deletes their side). */
    void removeDirectConversation(long memberId, long conversationId);

    /**
     * A message the member can read (sent since they last cleared their side), with everyone in its conversation.
     *
     * @throws org.socialworkr.common.NotFoundException otherwise
     */
    Message message(long memberId, long messageId);

    /** The member's group conversation whose participants are exactly these members and the member, if any. */
    Optional<Long> groupConversationWith(long memberId, Collection<Long> otherMemberIds);

    /**
     * @param otherAccountIds the other participants
     * @param lastMessageId the cursor: the conversation's newest message id (0 when empty)
     * @param lastMessage the newest message the member can see, or {@code null} (none, or deleted)
     */
    record Summary(
            long conversationId,
            List<Long> otherAccountIds,
            long lastMessageId,
            MessageView lastMessage,
            boolean unread) {}

    /** @param participantIds everyone who can read the conversation, the sender included */
    record Message(MessageView message, List<Long> participantIds) {}
}
