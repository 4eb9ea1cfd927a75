package org.socialworkr.chat.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.socialworkr.chat.ChatSettings;
import org.socialworkr.chat.ConversationKind;
import org.socialworkr.chat.WhoMayMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The chat tables in plain SQL: sending is the hot path (hundreds of messages a second), and every
 * list is a keyset page plus one batched query per detail.
 */
@Repository
class ChatStore {

    static final String ACTIVE = "ACTIVE";
    static final String REQUEST = "REQUEST";
    static final String LEFT = "LEFT";

    private final JdbcClient jdbc;

    ChatStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record ConversationRow(
            long id,
            ConversationKind kind,
            String title,
            long lastMessageId,
            Instant lastMessageAt,
            Instant createdAt) {}

    record ParticipantRow(
            long conversationId,
            long accountId,
            String status,
            boolean muted,
            boolean hidden,
            long lastReadMessageId,
            long clearedMessageId) {

        boolean canRead() {
            return ACTIVE.equals(status) || REQUEST.equals(status);
        }
    }

    /** A member's own row joined with the conversation's. */
    record Membership(ConversationRow conversation, ParticipantRow participant) {}

    record MessageRow(
            long id,
            long conversationId,
            long senderId,
            String body,
            String imageKey,
            String imageAlt,
            Integer imageWidth,
            Integer imageHeight,
            Instant createdAt,
            Instant editedAt,
            Instant deletedAt) {}

    // ---- conversations

