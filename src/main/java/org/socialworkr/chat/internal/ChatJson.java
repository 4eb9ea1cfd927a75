package org.socialworkr.chat.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialworkr.chat.ConversationView;
import org.socialworkr.chat.MessageView;
import org.socialworkr.chat.Participant;

/**
 * The one JSON shape of conversations and messages, for the API and the socket events alike, so a
 * client renders a message the same way whichever way it arrived. Ids are strings, as in Mastodon.
 */
public final class ChatJson {

    private ChatJson() {}

    public static Map<String, Object> message(MessageView message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Long.toString(message.id()));
        json.put("conversation_id", Long.toString(message.conversationId()));
        json.put("sender", account(message.senderId(), message.senderUsername(), message.senderDisplayName()));
        json.put("text", message.text());
        json.put("html", message.html());
        json.put("created_at", message.createdAt().toString());
        json.put(
                "edited_at",
                message.editedAt() == null ? null : message.editedAt().toString());
        json.put("deleted", message.deleted());
        if (message.image() != null) {
            json.put(
                    "image",
                    Map.of(
                            "url", message.image().url(),
                            "alt_text", message.image().altText(),
                            "width", message.image().width(),
                            "height", message.image().height()));
        } else {
            json.put("image", null);
        }
        return json;
    }

    public static Map<String, Object> conversation(ConversationView conversation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Long.toString(conversation.id()));
        json.put("kind", conversation.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.put("title", conversation.title());
        json.put("participants", participants(conversation.participants()));
        json.put(
                "last_message_id",
                conversation.lastMessageId() == 0 ? null : Long.toString(conversation.lastMessageId()));
        json.put(
                "last_message_at",
                conversation.lastMessageAt() == null
                        ? null
                        : conversation.lastMessageAt().toString());
        json.put("last_message_preview", conversation.lastMessagePreview());
        json.put("unread", conversation.unread());
        json.put("muted", conversation.muted());
        json.put("request", conversation.request());
        return json;
    }

    private static List<Map<String, Object>> participants(List<Participant> participants) {
        return participants.stream()
                .map(participant -> {
                    Map<String, Object> json =
                            account(participant.accountId(), participant.username(), participant.displayName());
                    json.put(
                            "last_read_message_id",
                            participant.lastReadMessageId() == 0
                                    ? null
                                    : Long.toString(participant.lastReadMessageId()));
                    json.put("pending", participant.pending());
                    return json;
                })
                .toList();
    }

    static Map<String, Object> account(long id, String username, String displayName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Long.toString(id));
        json.put("username", username);
        json.put("display_name", displayName);
        return json;
    }

    /** A socket event: {@code type} says what happened, the rest depends on it. */
    static Map<String, Object> event(String type, long conversationId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("conversation_id", Long.toString(conversationId));
        return json;
    }
}
