package org.socialworkr.chat;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as one member sees it.
 *
 * @param title the group's title; for a direct conversation, the other member's name
 * @param participants everyone still in it, the viewer included
 * @param lastMessageId the newest message's id, 0 when there is none
 * @param unread whether a message newer than the viewer's read state exists
 * @param request it is a message request the viewer has not accepted yet
 * @param lastMessagePreview the newest visible message's text (plain, shortened) or {@code null}
 */
public record ConversationView(
        long id,
        ConversationKind kind,
        String title,
        List<Participant> participants,
        long lastMessageId,
        Instant lastMessageAt,
        boolean unread,
        boolean muted,
        boolean request,
        String lastMessagePreview) {

    public boolean group() {
        return kind == ConversationKind.GROUP;
    }
}
