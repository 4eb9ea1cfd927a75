package org.socialworkr.chat;

import java.util.Collection;
import java.util.Map;

/**
 * Conversations and their messages. Every call names the acting member and checks that they may
 * do it: a conversation the member is not in is not found, whatever the call.
 */
public interface Conversations {

    int MAX_PARTICIPANTS = 50;
    int MAX_TEXT_LENGTH = 5000;
    int MAX_TITLE_LENGTH = 100;
    int MAX_PAGE_SIZE = 100;

    /**
     * The direct conversation between the two members, started if there is none yet.
     *
     * @throws org.socialworkr.common.NotAllowedException when the other member does not accept
     *     messages from the starter (setting, block)
     */
    ConversationView startDirect(long starterId, long otherId);

    /** A new group conversation with a title and the starter among the participants. */
    ConversationView startGroup(long starterId, String title, Collection<Long> memberIds);

    /** Adds members to a group conversation; each must accept messages from the member who adds them. */
    void addParticipants(long memberId, long conversationId, Collection<Long> newMemberIds);

    /** Leaves a group conversation; a direct conversation cannot be left, only deleted on one's side. */
    void leave(long memberId, long conversationId);

    void mute(long memberId, long conversationId, boolean muted);

    /** Moves a message request to the inbox: the member will now see it like any other conversation. */
    void acceptRequest(long memberId, long conversationId);

    /** Declines a message request: the member leaves the conversation and its sender cannot write there again. */
    void declineRequest(long memberId, long conversationId);

    /** Hides the history so far from this member only, and the conversation until a new message arrives. */
    void deleteMySide(long memberId, long conversationId);

    ConversationPage list(long memberId, Folder folder, String cursor, int limit);

    ConversationView conversation(long memberId, long conversationId);

    /** Whether the member is an active participant (or holds a request) and may read the conversation. */
    boolean canRead(long memberId, long conversationId);

    /**
     * Messages older than {@code maxId} (newest page when {@code null}), oldest first, or, with
     * {@code sinceId}, every message newer than it (up to the limit): how a client catches up
     * after a dropped connection.
     */
    MessagePage messages(long memberId, long conversationId, Long maxId, Long sinceId, int limit);

    /**
     * @throws ChatConfidentialityException when the guard finds something and the draft is not confirmed
     */
    MessageView send(long senderId, long conversationId, MessageDraft draft);

    /** Only the sender, only within {@link #EDIT_WINDOW_MINUTES} minutes, guarded like a new message. */
    MessageView edit(long memberId, long messageId, String text, boolean confidentialityConfirmed);

    int EDIT_WINDOW_MINUTES = 15;

    /** The sender deletes a message for everyone; it stays in place as "message deleted". */
    void delete(long memberId, long messageId);

    /** The member has seen the conversation up to this message (never moves back). */
    void markRead(long memberId, long conversationId, long messageId);

    /** Conversations in the inbox with a message the member has not seen, muted ones excepted. */
    long unreadCount(long memberId);

    /** Tells the other participants that the member is typing; refused for non-participants. */
    void typing(long memberId, long conversationId);

    ChatSettings settings(long memberId);

    void changeSettings(long memberId, ChatSettings settings);

    /** Everything the member can still see, as plain data for a JSON download. */
    Map<String, Object> export(long memberId);
}