    long insertConversation(ConversationKind kind, String title, String directKey, long createdBy, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into chat_conversations (kind, title, direct_key, created_by, created_at, last_message_id)
                        values (:kind, :title, :key, :by, :now, 0)
                        """)
                .param("kind", kind.name())
                .param("title", title)
                .param("key", directKey)
                .param("by", createdBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Long> directConversationId(String directKey) {
        return jdbc.sql("select id from chat_conversations where direct_key = :key")
                .param("key", directKey)
                .query(Long.class)
                .optional();
    }

    Optional<ConversationRow> conversation(long id) {
        return jdbc.sql(
                        "select id, kind, title, last_message_id, last_message_at, created_at from chat_conversations where id = :id")
                .param("id", id)
                .query(ChatStore::conversationRow)
                .optional();
    }

    Optional<Membership> membership(long conversationId, long accountId) {
        return jdbc.sql(
                        """
                        select c.id, c.kind, c.title, c.last_message_id, c.last_message_at, c.created_at,
                               p.conversation_id, p.account_id, p.status, p.muted, p.hidden,
                               p.last_read_message_id, p.cleared_message_id
                        from chat_participants p join chat_conversations c on c.id = p.conversation_id
                        where p.conversation_id = :conversation and p.account_id = :account
                        """)
                .param("conversation", conversationId)
                .param("account", accountId)
                .query((rs, row) -> new Membership(conversationRow(rs, row), participantRow(rs)))
                .optional();
    }

    List<ConversationRow> conversations(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select id, kind, title, last_message_id, last_message_at, created_at from chat_conversations where id in (:ids)")
                .param("ids", ids)
                .query(ChatStore::conversationRow)
                .list();
    }

    /**
     * One page of a member's conversations with the given statuses, by last activity: the cursor
     * is the (last message id, conversation id) of the last one seen.
     */
    List<Membership> memberships(
            long accountId, List<String> statuses, Long beforeMessageId, Long beforeConversationId, int limit) {
        String cursor = beforeMessageId == null
                ? ""
                : " and (c.last_message_id < :beforeMessage or (c.last_message_id = :beforeMessage and c.id < :beforeConversation))";
        var spec = jdbc.sql(
                        """
                        select c.id, c.kind, c.title, c.last_message_id, c.last_message_at, c.created_at,
                               p.conversation_id, p.account_id, p.status, p.muted, p.hidden,
                               p.last_read_message_id, p.cleared_message_id
                        from chat_participants p join chat_conversations c on c.id = p.conversation_id
                        where p.account_id = :account and p.status in (:statuses) and p.hidden = false
                        """
                                + cursor + " order by c.last_message_id desc, c.id desc fetch first :limit rows only")
                .param("account", accountId)
                .param("statuses", statuses)
                .param("limit", limit);
        if (beforeMessageId != null) {
            spec = spec.param("beforeMessage", beforeMessageId).param("beforeConversation", beforeConversationId);
        }
        return spec.query((rs, row) -> new Membership(conversationRow(rs, row), participantRow(rs)))
                .list();
    }

    /** Every conversation the member can read, for the export. */
    List<Membership> readableMemberships(long accountId) {
        return jdbc.sql(
                        """
                        select c.id, c.kind, c.title, c.last_message_id, c.last_message_at, c.created_at,
                               p.conversation_id, p.account_id, p.status, p.muted, p.hidden,
                               p.last_read_message_id, p.cleared_message_id
                        from chat_participants p join chat_conversations c on c.id = p.conversation_id
                        where p.account_id = :account and p.status in ('ACTIVE', 'REQUEST')
                        order by c.id
                        """)
                .param("account", accountId)
                .query((rs, row) -> new Membership(conversationRow(rs, row), participantRow(rs)))
                .list();
    }

    long countUnread(long accountId) {
        return jdbc.sql(
                        """
                        select count(*) from chat_participants p join chat_conversations c on c.id = p.conversation_id
                        where p.account_id = :account and p.status in ('ACTIVE', 'REQUEST') and p.muted = false
                          and p.hidden = false and c.last_message_id > p.last_read_message_id
                          and c.last_message_id > p.cleared_message_id
                        """)
                .param("account", accountId)
                .query(Long.class)
                .single();
    }

    void recordLastMessage(long conversationId, long messageId, Instant at) {
        jdbc.sql(
                        """
                        update chat_conversations set last_message_id = :message, last_message_at = :at
                        where id = :id and last_message_id < :message
                        """)
                .param("message", messageId)
                .param("at", Timestamp.from(at))
                .param("id", conversationId)
                .update();
    }

    // ---- participants

    void insertParticipant(long conversationId, long accountId, String status, long lastRead, Instant now) {
        jdbc.sql(
                        """
                        insert into chat_participants (conversation_id, account_id, status, muted, hidden,
                                                       last_read_message_id, cleared_message_id, joined_at)
                        values (:conversation, :account, :status, false, false, :read, 0, :now)
                        """)
                .param("conversation", conversationId)
                .param("account", accountId)
                .param("status", status)
                .param("read", lastRead)
                .param("now", Timestamp.from(now))
                .update();
    }

    List<ParticipantRow> participants(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select conversation_id, account_id, status, muted, hidden, last_read_message_id, cleared_message_id
                        from chat_participants where conversation_id in (:ids) order by joined_at, account_id
                        """)
                .param("ids", conversationIds)
                .query((rs, row) -> participantRow(rs))
                .list();
    }

    List<ParticipantRow> participants(long conversationId) {
        return participants(List.of(conversationId));
    }

    /** A participant as sending a message sees them: with the conversation's kind and their choice of who may write. */
    record Addressee(ConversationKind kind, ParticipantRow participant, WhoMayMessage whoMayMessage) {}

    /** What sending needs to know of a conversation, in one query rather than one per detail. */
    List<Addressee> addressees(long conversationId) {
        return jdbc.sql(
                        """
                        select c.kind, p.conversation_id, p.account_id, p.status, p.muted, p.hidden,
                               p.last_read_message_id, p.cleared_message_id, s.who_may_message
                        from chat_participants p join chat_conversations c on c.id = p.conversation_id
                             left join chat_settings s on s.account_id = p.account_id
                        where p.conversation_id = :conversation order by p.joined_at, p.account_id
                        """)
                .param("conversation", conversationId)
                .query((rs, row) -> {
                    String who = rs.getString("who_may_message");
                    return new Addressee(
                            ConversationKind.valueOf(rs.getString("kind")),
                            participantRow(rs),
                            who == null ? ChatSettings.DEFAULTS.whoMayMessage() : WhoMayMessage.valueOf(who));
                })
                .list();
    }

    void changeStatus(long conversationId, long accountId, String status) {
        jdbc.sql("update chat_participants set status = :status where conversation_id = :c and account_id = :a")
                .param("status", status)
                .param("c", conversationId)
                .param("a", accountId)
                .update();
    }

    void changeMuted(long conversationId, long accountId, boolean muted) {
        jdbc.sql("update chat_participants set muted = :muted where conversation_id = :c and account_id = :a")
                .param("muted", muted)
                .param("c", conversationId)
                .param("a", accountId)
                .update();
    }

    /** Moves the read state forward only; answers whether it moved. */
    boolean markRead(long conversationId, long accountId, long messageId) {
        return jdbc.sql(
                                """
                        update chat_participants set last_read_message_id = :message
                        where conversation_id = :c and account_id = :a and last_read_message_id < :message
                        """)
                        .param("message", messageId)
                        .param("c", conversationId)
                        .param("a", accountId)
                        .update()
                > 0;
    }

    void clear(long conversationId, long accountId, long upToMessageId) {
        jdbc.sql(
                        """
                        update chat_participants
                        set cleared_message_id = :message, hidden = true,
                            last_read_message_id = case when last_read_message_id < :message then :message else last_read_message_id end
                        where conversation_id = :c and account_id = :a
                        """)
                .param("message", upToMessageId)
                .param("c", conversationId)
                .param("a", accountId)
                .update();
    }

    void unhide(long conversationId) {
        jdbc.sql("update chat_participants set hidden = false where conversation_id = :c and hidden = true")
                .param("c", conversationId)
                .update();
    }

    void unhide(long conversationId, long accountId) {
        jdbc.sql("update chat_participants set hidden = false where conversation_id = :c and account_id = :a")
                .param("c", conversationId)
                .param("a", accountId)
                .update();
    }

    // ---- messages

    long insertMessage(
            long conversationId,
            long senderId,
            String body,
            String imageKey,
            String imageAlt,
            Integer width,
            Integer height,
            Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        insert into chat_messages (conversation_id, sender_id, body, image_key, image_alt,
                                                   image_width, image_height, created_at)
                        values (:conversation, :sender, :body, :key, :alt, :width, :height, :now)
                        """)
                .param("conversation", conversationId)
                .param("sender", senderId)
                .param("body", body)
                .param("key", imageKey)
                .param("alt", imageAlt)
                .param("width", width)
                .param("height", height)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String MESSAGE_COLUMNS =
            "id, conversation_id, sender_id, body, image_key, image_alt, image_width, image_height, created_at, edited_at, deleted_at";

    Optional<MessageRow> message(long id) {
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from chat_messages where id = :id")
                .param("id", id)
                .query((rs, row) -> messageRow(rs))
                .optional();
    }

    List<MessageRow> messages(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from chat_messages where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> messageRow(rs))
                .list();
    }

    /** Newest first, older than {@code beforeId} and newer than {@code afterId}. */
    List<MessageRow> messagesBefore(long conversationId, long afterId, long beforeId, int limit) {
        return jdbc.sql("select " + MESSAGE_COLUMNS
                        + " from chat_messages where conversation_id = :c and id > :after and id < :before"
                        + " order by id desc fetch first :limit rows only")
                .param("c", conversationId)
                .param("after", afterId)
                .param("before", beforeId)
                .param("limit", limit)
                .query((rs, row) -> messageRow(rs))
                .list();
    }

    /** Oldest first, newer than {@code afterId}. */
    List<MessageRow> messagesAfter(long conversationId, long afterId, int limit) {
        return jdbc.sql("select " + MESSAGE_COLUMNS + " from chat_messages where conversation_id = :c and id > :after"
                        + " order by id fetch first :limit rows only")
                .param("c", conversationId)
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, row) -> messageRow(rs))
                .list();
    }

    void editMessage(long id, String body, Instant now) {
        jdbc.sql("update chat_messages set body = :body, edited_at = :now where id = :id")
                .param("body", body)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    void deleteMessage(long id, Instant now) {
        jdbc.sql(
                        """
                        update chat_messages set body = '', image_key = null, image_alt = null, image_width = null,
                                                 image_height = null, deleted_at = :now
                        where id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .update();
    }

    // ---- settings

    Optional<ChatSettings> settings(long accountId) {
        return jdbc.sql("select who_may_message, sound from chat_settings where account_id = :a")
                .param("a", accountId)
                .query((rs, row) -> new ChatSettings(
                        WhoMayMessage.valueOf(rs.getString("who_may_message")), rs.getBoolean("sound")))
                .optional();
    }

    void saveSettings(long accountId, ChatSettings settings) {
        int updated = jdbc.sql("update chat_settings set who_may_message = :who, sound = :sound where account_id = :a")
                .param("who", settings.whoMayMessage().name())
                .param("sound", settings.sound())
                .param("a", accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into chat_settings (account_id, who_may_message, sound) values (:a, :who, :sound)")
                    .param("who", settings.whoMayMessage().name())
                    .param("sound", settings.sound())
                    .param("a", accountId)
                    .update();
        }
    }

    // ---- mapping

    private static ConversationRow conversationRow(ResultSet rs, int row) throws SQLException {
        return new ConversationRow(
                rs.getLong("id"),
                ConversationKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getLong("last_message_id"),
                instant(rs.getTimestamp("last_message_at")),
                instant(rs.getTimestamp("created_at")));
    }

    private static ParticipantRow participantRow(ResultSet rs) throws SQLException {
        return new ParticipantRow(
                rs.getLong("conversation_id"),
                rs.getLong("account_id"),
                rs.getString("status"),
                rs.getBoolean("muted"),
                rs.getBoolean("hidden"),
                rs.getLong("last_read_message_id"),
                rs.getLong("cleared_message_id"));
    }

    private static MessageRow messageRow(ResultSet rs) throws SQLException {
        return new MessageRow(
                rs.getLong("id"),
                rs.getLong("conversation_id"),
                rs.getLong("sender_id"),
                rs.getString("body"),
                rs.getString("image_key"),
                rs.getString("image_alt"),
                (Integer) rs.getObject("image_width", Integer.class),
                (Integer) rs.getObject("image_height", Integer.class),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("edited_at")),
                instant(rs.getTimestamp("deleted_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
